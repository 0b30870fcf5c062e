// SPDX-License-Identifier: Apache-2.0
#include "cases/AgentNotifications.h"

#include "Tr.h"
#include "clock/Clock.h"
#include "store/Sqlite.h"

#include <QDateTime>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// A notification shows a line or two: the start of what the customer or colleague wrote.
QString excerpt(const QString &text)
{
    constexpr qsizetype longest = 120;
    const QString line = text.simplified();
    return line.size() <= longest ? line : line.left(longest - 1) + u'…';
}

std::int64_t largestId(Database &db, const char *sql)
{
    Statement s(db, sql);
    return s.step() ? s.toInt(0) : 0;
}

} // namespace

QString notificationKindKey(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Assigned:
        return u"assigned"_s;
    case NotificationKind::CustomerAnswered:
        return u"answered"_s;
    case NotificationKind::Mentioned:
        return u"mentioned"_s;
    case NotificationKind::NearBreach:
        return u"breach"_s;
    case NotificationKind::Risky:
        return u"risky"_s;
    }
    return {};
}

QString notificationKindTitle(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Assigned:
        return Tr::tr("A case is assigned to me");
    case NotificationKind::CustomerAnswered:
        return Tr::tr("A customer answers in my case");
    case NotificationKind::Mentioned:
        return Tr::tr("A colleague names me in a note");
    case NotificationKind::NearBreach:
        return Tr::tr("A case of mine is about to pass its reply-by time");
    case NotificationKind::Risky:
        return Tr::tr("A case of mine is flagged risky");
    }
    return {};
}

AgentNotifications::AgentNotifications(Database &reader, const Clock &clock, std::int64_t agentId)
    : m_db(reader)
    , m_clock(clock)
    , m_agentId(agentId)
{
    Statement key(m_db, "SELECT key FROM agents WHERE id = ?");
    key.bind(1, agentId);
    if (key.step())
        m_agentKey = key.toString(0);
    // What happened before the agent opened the window is theirs to read in the lists.
    m_lastEventId = largestId(m_db, "SELECT max(id) FROM case_events");
    m_lastMentionId = largestId(m_db, "SELECT max(id) FROM mentions");
}

std::vector<AgentNotification> AgentNotifications::look(const NotificationChoices &choices)
{
    std::vector<AgentNotification> found;
    lookAtEvents(choices, found);
    lookAtMessages(choices, found);
    lookAtWaiting(choices, found);
    return found;
}

void AgentNotifications::lookAtEvents(const NotificationChoices &choices,
                                      std::vector<AgentNotification> &out)
{
    // Assignments to me and notes naming me, by anyone but me. The cursor moves on over
    // everything read, wanted or not, so switching a kind on later does not tell old news.
    Statement s(m_db,
                "SELECT e.id, e.case_id, e.type, e.at, coalesce(a.name, e.actor), "
                "coalesce(json_extract(e.payload, '$.text'), ''), p.display_name, c.subject "
                "FROM case_events e JOIN cases c ON c.id = e.case_id "
                "JOIN people p ON p.id = c.person_id LEFT JOIN agents a ON a.key = e.actor "
                "WHERE e.id > ?1 AND e.actor <> ?2 AND json_valid(e.payload) AND ("
                "(e.type = 'assigned' AND json_extract(e.payload, '$.agent') = ?2) OR "
                "(e.type = 'note' AND EXISTS (SELECT 1 FROM json_each(e.payload, '$.mentions') "
                "WHERE json_each.value = ?2))) ORDER BY e.id");
    s.bind(1, m_lastEventId).bind(2, m_agentKey);
    while (s.step()) {
        m_lastEventId = std::max(m_lastEventId, s.toInt(0));
        AgentNotification n;
        n.caseId = s.toInt(1);
        n.atMs = s.toInt(3);
        const QString who = s.toString(4);
        if (s.toString(2) == u"assigned") {
            n.kind = NotificationKind::Assigned;
            n.title = Tr::tr("Case #%1 is yours").arg(n.caseId);
            n.body = Tr::tr("%1 assigned it to you. %2: %3")
                         .arg(who, s.toString(6), excerpt(s.toString(7)));
        } else {
            n.kind = NotificationKind::Mentioned;
            n.title = Tr::tr("%1 named you in case #%2").arg(who).arg(n.caseId);
            n.body = excerpt(s.toString(5));
        }
        if (choices.wants(n.kind))
            out.push_back(std::move(n));
    }
    // Events of other kinds move the cursor too, so the next look starts after them.
    m_lastEventId = std::max(m_lastEventId, largestId(m_db, "SELECT max(id) FROM case_events"));
}

void AgentNotifications::lookAtMessages(const NotificationChoices &choices,
                                        std::vector<AgentNotification> &out)
{
    // The customer writing in a case of mine; a message with a risk says so instead.
    const std::int64_t newest = largestId(m_db, "SELECT max(id) FROM mentions");
    Statement s(m_db, "SELECT m.id, m.case_id, m.created_at, m.risks, m.text, p.display_name "
                      "FROM mentions m JOIN cases c ON c.id = m.case_id "
                      "JOIN people p ON p.id = c.person_id "
                      "WHERE m.id > ? AND m.id <= ? AND c.assignee_id = ? ORDER BY m.id");
    s.bind(1, m_lastMentionId).bind(2, newest).bind(3, m_agentId);
    while (s.step()) {
        AgentNotification n;
        n.caseId = s.toInt(1);
        n.atMs = s.toInt(2);
        const QString name = s.toString(5);
        if (s.toInt(3) != 0) {
            n.kind = NotificationKind::Risky;
            n.title = Tr::tr("Case #%1 is flagged risky").arg(n.caseId);
        } else {
            n.kind = NotificationKind::CustomerAnswered;
            n.title = Tr::tr("%1 wrote in case #%2").arg(name).arg(n.caseId);
        }
        n.body = excerpt(s.toString(4));
        if (choices.wants(n.kind))
            out.push_back(std::move(n));
    }
    m_lastMentionId = std::max(m_lastMentionId, newest);
}

void AgentNotifications::lookAtWaiting(const NotificationChoices &choices,
                                       std::vector<AgentNotification> &out)
{
    // Cases of mine whose customer has waited long enough to be warned about, not yet past
    // their reply-by time: each once for as long as the customer waits since the same moment.
    const std::int64_t now = m_clock.nowMs();
    Statement s(m_db, "SELECT c.id, c.waiting_since, p.display_name FROM cases c "
                      "JOIN people p ON p.id = c.person_id "
                      "WHERE c.assignee_id = ? AND c.status IN ('new', 'open') "
                      "AND c.waiting_since IS NOT NULL AND c.waiting_since <= ? "
                      "AND c.waiting_since > ? ORDER BY c.waiting_since");
    s.bind(1, m_agentId)
        .bind(2, now - (choices.replyWithinMs - choices.warnBeforeMs))
        .bind(3, now - choices.replyWithinMs);
    while (s.step()) {
        const std::int64_t caseId = s.toInt(0);
        const std::int64_t since = s.toInt(1);
        if (!m_warned.insert({caseId, since}).second)
            continue;
        AgentNotification n;
        n.kind = NotificationKind::NearBreach;
        n.caseId = caseId;
        n.atMs = now;
        const std::int64_t minutesLeft = (since + choices.replyWithinMs - now + 59'999) / 60'000;
        n.title = Tr::tr("Case #%1 needs a reply within %2 min").arg(caseId).arg(minutesLeft);
        n.body = Tr::tr("%1 has been waiting since %2.")
                     .arg(s.toString(2),
                          QDateTime::fromMSecsSinceEpoch(since).toLocalTime().toString(u"HH:mm"_s));
        if (choices.wants(n.kind))
            out.push_back(std::move(n));
    }
}

} // namespace earshot
