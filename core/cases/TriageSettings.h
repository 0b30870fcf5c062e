// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Priority.h"
#include "listening/Reading.h"
#include "people/SpeakerLists.h"
#include "store/Sqlite.h"

#include <nlohmann/json_fwd.hpp>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace earshot {

// What a lead sets for a workspace's triage: the priority weights, the staff, VIP and customer
// lists and the risks left to a lead. The window's dialog and earshot-cli read and write them
// here, so the two cannot drift apart.
struct TriageSettings {
    PriorityWeights weights;
    QList<QStringList> speakerLists; // staff, VIP, customers: in SpeakerList order
    RiskFlags leadRisks = 0;
};

// `problem` names stored weights that could not be read (the defaults stand in for them).
TriageSettings loadTriageSettings(Database &db, QString *problem = nullptr);

// What a lead changes; what is not set stays as stored.
struct TriageSettingsChange {
    std::optional<PriorityWeights> weights;
    std::vector<std::pair<SpeakerList, QStringList>> speakerLists;
    std::optional<RiskFlags> leadRisks;

    // Whether stored priorities go stale: weights and badges make the priority, lead risks
    // only route.
    bool movesPriorities() const { return weights || !speakerLists.empty(); }
};

// The weights a lead's file asks for: its keys over the stored weights, so what the workspace
// chose before stays. Nothing, with *error naming the key, when a key or value is not valid.
std::optional<PriorityWeights> mergedPriorityWeights(Database &db, const nlohmann::json &changes,
                                                     QString *error);

// Writes what `change` sets, in the caller's transaction. Returns how many known people gained
// a badge from the lists. Stored priorities are stale afterwards when change.movesPriorities():
// the caller rescores (saveTriageSettings does it at once; the window's writer in steps).
int writeTriageSettings(Database &db, const TriageSettingsChange &change);

struct TriageSettingsSaved {
    int badged = 0; // known people who gained a badge from a list
    int moved = 0;  // open cases whose priority changed
};
// writeTriageSettings, then every open case rescored, in the caller's transaction.
TriageSettingsSaved saveTriageSettings(Database &db, const TriageSettingsChange &change);

} // namespace earshot
