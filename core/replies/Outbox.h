// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/OutboxState.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace earshot {

// One of our replies on its way out, as the conversation shows it.
struct OutboxItem {
    std::int64_t id = 0;
    std::int64_t caseId = 0;
    QString platform;
    QString inReplyTo;
    bool isPrivate = false;
    QString body;
    OutboxState state = OutboxState::Queued;
    QString platformPostId;
    QString error;
    QString agentName;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    QString idempotencyKey;           // made when it was queued; the same for every try
    int attempts = 0;                 // how often it was handed to a sender
    std::int64_t nextAttemptAtMs = 0; // 0: as soon as its account is reachable
};

// Why a reply cannot be sent as it is (empty when it can): empty, or longer than the network
// takes for a public reply or a private message.
QString replyProblem(const QString &platform, const QString &text, bool isPrivate);

// The outbox: replies are written here (synchronous=FULL, by the caller's transaction) before
// the composer clears, and a connector moves them on. It never loses and never doubles a reply.
class Outbox final {
public:
    explicit Outbox(Database &db);

    // Queues a reply to the case's latest message; 0 and `problem` set when it cannot be sent.
    std::int64_t queue(std::int64_t caseId, const QString &platform, std::int64_t accountId,
                       std::int64_t agentId, const QString &text, bool isPrivate, QString *problem);
    // Queued replies of one network (every network for an empty `platform`) that may be tried now
    // (the connection's clock), oldest first.
    std::vector<OutboxItem> waiting(const QString &platform, int limit);
    std::vector<OutboxItem> forCase(std::int64_t caseId);
    // Every reply in one state, oldest first (`earshot-cli outbox list`).
    std::vector<OutboxItem> inState(OutboxState state, int limit);
    std::optional<OutboxItem> item(std::int64_t id);
    // How many of our replies wait for a person to decide (failed or uncertain).
    std::int64_t countNeedingDecision();

    // The moves of outboxMoves (OutboxState.h); any other move changes nothing and returns false.
    // Sent and failed also append the case's reply event ("reply_sent", "reply_failed").
    // queued -> sending: one more attempt, taken by `claimer` (a process's sender) now.
    bool markSending(std::int64_t id, const QString &claimer = {});
    // sending or uncertain -> sent.
    bool markSent(std::int64_t id, const QString &platformPostId);
    // queued, sending or uncertain -> failed, with the reason in words.
    bool markFailed(std::int64_t id, const QString &error);
    // sending -> uncertain: it may or may not be on the network; `why` in words.
    bool markUncertain(std::int64_t id, const QString &why);
    // sending, uncertain or failed -> queued, to be tried from `notBeforeMs` (0: at once).
    bool requeue(std::int64_t id, std::int64_t notBeforeMs = 0);
    // A person's decision on a reply that failed or whose fate is uncertain: send it again
    // (queued), it is on the network (sent, from uncertain), or give it up (failed, from
    // uncertain). Anything else changes nothing and returns false.
    bool decide(std::int64_t id, OutboxState to);
    // Replies left "sending" by a sender that is gone (a process killed mid-send): those taken
    // before `takenBeforeMs`, and those whose claimer `isGone` says has ended (however recently
    // they were taken). The network may have them: where its traits say a resend cannot double
    // (PlatformTraits::resendsLostReply) they are queued again, elsewhere they become uncertain
    // for a person. Returns them with their new state.
    using ClaimerGone = std::function<bool(const QString &claimer)>;
    std::vector<OutboxItem> settleAbandoned(std::int64_t takenBeforeMs,
                                            const ClaimerGone &isGone = {});

private:
    bool moveTo(std::int64_t id, OutboxState to, const QString &postId, const QString &error);
    std::vector<OutboxItem> select(const char *where, const std::function<void(Statement &)> &bind);

    Database &m_db;
};

} // namespace earshot
