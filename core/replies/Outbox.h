// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/OutboxState.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
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
    // Queued replies of one network (every network for an empty `platform`), oldest first.
    std::vector<OutboxItem> waiting(const QString &platform, int limit);
    std::vector<OutboxItem> forCase(std::int64_t caseId);
    // The state moves: queued -> sending -> sent or failed, and queued -> failed for a reply that
    // cannot even be tried. Sent and failed also append the case's reply event ("reply_sent",
    // "reply_failed"). Any other move (a reply sent twice, sent without being sent, or back from
    // sent or failed) changes nothing and returns false.
    bool markSending(std::int64_t id);
    bool markSent(std::int64_t id, const QString &platformPostId);
    bool markFailed(std::int64_t id, const QString &error);

private:
    bool moveTo(std::int64_t id, OutboxState state, OutboxState from, OutboxState orFrom,
                const QString &postId, const QString &error);

    Database &m_db;
};

} // namespace earshot
