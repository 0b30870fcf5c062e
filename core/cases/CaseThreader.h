// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseReading.h"
#include "cases/CaseStatus.h"
#include "cases/Priority.h"
#include "store/CaseEventLog.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// What the threader needs to know about an incoming mention.
struct ThreadingInput {
    std::int64_t personId = 0;
    std::int64_t accountId = 0; // 0 when unknown
    QString platform;
    QString conversation;
    bool isPrivate = false;
    std::int64_t createdAtMs = 0;
    QString platformId;
    QString text;
    QString lang;
    // What Earshot read in it; nullptr leaves the case's reading and priority as they are.
    const MentionReading *reading = nullptr;
    // Who is speaking and whether to us (the speaker half of the priority signals).
    PrioritySignals speaker;
    // A post of its own, not an answer in a thread (a new post may join the person's open case).
    bool topLevel = false;
};

struct Placement {
    std::int64_t caseId = 0;
    bool created = false;
    bool personHadCase = false; // a new case of someone who had one before: a customer
};

// Puts a mention into a case: the same person in the same conversation on the same network is
// one case; when that case was resolved, writing again within the reopen window reopens it, and
// after that (or once it is closed) starts a new case. A private message from someone with an
// open case joins that case, and so does a new top-level post of theirs on the same network within
// the join window of the case's last activity. The customer writing moves Pending and Snoozed back
// to Open. Runs inside the ingest transaction.
class CaseThreader final {
public:
    explicit CaseThreader(Database &db);

    // Reads the settings threading depends on (the reopen window, the priority weights); once
    // per batch.
    void beginBatch();
    Placement place(const ThreadingInput &input);
    // The workspace's weights as of beginBatch().
    const PriorityWeights &weights() const { return m_weights; }

private:
    struct Found {
        std::int64_t id;
        CaseStatus status;
        std::int64_t resolvedAtMs;
        CaseReading reading;
        int priority;
    };
    static std::optional<Found> findCase(Statement &query);
    bool joinable(const Found &found, std::int64_t atMs) const;
    void join(const Found &found, const ThreadingInput &input);
    int priorityOf(const CaseReading &reading, const PrioritySignals &speaker) const;

    Database &m_db;
    CaseEventLog m_events;
    Statement m_findThread;
    Statement m_findOpenCaseOfPerson;
    Statement m_findRecentCaseOfPerson;
    Statement m_touch;
    Statement m_reopen;
    Statement m_create;
    Statement m_readSetting;
    Statement m_personHasCase;
    PriorityWeights m_weights;
    std::int64_t m_reopenWindowMs = std::int64_t(72) * 3600 * 1000;
    std::int64_t m_joinWindowMs = std::int64_t(60) * 60 * 1000;
    // A whole-number workspace setting, or `fallback` when unset or not a number >= 0.
    int intSetting(const char *key, int fallback);
};

// The subject line of a case: the first words of the mention that opened it.
QString caseSubject(const QString &text);

} // namespace earshot
