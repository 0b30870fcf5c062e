// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseThreader.h"

#include "store/WorkspaceSettings.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace earshot {

namespace {

// {"mention": "<id>"}, for every new case of a bulk import: written by hand when the id needs
// no escaping (network ids are digits, letters and a few punctuation marks), else by the library.
QByteArray mentionPayload(const QString &platformId)
{
    const bool plain = std::all_of(platformId.cbegin(), platformId.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain)
        return "{\"mention\":\"" + platformId.toLatin1() + "\"}";
    return eventPayload({{"mention", platformId.toStdString()}});
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
    , m_findThread(db, "SELECT id, status, coalesce(resolved_at, 0) FROM cases WHERE "
                       "person_id = ? AND platform = ? AND conversation = ? "
                       "ORDER BY id DESC LIMIT 1")
    , m_findOpenCaseOfPerson(db, "SELECT id, status, 0 FROM cases WHERE person_id = ? AND "
                                 "status NOT IN ('resolved','closed') "
                                 "ORDER BY last_activity_at DESC LIMIT 1")
    // One statement per case row and mention: every UPDATE of a case rewrites its index entries.
    // A customer's new mention is not a change an agent made, so it is no event and leaves the
    // version alone: an agent's command is refused only for what colleagues did meanwhile.
    , m_touch(db, "UPDATE cases SET last_activity_at = max(last_activity_at, ?), "
                  "mention_count = mention_count + 1 WHERE id = ?")
    , m_reopen(db, "UPDATE cases SET status = 'open', snoozed_until = NULL, "
                   "last_activity_at = max(last_activity_at, ?), "
                   "mention_count = mention_count + 1 WHERE id = ?")
    , m_create(db, "INSERT INTO cases (person_id, platform, conversation, account_id, subject, "
                   "created_at, last_activity_at, mention_count, version, lang) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?)")
    , m_reopenWindowSetting(db, "SELECT value FROM settings WHERE key = ?")
{}

void CaseThreader::beginBatch()
{
    m_reopenWindowSetting.bind(1, QByteArray(WorkspaceSettings::reopenWindowHours));
    int hours = WorkspaceSettings::defaultReopenWindowHours;
    if (m_reopenWindowSetting.step()) {
        bool ok = false;
        const int stored = m_reopenWindowSetting.toString(0).toInt(&ok);
        if (ok && stored >= 0)
            hours = stored;
    }
    m_reopenWindowSetting.reset();
    m_reopenWindowMs = std::int64_t(hours) * 3600 * 1000;
}

std::optional<CaseThreader::Found> CaseThreader::findCase(Statement &query)
{
    std::optional<Found> found;
    if (query.step())
        found = Found{query.toInt(0), query.toString(1), query.toInt(2)};
    query.reset();
    return found;
}

std::pair<std::int64_t, bool> CaseThreader::place(const ThreadingInput &input)
{
    m_findThread.bind(1, input.personId).bind(2, input.platform).bind(3, input.conversation);
    std::optional<Found> found = findCase(m_findThread);
    if (found && !joinable(*found, input.createdAtMs))
        found.reset();
    if (!found && input.isPrivate) {
        m_findOpenCaseOfPerson.bind(1, input.personId);
        found = findCase(m_findOpenCaseOfPerson);
    }
    if (found) {
        join(*found, input);
        return {found->id, false};
    }
    m_create.bind(1, input.personId)
        .bind(2, input.platform)
        .bind(3, input.conversation)
        .bindOptional(4,
                      input.accountId ? std::optional<std::int64_t>(input.accountId) : std::nullopt)
        .bind(5, caseSubject(input.text))
        .bind(6, input.createdAtMs)
        .bind(7, input.createdAtMs)
        .bind(8, input.lang.isEmpty() ? QString() : input.lang)
        .run();
    const std::int64_t caseId = m_db.lastInsertId();
    m_events.record(caseId, 1, "created", QStringLiteral("system"), input.createdAtMs,
                    mentionPayload(input.platformId));
    return {caseId, true};
}

bool CaseThreader::joinable(const Found &found, std::int64_t atMs) const
{
    if (found.status == u"closed")
        return false;
    if (found.status == u"resolved")
        return atMs - found.resolvedAtMs <= m_reopenWindowMs;
    return true;
}

void CaseThreader::join(const Found &found, const ThreadingInput &input)
{
    // The customer answering is what Pending and Snoozed wait for; a resolved case they write
    // to again within the window is not done after all.
    const bool wakes =
        found.status == u"pending" || found.status == u"snoozed" || found.status == u"resolved";
    if (!wakes) {
        m_touch.bind(1, input.createdAtMs).bind(2, found.id).run();
        return;
    }
    m_reopen.bind(1, input.createdAtMs).bind(2, found.id).run();
    const nlohmann::json details{{"from", found.status.toStdString()},
                                 {"to", "open"},
                                 {"reason", "customer"},
                                 {"mention", input.platformId.toStdString()}};
    m_events.append(found.id, "status_changed", QStringLiteral("system"), input.createdAtMs,
                    eventPayload(details));
}

} // namespace earshot
