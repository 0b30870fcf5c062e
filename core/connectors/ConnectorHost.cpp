// SPDX-License-Identifier: Apache-2.0
#include "connectors/ConnectorHost.h"

#include "Error.h"
#include "Tr.h"
#include "clock/ClockTimer.h"
#include "clock/RandomSource.h"
#include "logging/LogCategories.h"
#include "replies/Outbox.h"
#include "store/Sqlite.h"
#include "workspace/StoreWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// The person of the reply's case, as they are known on the case's network, and where.
void readRecipient(Database &db, OutgoingReply *reply)
{
    Statement s(db, "SELECT c.conversation, h.platform_user_id, h.handle, p.display_name, "
                    "a.handle, a.id FROM cases c JOIN people p ON p.id = c.person_id "
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
    reply->accountId = s.isNull(5) ? 0 : s.toInt(5);
}

OutgoingReply toOutgoing(Database &db, const OutboxItem &item)
{
    OutgoingReply reply;
    reply.outboxId = item.id;
    reply.caseId = item.caseId;
    reply.platform = item.platform;
    reply.inReplyTo = item.inReplyTo;
    reply.isPrivate = item.isPrivate;
    reply.body = item.body;
    reply.idempotencyKey = item.idempotencyKey;
    reply.attempt = item.attempts + 1;
    reply.queuedAtMs = item.createdAtMs;
    readRecipient(db, &reply);
    return reply;
}

// Whether the process that took a reply for sending (a host's claimer, "pid-<pid>-<random>")
// has ended, so the reply it left "sending" is waited for by nobody. Every process that writes to
// a workspace runs on this computer (SQLite's locks and its write-ahead log do not work across
// computers), so the pid says it. A claim of another shape, or a pid in use (by the claimer or by
// a process that got its number since), is not gone: the two-minute rule settles those.
bool claimerIsGone(const QString &claimer)
{
#ifdef Q_OS_UNIX
    if (!claimer.startsWith(u"pid-"_s))
        return false;
    bool isNumber = false;
    const qint64 pid = claimer.section(u'-', 1, 1).toLongLong(&isNumber);
    if (!isNumber || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(claimer)
    return false;
#endif
}

// Longer than any one send can take (a request's timeouts and retries): a reply "sending" for
// longer was left by a sender that is gone.
constexpr std::chrono::minutes abandonedAfter{2};
// How often waiting replies are looked at without an agent queuing one: replies the network
// asked to wait for, and replies another process left behind.
constexpr std::chrono::seconds sendCheckInterval{30};

} // namespace

struct ConnectorHost::Account {
    ConnectorAccount account;
    NetworkParts parts;
    QString cursor;       // where to start again: the last one written (or stored at the start)
    QString heard;        // the cursor of the last batch heard (where the connector stands)
    int generation = 0;   // a failed batch starts a new one: answers to older batches are stale
    bool removed = false; // taken out with removeAccount: what it hears is dropped
    // The listening searches with the cursors last written (account.searches as loaded).
    std::vector<ListeningSearch> searches;

    void searched(const std::vector<SearchCursor> &cursors)
    {
        for (const SearchCursor &c : cursors) {
            for (ListeningSearch &search : searches) {
                if (search.termId == c.termId)
                    search.cursor = c.cursor;
            }
        }
    }
};

ConnectorHost::ConnectorHost(StoreWriter *writer, NetworkContext context, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_context(std::move(context))
    , m_sendClock(m_context.clock ? m_context.clock : systemClock())
{
    if (!m_context.writer)
        m_context.writer = writer;
    if (!m_context.clock)
        m_context.clock = systemClock();
    // Who took a reply for sending, in the outbox: this host, in this process.
    RandomSource random(m_context.seed);
    m_claimer = u"pid-"_s + QString::number(QCoreApplication::applicationPid()) + u'-'
                + QString::number(random.uniform(0, std::numeric_limits<std::int32_t>::max()), 16);
    m_sendClock.setInterval(sendCheckInterval);
    connect(&m_sendClock, &ClockTimer::timeout, this, &ConnectorHost::sendWaiting);
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
    added->searches = account.searches;
    Account *raw = added.get();
    if (Connector *connector = raw->parts.connector.get()) {
        connector->setObjectName(account.feed);
        connector->setSearches(account.searches);
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

std::optional<QString> ConnectorHost::removeAccount(const QString &feed)
{
    const auto found = std::find_if(m_accounts.begin(), m_accounts.end(),
                                    [&feed](const auto &a) { return a->account.feed == feed; });
    if (found == m_accounts.end())
        return std::nullopt;
    Account *account = found->get();
    account->removed = true;
    if (Connector *connector = account->parts.connector.get()) {
        connector->stop();
        disconnect(connector, nullptr, this, nullptr);
    }
    const QString cursor = account->cursor;
    m_removed.push_back(std::move(*found));
    m_accounts.erase(found);
    return cursor;
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

void ConnectorHost::setSearches(const QString &feed, const std::vector<ListeningSearch> &searches)
{
    Account *a = accountOf(feed);
    if (!a)
        return;
    a->searches = searches;
    if (a->parts.connector)
        a->parts.connector->setSearches(searches);
}

AccountHealth ConnectorHost::health(const QString &feed) const
{
    const Connector *c = connector(feed);
    return c ? c->health() : AccountHealth{};
}

ReplySender *ConnectorHost::senderFor(const QString &platform, std::int64_t accountId) const
{
    // The account the case was heard on answers; another account of its network otherwise.
    for (const auto &a : m_accounts) {
        if (accountId != 0 && a->parts.sender && a->account.accountId == accountId)
            return a->parts.sender.get();
    }
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
    m_sendClock.start();
    sendWaiting();
}

void ConnectorHost::stop()
{
    m_running = false;
    m_stopped = true;
    m_sendClock.stop();
    for (const auto &a : m_accounts) {
        if (a->parts.connector)
            a->parts.connector->stop();
    }
}

void ConnectorHost::onMentions(Account *account, const MentionBatch &batch)
{
    // Before start() a connector is silent, except a simulated customer's answer to a reply
    // (replies are sent whether the feeds run or not); after stop() nothing is written.
    if (m_stopped || account->removed)
        return;
    IngestBatch ingest;
    ingest.mentions = batch.mentions;
    ingest.searchCursors = batch.searchCursors;
    for (SearchCursor &c : ingest.searchCursors)
        c.accountId = account->account.accountId;
    const bool searched = !batch.searchCursors.empty();
    ingest.changes = batch.changes;
    ingest.profiles = batch.profiles;
    const QString before = account->heard;
    // A batch without a cursor (a customer's answer in a simulation) leaves the feed where it is.
    if (!batch.cursor.isEmpty()) {
        ingest.feed = account->account.feed;
        ingest.cursor = batch.cursor;
        account->heard = batch.cursor;
    }
    m_writer->submit(std::move(ingest), this,
                     [this, account, before, cursor = batch.cursor, searched,
                      searchCursors = batch.searchCursors,
                      generation = account->generation](const WriterAnswer<IngestResult> &answer) {
                         if (answer.ok()) {
                             if (!cursor.isEmpty() && generation == account->generation)
                                 account->cursor = cursor;
                             if (generation == account->generation)
                                 account->searched(searchCursors);
                             Q_EMIT written(answer.value);
                             return;
                         }
                         // Hear it again from where the connector stood before this batch:
                         // ingest skips what it already has, so nothing is doubled or skipped.
                         if ((!cursor.isEmpty() || searched) && generation == account->generation
                             && !account->removed) {
                             ++account->generation;
                             account->cursor = before;
                             account->heard = before;
                             if (m_running && account->parts.connector) {
                                 account->parts.connector->stop();
                                 account->parts.connector->setSearches(account->searches);
                                 account->parts.connector->start(before);
                             }
                         }
                         Q_EMIT writeFailed(answer.error);
                     });
}

Connector *ConnectorHost::connectorFor(std::int64_t accountId, const QString &platform) const
{
    for (const auto &a : m_accounts) {
        if (accountId != 0 && a->parts.connector && a->account.accountId == accountId)
            return a->parts.connector.get();
    }
    for (const auto &a : m_accounts) {
        if (a->parts.connector && a->account.platform == platform)
            return a->parts.connector.get();
    }
    return nullptr;
}

void ConnectorHost::loadConversation(std::int64_t accountId, const QString &platform,
                                     const ConversationRequest &request, QObject *context,
                                     OnDemandAnswered done)
{
    Connector *connector = connectorFor(accountId, platform);
    if (!connector) {
        OnDemandAnswer answer;
        answer.error = Tr::tr("No connected account of this network can read it.");
        done(answer);
        return;
    }
    connector->fetchConversation(
        request, [this, context = QPointer<QObject>(context), done](const OnDemandResult &r) {
            writeOnDemand(r, context, done);
        });
}

void ConnectorHost::refreshProfile(std::int64_t accountId, const QString &platform,
                                   const ProfileRequest &request, QObject *context,
                                   OnDemandAnswered done)
{
    Connector *connector = connectorFor(accountId, platform);
    if (!connector) {
        OnDemandAnswer answer;
        answer.error = Tr::tr("No connected account of this network can read it.");
        done(answer);
        return;
    }
    connector->fetchProfile(request,
                            [this, context = QPointer<QObject>(context),
                             done](const OnDemandResult &r) { writeOnDemand(r, context, done); });
}

void ConnectorHost::writeOnDemand(const OnDemandResult &result, QObject *context,
                                  OnDemandAnswered done)
{
    if (!context)
        return;
    if (!result.ok) {
        OnDemandAnswer answer;
        answer.error = result.error;
        done(answer);
        return;
    }
    // No cursor: what an agent asked for does not move the feed.
    IngestBatch ingest;
    ingest.mentions = result.batch.mentions;
    ingest.changes = result.batch.changes;
    ingest.profiles = result.batch.profiles;
    m_writer->submit(std::move(ingest), context,
                     [this, done](const WriterAnswer<IngestResult> &stored) {
                         OnDemandAnswer answer;
                         answer.ok = stored.ok();
                         answer.error = stored.error;
                         answer.written = stored.value;
                         if (stored.ok())
                             Q_EMIT written(stored.value);
                         done(answer);
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

struct ConnectorHost::Taken {
    std::vector<OutgoingReply> replies;
    QList<qint64> settledCases; // replies left "sending" by a sender that is gone
};

void ConnectorHost::sendWaiting()
{
    // Which networks have a sender here, and whether it posts in one step: read on this thread,
    // since the writer's thread must not look at the accounts.
    QHash<QString, bool> oneStepOf;
    std::optional<bool> everyNetworkOneStep;
    for (const auto &a : m_accounts) {
        if (!a->parts.sender)
            continue;
        oneStepOf.insert(a->account.platform, a->parts.sender->postsInOneStep());
        if (a->parts.sendsForEveryNetwork && !everyNetworkOneStep)
            everyNetworkOneStep = a->parts.sender->postsInOneStep();
    }
    if (oneStepOf.isEmpty())
        return;
    WriterTask<Taken> task;
    task.name = "connectors: take waiting replies";
    task.work = [this, oneStepOf, everyNetworkOneStep, inFlight = m_inFlight](WriterContext &c) {
        Taken taken;
        Outbox outbox(c.db);
        const std::int64_t now = c.db.clock().nowMs();
        const auto abandonedMs = std::chrono::milliseconds(abandonedAfter).count();
        for (const OutboxItem &item : outbox.settleAbandoned(now - abandonedMs, &claimerIsGone)) {
            if (item.state == OutboxState::Queued)
                qCInfo(lcNet) << "Reply" << item.id << "on" << item.platform
                              << "was left sending; it goes again (the network cannot double it)";
            else
                qCWarning(lcNet) << "Reply" << item.id << "on" << item.platform
                                 << "was left sending; it may or may not have been posted";
            taken.settledCases.append(item.caseId);
        }
        for (const OutboxItem &item : outbox.waiting({}, 1000)) {
            if (inFlight.contains(item.id))
                continue;
            const auto own = oneStepOf.constFind(item.platform);
            if (own == oneStepOf.cend() && !everyNetworkOneStep)
                continue; // no sender for its network here
            const bool oneStep = own != oneStepOf.cend() ? *own : *everyNetworkOneStep;
            // A sender that posts in one step keeps the reply "queued" until it is posted: it
            // is marked sending and sent in one transaction (record()), so a process killed
            // between taking and posting leaves nothing half-done.
            if (!oneStep && !outbox.markSending(item.id, m_claimer))
                continue;
            taken.replies.push_back(toOutgoing(c.db, item));
        }
        return taken;
    };
    m_writer->run<Taken>(std::move(task), this, [this](const WriterAnswer<Taken> &taken) {
        if (!taken.ok()) {
            Q_EMIT writeFailed(taken.error);
            return;
        }
        if (!taken.value.settledCases.isEmpty())
            Q_EMIT casesChanged(taken.value.settledCases);
        for (const OutgoingReply &reply : taken.value.replies) {
            if (m_inFlight.contains(reply.outboxId))
                continue; // handed over by an earlier look whose outcome is not recorded yet
            send(reply);
        }
    });
}

void ConnectorHost::send(const OutgoingReply &reply)
{
    ReplySender *sender = senderFor(reply.platform, reply.accountId);
    if (!sender)
        return; // its account was removed meanwhile: the reply waits, or is settled as uncertain
    m_inFlight.insert(reply.outboxId);
    sender->send(reply, [this, reply, oneStep = sender->postsInOneStep()](
                            const SendOutcome &outcome) { record(reply, outcome, oneStep); });
}

void ConnectorHost::record(const OutgoingReply &reply, const SendOutcome &outcome, bool oneStep)
{
    WriterTask<bool> task;
    task.name = "connectors: record a reply's outcome";
    task.work = [this, reply, outcome, oneStep](WriterContext &c) {
        Outbox outbox(c.db);
        const std::int64_t now = c.db.clock().nowMs();
        if (oneStep && !outbox.markSending(reply.outboxId, m_claimer))
            return false; // another process posted it meanwhile
        if (const auto *sent = std::get_if<send_outcome::Sent>(&outcome))
            return outbox.markSent(reply.outboxId, sent->postId);
        if (const auto *retry = std::get_if<send_outcome::Retry>(&outcome))
            return outbox.requeue(reply.outboxId, now + retry->after.count());
        if (std::holds_alternative<send_outcome::Uncertain>(outcome))
            return outbox.markUncertain(
                reply.outboxId, Tr::tr("No answer came from the network after the reply went out: "
                                       "look among the account's posts before sending it again."));
        return outbox.markFailed(reply.outboxId, std::get<send_outcome::Failed>(outcome).reason);
    };
    m_writer->run<bool>(
        std::move(task), this, [this, reply, outcome](const WriterAnswer<bool> &done) {
            m_inFlight.remove(reply.outboxId);
            if (!done.ok()) {
                Q_EMIT writeFailed(done.error);
                return;
            }
            if (std::holds_alternative<send_outcome::Uncertain>(outcome))
                qCWarning(lcNet) << "Reply" << reply.outboxId << "on" << reply.platform
                                 << "may or may not have been posted";
            if (const auto *retry = std::get_if<send_outcome::Retry>(&outcome))
                ClockTimer::singleShot(m_context.clock, retry->after, this,
                                       [this] { sendWaiting(); });
            Q_EMIT casesChanged({qint64(reply.caseId)});
        });
}

} // namespace earshot
