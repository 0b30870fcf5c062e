// SPDX-License-Identifier: Apache-2.0
#include "connectors/ConnectorHost.h"

#include "Error.h"
#include "Tr.h"
#include "clock/ClockTimer.h"
#include "logging/LogCategories.h"
#include "replies/Outbox.h"
#include "store/Sqlite.h"
#include "workspace/StoreWriter.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// The person of the reply's case, as they are known on the case's network, and where.
void readRecipient(Database &db, OutgoingReply *reply)
{
    Statement s(db, "SELECT c.conversation, h.platform_user_id, h.handle, p.display_name, "
                    "a.handle FROM cases c JOIN people p ON p.id = c.person_id "
                    "JOIN handles h ON h.person_id = c.person_id AND h.platform = c.platform "
                    "LEFT JOIN accounts a ON a.id = c.account_id "
                    "WHERE c.id = ? ORDER BY h.id LIMIT 1");
    s.bind(1, reply->caseId);
    if (!s.step())
        return;
    reply->conversationId = s.toString(0);
    reply->recipientId = s.toString(1);
    reply->recipientHandle = s.toString(2);
    reply->recipientName = s.toString(3);
    reply->account = s.toString(4);
}

} // namespace

struct ConnectorHost::Account {
    ConnectorAccount account;
    NetworkParts parts;
    QString cursor;     // where to start again: the last one written (or stored at the start)
    QString heard;      // the cursor of the last batch heard (where the connector stands)
    int generation = 0; // a failed batch starts a new one: answers to older batches are stale
};

ConnectorHost::ConnectorHost(StoreWriter *writer, NetworkContext context, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_context(std::move(context))
{
    if (!m_context.writer)
        m_context.writer = writer;
    if (!m_context.clock)
        m_context.clock = systemClock();
}

ConnectorHost::~ConnectorHost()
{
    stop();
}

void ConnectorHost::addAccount(const ConnectorAccount &account, const QString &cursor)
{
    const NetworkFactory factory = networkFactory(account.platform);
    if (!factory)
        throw Error(Tr::tr("No connector for the network \"%1\"").arg(account.platform));
    auto added = std::make_unique<Account>();
    added->account = account;
    added->parts = factory(account, m_context);
    added->cursor = cursor;
    added->heard = cursor;
    Account *raw = added.get();
    if (Connector *connector = raw->parts.connector.get()) {
        connect(connector, &Connector::mentionsArrived, this,
                [this, raw](const MentionBatch &batch) { onMentions(raw, batch); });
        connect(connector, &Connector::healthChanged, this,
                [this, raw](const AccountHealth &health) {
                    Q_EMIT healthChanged(raw->account.feed, health);
                });
    }
    m_accounts.push_back(std::move(added));
    if (m_running && raw->parts.connector)
        raw->parts.connector->start(raw->cursor);
}

QStringList ConnectorHost::feeds() const
{
    QStringList feeds;
    for (const auto &a : m_accounts)
        feeds.append(a->account.feed);
    return feeds;
}

ConnectorHost::Account *ConnectorHost::accountOf(const QString &feed) const
{
    for (const auto &a : m_accounts) {
        if (a->account.feed == feed)
            return a.get();
    }
    return nullptr;
}

Connector *ConnectorHost::connector(const QString &feed) const
{
    const Account *a = accountOf(feed);
    return a ? a->parts.connector.get() : nullptr;
}

ReplySender *ConnectorHost::sender(const QString &feed) const
{
    const Account *a = accountOf(feed);
    return a ? a->parts.sender.get() : nullptr;
}

AccountHealth ConnectorHost::health(const QString &feed) const
{
    const Connector *c = connector(feed);
    return c ? c->health() : AccountHealth{};
}

ReplySender *ConnectorHost::senderFor(const QString &platform) const
{
    for (const auto &a : m_accounts) {
        if (a->parts.sender && a->account.platform == platform)
            return a->parts.sender.get();
    }
    for (const auto &a : m_accounts) {
        if (a->parts.sender && a->parts.sendsForEveryNetwork)
            return a->parts.sender.get();
    }
    return nullptr;
}

void ConnectorHost::start()
{
    m_running = true;
    m_stopped = false;
    for (const auto &a : m_accounts) {
        if (!a->parts.connector)
            continue;
        a->heard = a->cursor;
        a->parts.connector->start(a->cursor);
    }
    sendWaiting();
}

void ConnectorHost::stop()
{
    m_running = false;
    m_stopped = true;
    for (const auto &a : m_accounts) {
        if (a->parts.connector)
            a->parts.connector->stop();
    }
}

void ConnectorHost::onMentions(Account *account, const MentionBatch &batch)
{
    // Before start() a connector is silent, except a simulated customer's answer to a reply
    // (replies are sent whether the feeds run or not); after stop() nothing is written.
    if (m_stopped)
        return;
    IngestBatch ingest;
    ingest.mentions = batch.mentions;
    const QString before = account->heard;
    // A batch without a cursor (a customer's answer in a simulation) leaves the feed where it is.
    if (!batch.cursor.isEmpty()) {
        ingest.feed = account->account.feed;
        ingest.cursor = batch.cursor;
        account->heard = batch.cursor;
    }
    m_writer->submit(std::move(ingest), this,
                     [this, account, before, cursor = batch.cursor,
                      generation = account->generation](const WriterAnswer<IngestResult> &answer) {
                         if (answer.ok()) {
                             if (!cursor.isEmpty() && generation == account->generation)
                                 account->cursor = cursor;
                             Q_EMIT written(answer.value);
                             return;
                         }
                         // Hear it again from where the connector stood before this batch:
                         // ingest skips what it already has, so nothing is doubled or skipped.
                         if (!cursor.isEmpty() && generation == account->generation) {
                             ++account->generation;
                             account->cursor = before;
                             account->heard = before;
                             if (m_running && account->parts.connector) {
                                 account->parts.connector->stop();
                                 account->parts.connector->start(before);
                             }
                         }
                         Q_EMIT writeFailed(answer.error);
                     });
}

void ConnectorHost::sendSoon()
{
    std::chrono::milliseconds delay(0);
    for (const auto &a : m_accounts) {
        if (a->parts.sender)
            delay = std::max(delay, a->parts.sender->sendDelay());
    }
    ClockTimer::singleShot(m_context.clock, delay, this, [this] { sendWaiting(); });
}

void ConnectorHost::sendWaiting()
{
    QStringList platforms;
    bool everyNetwork = false;
    for (const auto &a : m_accounts) {
        if (!a->parts.sender)
            continue;
        platforms.append(a->account.platform);
        everyNetwork = everyNetwork || a->parts.sendsForEveryNetwork;
    }
    if (platforms.isEmpty())
        return;
    WriterTask<std::vector<OutgoingReply>> task;
    task.name = "connectors: take waiting replies";
    task.work = [platforms, everyNetwork](WriterContext &c) {
        std::vector<OutgoingReply> taken;
        Outbox outbox(c.db);
        for (const OutboxItem &item : outbox.waiting({}, 1000)) {
            if (!everyNetwork && !platforms.contains(item.platform))
                continue;
            if (!outbox.markSending(item.id))
                continue;
            OutgoingReply reply;
            reply.outboxId = item.id;
            reply.caseId = item.caseId;
            reply.platform = item.platform;
            reply.inReplyTo = item.inReplyTo;
            reply.isPrivate = item.isPrivate;
            reply.body = item.body;
            readRecipient(c.db, &reply);
            taken.push_back(std::move(reply));
        }
        return taken;
    };
    m_writer->run<std::vector<OutgoingReply>>(
        std::move(task), this, [this](const WriterAnswer<std::vector<OutgoingReply>> &taken) {
            if (!taken.ok()) {
                Q_EMIT writeFailed(taken.error);
                return;
            }
            for (const OutgoingReply &reply : taken.value)
                send(reply);
        });
}

void ConnectorHost::send(const OutgoingReply &reply)
{
    ReplySender *sender = senderFor(reply.platform);
    if (!sender)
        return; // its account was removed meanwhile; the reply stays "sending" for
                // a look
    sender->send(reply, [this, reply](const SendOutcome &outcome) { record(reply, outcome); });
}

void ConnectorHost::record(const OutgoingReply &reply, const SendOutcome &outcome)
{
    if (const auto *retry = std::get_if<send_outcome::Retry>(&outcome)) {
        ClockTimer::singleShot(m_context.clock, retry->after, this, [this, reply] { send(reply); });
        return;
    }
    if (std::holds_alternative<send_outcome::Uncertain>(outcome)) {
        // The outbox has no "uncertain" state yet: the reply stays "sending" until someone looks
        // through the account's posts for it.
        qCWarning(lcNet) << "Reply" << reply.outboxId << "on" << reply.platform
                         << "may or may not have been posted";
        return;
    }
    WriterTask<bool> task;
    task.name = "connectors: record a reply's outcome";
    task.work = [reply, outcome](WriterContext &c) {
        Outbox outbox(c.db);
        if (const auto *sent = std::get_if<send_outcome::Sent>(&outcome))
            return outbox.markSent(reply.outboxId, sent->postId);
        return outbox.markFailed(reply.outboxId, std::get<send_outcome::Failed>(outcome).reason);
    };
    m_writer->run<bool>(std::move(task), this,
                        [this, caseId = reply.caseId](const WriterAnswer<bool> &done) {
                            if (!done.ok()) {
                                Q_EMIT writeFailed(done.error);
                                return;
                            }
                            Q_EMIT casesChanged({qint64(caseId)});
                        });
}

} // namespace earshot
