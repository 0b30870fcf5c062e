// SPDX-License-Identifier: Apache-2.0
// The one interface every network is behind: a network registered by its key, its connector's
// batches written with their cursor, a failed batch heard again, replies handed to the sender
// and what became of them recorded in the outbox.
#include "TestSupport.h"

#include "Error.h"
#include "connectors/ConnectorHost.h"
#include "connectors/NetworkRegistry.h"
#include "replies/Outbox.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A network that delivers what the test tells it to and remembers where it was started from.
class TestConnector final : public Connector {
public:
    using Connector::Connector;
    void start(const QString &cursor) override { starts.append(cursor); }
    void stop() override { ++stops; }
    void fetchOnce(const QString &cursor) override
    {
        fetches.append(cursor);
        Q_EMIT cycleFinished(true);
    }
    void deliver(const QString &id, const QString &cursor)
    {
        MentionBatch batch;
        batch.mentions.push_back(makeMention(id));
        batch.cursor = cursor;
        Q_EMIT mentionsArrived(batch);
    }
    void report(const AccountHealth &health) { setHealth(health); }

    QStringList starts;
    QStringList fetches;
    int stops = 0;
};

// Answers each reply with the next outcome the test lined up (Sent when none is left).
class TestSender final : public ReplySender {
public:
    using ReplySender::ReplySender;
    void send(const OutgoingReply &reply, Done done) override
    {
        sent.append(reply.body);
        keys.append(reply.idempotencyKey);
        if (hold) {
            held.push_back(std::move(done));
            return;
        }
        const SendOutcome outcome =
            outcomes.isEmpty()
                ? SendOutcome(send_outcome::Sent{u"p-"_s + QString::number(reply.outboxId)})
                : outcomes.takeFirst();
        done(outcome);
    }
    bool postsInOneStep() const override { return oneStep; }
    QList<SendOutcome> outcomes;
    QStringList sent;
    QStringList keys;
    bool oneStep = false;
    bool hold = false; // keep each `done` for the test to call
    std::vector<Done> held;
};

QPointer<TestConnector> lastConnector;
QPointer<TestSender> lastSender;

void registerTestNetwork()
{
    registerNetwork(s("testnet"), [](const ConnectorAccount &, const NetworkContext &) {
        NetworkParts parts;
        auto connector = std::make_unique<TestConnector>();
        auto sender = std::make_unique<TestSender>();
        lastConnector = connector.get();
        lastSender = sender.get();
        parts.connector = std::move(connector);
        parts.sender = std::move(sender);
        return parts;
    });
}

ConnectorAccount testAccount()
{
    ConnectorAccount account;
    account.platform = s("testnet");
    account.feed = s("testnet:@brand");
    account.handle = s("brand");
    return account;
}

class ConnectorHostTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        registerTestNetwork();
        path = folder.path(s("w.earshot"));
        Workspace::openForWriting(path);
        writer = std::make_unique<StoreWriter>(path);
        host = std::make_unique<ConnectorHost>(writer.get(), NetworkContext{});
        host->addAccount(testAccount(), s("c0"));
    }

    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
    QString cursor()
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = 'testnet:@brand'");
        return st.step() ? st.toString(0) : QString();
    }

    TempFolder folder;
    QString path;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST(NetworkRegistry, ANetworkIsFoundByTheKeyItRegisteredUnder)
{
    registerTestNetwork();
    EXPECT_TRUE(registeredNetworks().contains(s("testnet")));
    EXPECT_TRUE(bool(networkFactory(s("testnet"))));
    EXPECT_FALSE(bool(networkFactory(s("no-such-network"))));
}

TEST_F(ConnectorHostTest, AnUnregisteredNetworkIsRefusedInWords)
{
    ConnectorAccount account = testAccount();
    account.platform = s("no-such-network");
    try {
        host->addAccount(account, {});
        FAIL() << "no error";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(s("no-such-network"))) << e.message().toStdString();
    }
}

TEST_F(ConnectorHostTest, StartsEachConnectorFromItsStoredCursorAndWritesWhatItHears)
{
    ASSERT_TRUE(lastConnector);
    EXPECT_EQ(host->connector(s("testnet:@brand")), lastConnector.data());
    host->start();
    EXPECT_EQ(lastConnector->starts, QStringList{s("c0")});

    QSignalSpy written(host.get(), &ConnectorHost::written);
    lastConnector->deliver(s("m1"), s("c1"));
    lastConnector->deliver(s("m2"), s("c2"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return written.count() == 2; }, 5000));
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), 2);
    EXPECT_EQ(cursor(), s("c2"));

    // Stopped, nothing it still says is written.
    host->stop();
    EXPECT_EQ(lastConnector->stops, 1);
    lastConnector->deliver(s("m3"), s("c3"));
    EXPECT_FALSE(written.wait(300));
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), 2);
}

TEST_F(ConnectorHostTest, AFailedBatchIsHeardAgainFromTheLastCursorWritten)
{
    host->start();
    QSignalSpy written(host.get(), &ConnectorHost::written);
    lastConnector->deliver(s("m1"), s("c1"));
    ASSERT_TRUE(written.wait(5000));
    Workspace::openForWriting(path).exec("CREATE TRIGGER refuse BEFORE INSERT ON mentions "
                                         "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    QSignalSpy failed(host.get(), &ConnectorHost::writeFailed);
    lastConnector->deliver(s("m2"), s("c2"));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.first().first().toString().contains(s("disk trouble")));
    EXPECT_EQ(lastConnector->starts, (QStringList{s("c0"), s("c1")}));
    EXPECT_EQ(cursor(), s("c1"));
}

TEST_F(ConnectorHostTest, ALaterBatchWrittenAfterAFailedOneDoesNotSkipIt)
{
    // The workspace refuses m2 only; m3 was heard before m2's failure came back.
    Workspace::openForWriting(path).exec("CREATE TRIGGER refuse_m2 BEFORE INSERT ON mentions "
                                         "WHEN new.platform_id = 'm2' "
                                         "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    host->start();
    QSignalSpy written(host.get(), &ConnectorHost::written);
    QSignalSpy failed(host.get(), &ConnectorHost::writeFailed);
    lastConnector->deliver(s("m1"), s("c1"));
    lastConnector->deliver(s("m2"), s("c2"));
    lastConnector->deliver(s("m3"), s("c3"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return written.count() == 2 && failed.count() == 1; }, 5000));
    // Heard again from before m2: c3, written meanwhile, is not where it goes on from.
    EXPECT_EQ(lastConnector->starts, (QStringList{s("c0"), s("c1")}));
    Workspace::openForWriting(path).exec("DROP TRIGGER refuse_m2");
    host->stop();
    host->start();
    EXPECT_EQ(lastConnector->starts.last(), s("c1"));
}

TEST_F(ConnectorHostTest, HealthIsPassedOnWithTheFeed)
{
    QSignalSpy health(host.get(), &ConnectorHost::healthChanged);
    AccountHealth paused;
    paused.lastError = s("rate limit");
    paused.pausedUntilMs = 1'700'000'060'000;
    lastConnector->report(paused);
    lastConnector->report(paused); // the same again is no change
    ASSERT_EQ(health.count(), 1);
    EXPECT_EQ(health.first().at(0).toString(), s("testnet:@brand"));
    EXPECT_EQ(host->health(s("testnet:@brand")), paused);
}

TEST_F(ConnectorHostTest, QueuedRepliesGoToTheirSenderAndTheOutcomeIsRecorded)
{
    QSignalSpy written(host.get(), &ConnectorHost::written);
    host->start();
    lastConnector->deliver(s("m1"), s("c1"));
    ASSERT_TRUE(written.wait(5000));
    const std::int64_t caseId = count("SELECT id FROM cases");
    {
        Database db = Workspace::openForWriting(path);
        Outbox outbox(db);
        QString problem;
        for (const char *text : {"first", "second", "third"})
            ASSERT_GT(outbox.queue(caseId, s("testnet"), 0, 0, s(text), false, &problem), 0);
    }
    lastSender->outcomes = {send_outcome::Sent{s("p-1")},
                            send_outcome::Failed{s("The post is gone.")},
                            send_outcome::Retry{10ms}};
    QSignalSpy changed(host.get(), &ConnectorHost::casesChanged);
    host->sendSoon();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT count(*) FROM outbox WHERE state = 'sent'") == 2; }, 5000));
    EXPECT_EQ(changed.first().first().value<QList<qint64>>(), QList<qint64>{caseId});
    // The retried one was handed over again, with the same key, and sent then.
    EXPECT_EQ(lastSender->sent, (QStringList{s("first"), s("second"), s("third"), s("third")}));
    EXPECT_EQ(lastSender->keys.at(2), lastSender->keys.at(3));
    EXPECT_NE(lastSender->keys.at(0), lastSender->keys.at(1));
    EXPECT_EQ(count("SELECT attempts FROM outbox WHERE body = 'third'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'failed' "
                    "AND error = 'The post is gone.'"),
              1);
}

namespace {

std::int64_t queueOne(const QString &path, const char *text)
{
    Database db = Workspace::openForWriting(path);
    const std::int64_t caseId = db.queryInt("SELECT id FROM cases");
    QString problem;
    return Outbox(db).queue(caseId, s("testnet"), 0, 0, s(text), false, &problem);
}

} // namespace

// No answer came after the reply went out: it is "uncertain", for a person to look, and is not
// handed to the sender again by itself however often the host looks.
TEST_F(ConnectorHostTest, AnUncertainSendIsRecordedAndNeverRetriedByItself)
{
    QSignalSpy written(host.get(), &ConnectorHost::written);
    host->start();
    lastConnector->deliver(s("m1"), s("c1"));
    ASSERT_TRUE(written.wait(5000));
    queueOne(path, "maybe");
    lastSender->outcomes = {send_outcome::Uncertain{}};
    host->sendSoon();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT count(*) FROM outbox WHERE state = 'uncertain'") == 1; }, 5000));
    host->sendSoon();
    QTest::qWait(200);
    EXPECT_EQ(lastSender->sent, QStringList{s("maybe")});
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'uncertain' AND attempts = 1 "
                    "AND error LIKE '%look among the account''s posts%'"),
              1);
}

// A sender that posts in one step (the Simulation platform) leaves the reply "queued" while it
// is out: the move to "sent" is one transaction, so a process killed in between leaves a reply
// that is simply sent later.
TEST_F(ConnectorHostTest, AOneStepSenderKeepsTheReplyQueuedUntilItIsPosted)
{
    QSignalSpy written(host.get(), &ConnectorHost::written);
    lastSender->oneStep = true;
    lastSender->hold = true;
    host->start();
    lastConnector->deliver(s("m1"), s("c1"));
    ASSERT_TRUE(written.wait(5000));
    queueOne(path, "in one step");
    host->sendSoon();
    ASSERT_TRUE(QTest::qWaitFor([&] { return lastSender->held.size() == 1; }, 5000));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'queued' AND attempts = 0"), 1);
    // Looking again while it is out does not hand it over twice.
    host->sendSoon();
    QTest::qWait(200);
    EXPECT_EQ(lastSender->held.size(), 1u);

    lastSender->held.front()(send_outcome::Sent{s("p-one")});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT count(*) FROM outbox WHERE state = 'sent'") == 1; }, 5000));
    EXPECT_EQ(count("SELECT attempts FROM outbox"), 1);
}

// A reply another process left "sending" long ago (it was killed mid-send) becomes "uncertain"
// when a host starts; the case's views hear of it.
TEST_F(ConnectorHostTest, AtStartAReplyLeftSendingLongAgoBecomesUncertain)
{
    {
        QSignalSpy written(host.get(), &ConnectorHost::written);
        host->start();
        lastConnector->deliver(s("m1"), s("c1"));
        ASSERT_TRUE(written.wait(5000));
        host->stop();
    }
    const std::int64_t id = queueOne(path, "left behind");
    {
        Database db = Workspace::openForWriting(path);
        ASSERT_TRUE(Outbox(db).markSending(id, s("pid-1-gone")));
        db.exec("UPDATE outbox SET claimed_at = claimed_at - 600000");
    }
    auto next = std::make_unique<ConnectorHost>(writer.get(), NetworkContext{});
    next->addAccount(testAccount(), s("c1"));
    QSignalSpy changed(next.get(), &ConnectorHost::casesChanged);
    next->start();
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'uncertain'"), 1);
    EXPECT_TRUE(lastSender->sent.isEmpty());
}
