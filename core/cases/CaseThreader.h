// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseEventLog.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>

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
};

// Puts a mention into a case: the same person in the same conversation on the same network is
// one case while it is not resolved; a private message from someone with an open case joins that
// case; anything else starts a new case. Runs inside the ingest transaction.
class CaseThreader final {
public:
    explicit CaseThreader(Database &db);

    // Returns the case id and whether the case was created for this mention.
    std::pair<std::int64_t, bool> place(const ThreadingInput &input);

private:
    Database &m_db;
    CaseEventLog m_events;
    Statement m_findThread;
    Statement m_findOpenCaseOfPerson;
    Statement m_touch;
    Statement m_create;
};

// The subject line of a case: the first words of the mention that opened it.
QString caseSubject(const QString &text);

} // namespace earshot
