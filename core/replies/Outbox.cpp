// SPDX-License-Identifier: Apache-2.0
#include "replies/Outbox.h"

#include "Tr.h"
#include "platforms/PlatformTraits.h"
#include "replies/ReplyLength.h"
#include "store/CaseEventLog.h"

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *itemColumns =
    "SELECT o.id, o.case_id, o.platform, o.in_reply_to, o.visibility = 'private', o.body, o.state, "
    "o.platform_post_id, o.error, a.name, o.created_at, o.updated_at "
    "FROM outbox o LEFT JOIN agents a ON a.id = o.agent_id ";

OutboxItem readItem(const Statement &s)
{
    OutboxItem item;
    item.id = s.toInt(0);
    item.caseId = s.toInt(1);
    item.platform = s.toString(2);
    item.inReplyTo = s.toString(3);
    item.isPrivate = s.toInt(4) != 0;
    item.body = s.toString(5);
    // outbox.state is CHECKed to the table's keys.
    item.state = outboxStateFromKey(s.toString(6)).value_or(OutboxState::Uncertain);
    item.platformPostId = s.toString(7);
    item.error = s.toString(8);
    item.agentName = s.toString(9);
    item.createdAtMs = s.toInt(10);
    item.updatedAtMs = s.toInt(11);
    return item;
}

} // namespace

QString replyProblem(const QString &platform, const QString &text, bool isPrivate)
{
    if (text.trimmed().isEmpty())
        return Tr::tr("An empty reply cannot be sent.");
    ReplyLength length = ReplyLength::measure(platform, text);
    if (isPrivate) {
        length.limit = platformTraits(platform).privateMessageLimit();
        length.remaining = length.limit - length.used;
        length.over = length.remaining < 0;
    }
    if (length.over)
        return Tr::tr("This reply is %1 over the limit of %2 on this network; shorten it first.")
            .arg(-length.remaining)
            .arg(length.limit);
    return {};
}

Outbox::Outbox(Database &db)
    : m_db(db)
{}

std::int64_t Outbox::queue(std::int64_t caseId, const QString &platform, std::int64_t accountId,
                           std::int64_t agentId, const QString &text, bool isPrivate,
                           QString *problem)
{
    *problem = replyProblem(platform, text, isPrivate);
    if (!problem->isEmpty())
        return 0;
    Statement latest(m_db, "SELECT platform_id FROM mentions WHERE case_id = ? "
                           "ORDER BY created_at DESC, id DESC LIMIT 1");
    latest.bind(1, caseId);
    const QString inReplyTo = latest.step() ? latest.toString(0) : QString();
    latest.reset();
    const std::int64_t now = m_db.clock().nowMs();
    Statement insert(m_db, "INSERT INTO outbox (case_id, account_id, agent_id, platform, "
                           "in_reply_to, visibility, body, state, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)");
    insert.bind(1, caseId)
        .bindOptional(2, accountId ? std::optional(accountId) : std::nullopt)
        .bindOptional(3, agentId ? std::optional(agentId) : std::nullopt)
        .bind(4, platform)
        .bind(5, inReplyTo.isEmpty() ? QString() : inReplyTo)
        .bind(6, QByteArray(isPrivate ? "private" : "public"))
        .bind(7, text)
        .bind(8, now)
        .bind(9, now)
        .run();
    return m_db.lastInsertId();
}

std::vector<OutboxItem> Outbox::waiting(const QString &platform, int limit)
{
    const QByteArray sql = QByteArray(itemColumns)
                           + "WHERE o.state = 'queued' AND (?1 IS NULL OR o.platform = ?1) "
                             "ORDER BY o.created_at, o.id LIMIT ?2";
    Statement s(m_db, sql.constData());
    s.bind(1, platform.isEmpty() ? QString() : platform).bind(2, limit);
    std::vector<OutboxItem> items;
    while (s.step())
        items.push_back(readItem(s));
    return items;
}

std::vector<OutboxItem> Outbox::forCase(std::int64_t caseId)
{
    const QByteArray sql =
        QByteArray(itemColumns) + "WHERE o.case_id = ? ORDER BY o.created_at, o.id";
    Statement s(m_db, sql.constData());
    s.bind(1, caseId);
    std::vector<OutboxItem> items;
    while (s.step())
        items.push_back(readItem(s));
    return items;
}

bool Outbox::markSending(std::int64_t id)
{
    return moveTo(id, OutboxState::Sending, OutboxState::Queued, OutboxState::Queued, {}, {});
}

bool Outbox::markSent(std::int64_t id, const QString &platformPostId)
{
    return moveTo(id, OutboxState::Sent, OutboxState::Sending, OutboxState::Sending, platformPostId,
                  {});
}

bool Outbox::markFailed(std::int64_t id, const QString &error)
{
    return moveTo(id, OutboxState::Failed, OutboxState::Sending, OutboxState::Queued, {}, error);
}

bool Outbox::moveTo(std::int64_t id, OutboxState state, OutboxState from, OutboxState orFrom,
                    const QString &postId, const QString &error)
{
    const std::int64_t now = m_db.clock().nowMs();
    Statement update(m_db, "UPDATE outbox SET state = ?, platform_post_id = coalesce(?, "
                           "platform_post_id), error = ?, updated_at = ? WHERE id = ? "
                           "AND state IN (?, ?) RETURNING case_id");
    update.bind(1, outboxStateKey(state))
        .bind(2, postId.isEmpty() ? QString() : postId)
        .bind(3, error.isEmpty() ? QString() : error)
        .bind(4, now)
        .bind(5, id)
        .bind(6, outboxStateKey(from))
        .bind(7, outboxStateKey(orFrom));
    if (!update.step())
        return false;
    const std::int64_t caseId = update.toInt(0);
    update.reset();
    if (state == OutboxState::Sending)
        return true; // a step on the way, not a change to the case
    nlohmann::json details{{"outbox", id}};
    if (!postId.isEmpty())
        details["post"] = postId.toStdString();
    if (!error.isEmpty())
        details["error"] = error.toStdString();
    CaseEventLog(m_db).append(
        caseId, state == OutboxState::Sent ? CaseEventType::ReplySent : CaseEventType::ReplyFailed,
        u"system"_s, now, eventPayload(details));
    return true;
}

} // namespace earshot
