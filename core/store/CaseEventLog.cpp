// SPDX-License-Identifier: Apache-2.0
#include "store/CaseEventLog.h"

#include <nlohmann/json.hpp>

namespace earshot {

QByteArray eventPayload(const nlohmann::json &details)
{
    return QByteArray::fromStdString(details.dump());
}

CaseEventLog::CaseEventLog(Database &db)
    : m_bumpVersion(db, "UPDATE cases SET version = version + 1 WHERE id = ? RETURNING version")
    , m_insert(db, "INSERT INTO case_events (case_id, version, type, actor, at, payload) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
{}

std::int64_t CaseEventLog::append(std::int64_t caseId, CaseEventType type, const QString &actor,
                                  std::int64_t atMs, const QByteArray &payloadJson)
{
    m_bumpVersion.bind(1, caseId);
    m_bumpVersion.step();
    const std::int64_t version = m_bumpVersion.toInt(0);
    m_bumpVersion.reset();
    record(caseId, version, type, actor, atMs, payloadJson);
    return version;
}

void CaseEventLog::record(std::int64_t caseId, std::int64_t version, CaseEventType type,
                          const QString &actor, std::int64_t atMs, const QByteArray &payloadJson)
{
    m_insert.bind(1, caseId)
        .bind(2, version)
        .bind(3, caseEventTypeKey(type))
        .bind(4, actor)
        .bind(5, atMs)
        .bind(6, payloadJson)
        .run();
}

} // namespace earshot
