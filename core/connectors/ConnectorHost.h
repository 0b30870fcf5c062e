// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "connectors/Connector.h"
#include "connectors/NetworkRegistry.h"
#include "connectors/ReplySender.h"
#include "ingest/Ingestor.h"
#include "workspace/WriterConnection.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>
#include <optional>
#include <vector>

namespace earshot {

class StoreWriter;

// The connectors and reply senders of one workspace's accounts, made through the networks'
// registered factories. What a connector hears goes to the writer with its cursor (read there
// first, written in one transaction); a batch that fails restarts its connector from where it
// stood before that batch, and answers to batches it had heard since are ignored, so nothing is
// skipped (ingest never doubles a mention). After stop() nothing a connector says is written.
// Queued replies go to their network's sender, and what became of each is recorded in the outbox.
// Lives on one thread (the session's).
class ConnectorHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorHost)

public:
    ConnectorHost(StoreWriter *writer, NetworkContext context, QObject *parent = nullptr);
    ~ConnectorHost() override;

    // Makes the account's parts through its network's factory; `cursor` is the one stored for its
    // feed (empty when none is). Throws earshot::Error when no network of that key is registered or
    // its factory cannot make them.
    void addAccount(const ConnectorAccount &account, const QString &cursor);
    // Stops the feed's connector and takes its account out: nothing it still hears is written, and
    // its replies go to another sender of the network or wait. A reply already handed to its
    // sender is still recorded. Returns the cursor last written for it; nothing when no such feed.
    std::optional<QString> removeAccount(const QString &feed);
    bool isEmpty() const { return m_accounts.empty(); }
    QStringList feeds() const;
    Connector *connector(const QString &feed) const;
    ReplySender *sender(const QString &feed) const;
    AccountHealth health(const QString &feed) const;
    // The listening terms of the feed's account changed (added, removed): searched from their
    // cursors from the connector's next cycle on.
    void setSearches(const QString &feed, const std::vector<ListeningSearch> &searches);

    // Starts every connector from its cursor and hands over the replies left waiting.
    void start();
    // Stops every connector; nothing they say afterwards is written.
    void stop();
    // An agent queued a reply: the waiting replies go to their senders (after the longest sendDelay
    // of the senders).
    void sendSoon();

    // An agent asked to read again from the network (the whole conversation of a case, a person's
    // profile): the account `accountId`'s connector (else one of `platform`'s) reads it, the host
    // writes what came (posts, edits, deletions, the profile; no cursor) and answers `done` on
    // `context`'s thread, exactly once: the error in words, or what was written.
    struct OnDemandAnswer {
        bool ok = false;
        QString error;
        IngestResult written;
    };
    using OnDemandAnswered = std::function<void(const OnDemandAnswer &)>;
    // Whether a connected account of `platform` is here to read from.
    bool canRead(const QString &platform) const { return connectorFor(0, platform) != nullptr; }
    void loadConversation(std::int64_t accountId, const QString &platform,
                          const ConversationRequest &request, QObject *context,
                          OnDemandAnswered done);
    void refreshProfile(std::int64_t accountId, const QString &platform,
                        const ProfileRequest &request, QObject *context, OnDemandAnswered done);

Q_SIGNALS:
    // A batch of mentions is in the workspace (or was already: ingest never doubles one).
    void written(const earshot::IngestResult &result);
    void writeFailed(const QString &message);
    // Replies of these cases were sent or failed.
    void casesChanged(const QList<qint64> &caseIds);
    void healthChanged(const QString &feed, const earshot::AccountHealth &health);

private:
    struct Account;
    struct Taken;
    Account *accountOf(const QString &feed) const;
    ReplySender *senderFor(const QString &platform, std::int64_t accountId) const;
    void onMentions(Account *account, const MentionBatch &batch);
    Connector *connectorFor(std::int64_t accountId, const QString &platform) const;
    void writeOnDemand(const OnDemandResult &result, QObject *context, OnDemandAnswered done);
    void sendWaiting();
    void send(const OutgoingReply &reply);
    void record(const OutgoingReply &reply, const SendOutcome &outcome, bool oneStep);

    StoreWriter *m_writer;
    NetworkContext m_context;
    std::vector<std::unique_ptr<Account>> m_accounts;
    // Removed accounts: kept until the host goes, since writer answers and replies out with their
    // senders still point at them.
    std::vector<std::unique_ptr<Account>> m_removed;
    bool m_running = false;  // started
    bool m_stopped = false;  // stopped after it was made: what connectors still say is dropped
    QString m_claimer;       // who took a reply for sending, as the outbox records it
    QSet<qint64> m_inFlight; // replies handed to a sender whose outcome is not recorded yet
    ClockTimer m_sendClock;  // looks at waiting replies now and then
};

} // namespace earshot
