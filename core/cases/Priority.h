// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace earshot {

// What a case's priority is made of: the reading of its messages, who is speaking, whether
// they spoke to us, and how long they have waited.
struct PrioritySignals {
    RiskFlags risks = 0;
    std::optional<Category> category;
    std::optional<Sentiment> sentiment;
    bool needsReply = false;
    bool direct = false; // addressed to the brand (a private message, or naming its account)
    bool influencer = false;
    bool vip = false;
    bool customer = false;
    bool prospect = false;
    bool employee = false;
    std::int64_t waitingMs = 0; // 0 when nobody waits for us
};

// Points per signal, a workspace setting. Keys are stable ("risk.legal", "category.claim",
// "sentiment.very negative", "waiting.per-hour", …): see priorityWeightKeys().
class PriorityWeights final {
public:
    PriorityWeights(); // the defaults

    int points(const QString &key) const;
    static QStringList keys();

    // Only the keys a team changed are stored; a missing key keeps its default. Unknown keys and
    // values that are not whole numbers from -100 to 100 are refused, with the key named.
    static std::optional<PriorityWeights> fromJson(const nlohmann::json &json, QString *error);
    nlohmann::json toJson() const; // every key, so a lead sees what there is to change

    // The points by signal, for reading a priority without looking up a name per signal (the
    // ingest pipeline scores every mention).
    struct Table {
        int base = 0;
        int risk[7] = {};      // allRisks() order
        int category[7] = {};  // allCategories() order
        int sentiment[5] = {}; // very negative … very positive
        int needsReply = 0, direct = 0, vip = 0, influencer = 0;
        int employee = 0, customer = 0, prospect = 0;
        int waitingPerHour = 0, waitingMax = 0;
    };
    const Table &table() const { return m_table; }

private:
    void fillTable();

    std::map<QString, int> m_points;
    Table m_table;
};

struct PriorityReason {
    QString key;   // the weight it came from
    QString title; // translated, for the "why" line ("Legal threat", "Waiting 26 h")
    int points = 0;
};

// A priority from 0 to 100 and the reasons that add up to it, largest first.
struct PriorityBreakdown {
    int total = 0;
    std::vector<PriorityReason> reasons;
};

// What a weight is about, translated ("Legal threat", "Waiting: points an hour").
QString priorityWeightTitle(const QString &key);

PriorityBreakdown scorePriority(const PrioritySignals &signals, const PriorityWeights &weights);
// The same total, without the reasons: no allocation, for every mention the ingest reads.
int priorityTotal(const PrioritySignals &signals, const PriorityWeights &weights);

// "Legal threat +25 · Waiting 26 h +20 · Influencer +15"
QString priorityReasonsText(const PriorityBreakdown &breakdown);

} // namespace earshot
