// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseThreader.h"

#include <nlohmann/json.hpp>

namespace earshot {

namespace {

QByteArray mentionPayload(const QString &platformId)
{
    return QByteArray::fromStdString(nlohmann::json{{"mention", platformId.toStdString()}}.dump());
}

} // namespace

QString caseSubject(const QString &text)
{
    constexpr int maxLength = 140;
    QString subject = text.simplified();
    if (subject.size() > maxLength) {
        subject.truncate(maxLength - 1);
        subject.append(QChar(0x2026)); // …
    }
    return subject;
}

CaseThreader::CaseThreader(Database &db)
    : m_db(db)
    , m_events(db)
    , m_findThread(db, "SELECT id FROM cases WHERE person_id = ? AND platform = ? AND "
                       "conversation = ? AND status NOT IN ('resolved','closed') "
                       "ORDER BY id DESC LIMIT 1")
    , m_findOpenCaseOfPerson(db, "SELECT id FROM cases WHERE person_id = ? AND "
                                 "status NOT IN ('resolved','closed') "
                                 "ORDER BY last_activity_at DESC LIMIT 1")
    // One statement per case row and mention: every UPDATE of a case rewrites its index entries.
    // A customer's new mention is not a change an agent made, so it is no event and leaves the
    // version alone: an agent's command is refused only for what colleagues did meanwhile.
    , m_touch(db, "UPDATE cases SET last_activity_at = max(last_activity_at, ?), "
                  "mention_count = mention_count + 1 WHERE id = ?")
    , m_create(db, "INSERT INTO cases (person_id, platform, conversation, account_id, subject, "
                   "created_at, last_activity_at, mention_count, version) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1)")
{}

std::pair<std::int64_t, bool> CaseThreader::place(const ThreadingInput &input)
{
    std::int64_t caseId = 0;
    m_findThread.bind(1, input.personId).bind(2, input.platform).bind(3, input.conversation);
    if (m_findThread.step())
        caseId = m_findThread.toInt(0);
    m_findThread.reset();
    if (caseId == 0 && input.isPrivate) {
        m_findOpenCaseOfPerson.bind(1, input.personId);
        if (m_findOpenCaseOfPerson.step())
            caseId = m_findOpenCaseOfPerson.toInt(0);
        m_findOpenCaseOfPerson.reset();
    }
    if (caseId != 0) {
        m_touch.bind(1, input.createdAtMs).bind(2, caseId).run();
        return {caseId, false};
    }
    m_create.bind(1, input.personId)
        .bind(2, input.platform)
        .bind(3, input.conversation)
        .bindOptional(4,
                      input.accountId ? std::optional<std::int64_t>(input.accountId) : std::nullopt)
        .bind(5, caseSubject(input.text))
        .bind(6, input.createdAtMs)
        .bind(7, input.createdAtMs)
        .run();
    caseId = m_db.lastInsertId();
    m_events.record(caseId, 1, "created", QStringLiteral("system"), input.createdAtMs,
                    mentionPayload(input.platformId));
    return {caseId, true};
}

} // namespace earshot
