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
    "o.platform_post_id, o.error, a.name, o.created_at, o.updated_at, o.idempotency_key, "
    "o.attempts, o.next_attempt_at FROM outbox o LEFT JOIN agents a ON a.id = o.agent_id ";

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
    item.idempotencyKey = s.toString(12);
    item.attempts = int(s.toInt(13));
    item.nextAttemptAtMs = s.toInt(14);
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
    // The key is random so that two workspaces sending from one account never share one.
    Statement insert(m_db, "INSERT INTO outbox (case_id, account_id, agent_id, platform, "
                           "in_reply_to, visibility, body, state, created_at, updated_at, "
                           "idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, "
                           "'earshot-' || lower(hex(randomblob(16))))");
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

std::vector<OutboxItem> Outbox::select(const char *where,
                                       const std::function<void(Statement &)> &bind)
{
    const QByteArray sql = QByteArray(itemColumns) + where;
    Statement s(m_db, sql.constData());
    bind(s);
    std::vector<OutboxItem> items;
    while (s.step())
        items.push_back(readItem(s));
    return items;
}

std::vector<OutboxItem> Outbox::waiting(const QString &platform, int limit)
{
    const std::int64_t now = m_db.clock().nowMs();
    return select(
        "WHERE o.state = 'queued' AND (?1 IS NULL OR o.platform = ?1) "
        "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?3) "
        "ORDER BY o.created_at, o.id LIMIT ?2",
        [&](Statement &s) {
            s.bind(1, platform.isEmpty() ? QString() : platform).bind(2, limit).bind(3, now);
        });
}

std::vector<OutboxItem> Outbox::forCase(std::int64_t caseId)
{
    return select("WHERE o.case_id = ? ORDER BY o.created_at, o.id",
                  [&](Statement &s) { s.bind(1, caseId); });
}

std::vector<OutboxItem> Outbox::inState(OutboxState state, int limit)
{
    return select("WHERE o.state = ? ORDER BY o.created_at, o.id LIMIT ?",
                  [&](Statement &s) { s.bind(1, outboxStateKey(state)).bind(2, limit); });
}

std::optional<OutboxItem> Outbox::item(std::int64_t id)
{
    std::vector<OutboxItem> found = select("WHERE o.id = ?", [&](Statement &s) { s.bind(1, id); });
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::int64_t Outbox::countNeedingDecision()
{
    return m_db.queryInt(
        "SELECT count(*) FROM outbox WHERE state = 'failed' OR state = 'uncertain'");
}

bool Outbox::markSending(std::int64_t id, const QString &claimer)
{
    if (!moveTo(id, OutboxState::Sending, {}, {}))
        return false;
    Statement claim(m_db, "UPDATE outbox SET attempts = attempts + 1, claimed_by = ?, "
                          "claimed_at = ?, next_attempt_at = NULL WHERE id = ?");
    claim.bind(1, claimer).bind(2, m_db.clock().nowMs()).bind(3, id).run();
    return true;
}

bool Outbox::markSent(std::int64_t id, const QString &platformPostId)
{
    return moveTo(id, OutboxState::Sent, platformPostId, {});
}

bool Outbox::markFailed(std::int64_t id, const QString &error)
{
    return moveTo(id, OutboxState::Failed, {}, error);
}

bool Outbox::markUncertain(std::int64_t id, const QString &why)
{
    return moveTo(id, OutboxState::Uncertain, {}, why);
}

bool Outbox::requeue(std::int64_t id, std::int64_t notBeforeMs)
{
    if (!moveTo(id, OutboxState::Queued, {}, {}))
        return false;
    Statement later(m_db, "UPDATE outbox SET next_attempt_at = ?, claimed_by = NULL, "
                          "claimed_at = NULL WHERE id = ?");
    later.bindOptional(1, notBeforeMs > 0 ? std::optional(notBeforeMs) : std::nullopt)
        .bind(2, id)
        .run();
    return true;
}

bool Outbox::decide(std::int64_t id, OutboxState to)
{
    const std::optional<OutboxItem> current = item(id);
    if (!current)
        return false;
    const bool uncertain = current->state == OutboxState::Uncertain;
    switch (to) {
    case OutboxState::Queued:
        return (uncertain || current->state == OutboxState::Failed) && requeue(id);
    case OutboxState::Sent:
        return uncertain && markSent(id, current->platformPostId);
    case OutboxState::Failed:
        return uncertain
               && markFailed(id, Tr::tr("Given up: it may or may not be on the network."));
    default:
        return false;
    }
}

std::vector<OutboxItem> Outbox::settleAbandoned(std::int64_t takenBeforeMs,
                                                const ClaimerGone &isGone)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> abandoned; // id, when it was taken
    Statement sending(m_db, "SELECT id, coalesce(claimed_by, ''), coalesce(claimed_at, 0) "
                            "FROM outbox WHERE state = 'sending' ORDER BY id");
    while (sending.step()) {
        if (sending.toInt(2) < takenBeforeMs || (isGone && isGone(sending.toString(1))))
            abandoned.emplace_back(sending.toInt(0), sending.toInt(2));
    }
    sending.reset();
    const std::int64_t now = m_db.clock().nowMs();
    std::vector<OutboxItem> settled;
    for (const auto &[id, takenAtMs] : abandoned) {
        std::optional<OutboxItem> found = item(id);
        if (!found)
            continue;
        // Where the network cannot post it twice (a key it honours, a look before the resend),
        // it goes again by itself; elsewhere a person decides.
        if (platformTraits(found->platform).resendsLostReply(now - takenAtMs)) {
            if (!requeue(id))
                continue;
            found->state = OutboxState::Queued;
        } else {
            if (!markUncertain(id, Tr::tr("Earshot stopped while this reply was being sent: it "
                                          "may or may not be on the network.")))
                continue;
            found->state = OutboxState::Uncertain;
        }
        settled.push_back(std::move(*found));
    }
    return settled;
}

bool Outbox::moveTo(std::int64_t id, OutboxState to, const QString &postId, const QString &error)
{
    Statement current(m_db, "SELECT state FROM outbox WHERE id = ?");
    current.bind(1, id);
    if (!current.step())
        return false;
    const std::optional<OutboxState> from = outboxStateFromKey(current.toString(0));
    current.reset();
    if (!from || !isOutboxMove(*from, to))
        return false;
    const std::int64_t now = m_db.clock().nowMs();
    // The state is compared again: the row cannot have moved meanwhile inside this transaction,
    // but the statement says what it relies on.
    Statement update(m_db, "UPDATE outbox SET state = ?, platform_post_id = coalesce(?, "
                           "platform_post_id), error = ?, updated_at = ? WHERE id = ? "
                           "AND state = ? RETURNING case_id");
    update.bind(1, outboxStateKey(to))
        .bind(2, postId.isEmpty() ? QString() : postId)
        .bind(3, error.isEmpty() ? QString() : error)
        .bind(4, now)
        .bind(5, id)
        .bind(6, outboxStateKey(*from));
    if (!update.step())
        return false;
    const std::int64_t caseId = update.toInt(0);
    update.reset();
    if (to != OutboxState::Sent && to != OutboxState::Failed)
        return true; // a step on the way, not a change to the case's history
    nlohmann::json details{{"outbox", id}};
    if (!postId.isEmpty())
        details["post"] = postId.toStdString();
    if (!error.isEmpty())
        details["error"] = error.toStdString();
    CaseEventLog(m_db).append(
        caseId, to == OutboxState::Sent ? CaseEventType::ReplySent : CaseEventType::ReplyFailed,
        u"system"_s, now, eventPayload(details));
    return true;
}

} // namespace earshot
