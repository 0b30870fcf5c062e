// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>
#include <variant>

namespace earshot {

// One reply of the outbox as a network's sender needs it.
struct OutgoingReply {
    std::int64_t outboxId = 0;
    std::int64_t caseId = 0;
    QString platform;
    // The platform id of the post it answers; empty for a new thread.
    QString inReplyTo;
    bool isPrivate = false;
    QString body;
    // Who it goes to and where, as the case knows them (a private message needs the person's id; a
    // network threads by conversation).
    QString conversationId;
    QString recipientId; // the person's user id on the case's network
    QString recipientHandle;
    QString recipientName;
    QString account;            // the brand account's handle it is sent from
    std::int64_t accountId = 0; // accounts.id of that account; 0 when the case has none
    // Made when the reply was queued and kept with it: the same reply tried again carries the
    // same key, so a network that honours one (Mastodon's Idempotency-Key, a Bluesky record key
    // derived from it) posts it once.
    QString idempotencyKey;
    int attempt = 1; // how many times it has been handed to a sender, this time included
    // When it was queued (outbox.created_at): no try of it can be older, so a network without
    // idempotency keys looks for it among the account's posts made since (X).
    std::int64_t queuedAtMs = 0;
};

// What became of one try to send a reply.
namespace send_outcome {
struct Sent {
    QString postId; // the network's id of the new post
};
// Not sent, and surely not arrived (a rate limit, a server busy): try again after this long.
struct Retry {
    std::chrono::milliseconds after{0};
};
// Not sent and never will be as it is: the reason in words, for the agent to edit or give up.
struct Failed {
    QString reason;
};
// The request went out and no answer came: the account's recent posts must be looked through for it
// before any retry (platforms have no idempotency keys).
struct Uncertain {};
} // namespace send_outcome

using SendOutcome = std::variant<send_outcome::Sent, send_outcome::Retry, send_outcome::Failed,
                                 send_outcome::Uncertain>;

// Posts replies on one network for one account (or, for the Simulation platform in a demo, for
// every network). Lives on its host's thread; `done` is called exactly once, later or at once, on
// that thread, while the sender lives.
class ReplySender : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplySender)

public:
    using Done = std::function<void(const SendOutcome &)>;

    explicit ReplySender(QObject *parent = nullptr);
    ~ReplySender() override;

    virtual void send(const OutgoingReply &reply, Done done) = 0;
    // How long the host waits after an agent queued a reply before it hands the waiting ones over:
    // none for a network, a person's pace for the Simulation platform.
    virtual std::chrono::milliseconds sendDelay() const { return std::chrono::milliseconds(0); }
    // The sender's post and the outbox's "sent" can be written in one transaction (the Simulation
    // platform, which posts into the workspace itself): the host then keeps the reply "queued"
    // while it is in flight instead of marking it "sending", so a process killed in between
    // leaves a reply that is simply sent later, not one whose fate is uncertain.
    virtual bool postsInOneStep() const { return false; }
};

} // namespace earshot
