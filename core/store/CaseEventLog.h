// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/CaseEventType.h"
#include "store/Sqlite.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>

namespace earshot {

// An event's payload as the log stores it: compact JSON.
QByteArray eventPayload(const nlohmann::json &details);

// Appends events to a case's history and bumps its version in the same step, so the `cases` row
// (the projection) and the log never disagree. Used inside a caller's transaction.
class CaseEventLog final {
public:
    explicit CaseEventLog(Database &db);

    // Returns the case's new version.
    std::int64_t append(std::int64_t caseId, CaseEventType type, const QString &actor,
                        std::int64_t atMs, const QByteArray &payloadJson = "{}");
    // For a caller that already moved the case row to `version` in its own UPDATE (ingest
    // does, to touch each case row once per mention).
    void record(std::int64_t caseId, std::int64_t version, CaseEventType type, const QString &actor,
                std::int64_t atMs, const QByteArray &payloadJson);

private:
    Statement m_bumpVersion;
    Statement m_insert;
};

} // namespace earshot
