// SPDX-License-Identifier: Apache-2.0
// Mastodon accounts driven through a real ConnectorHost and StoreWriter into a real workspace
// file: one post heard by two brand accounts on two instances is stored once, the cursor is
// stored with the mentions so a restart goes on without gap or double, and the token reaches
// neither the file nor the log.
#include "MastodonTestBase.h"

#include "connectors/ConnectorHost.h"
#include "session/Networks.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

// Every message of every level while it lives, Earshot's debug included.
class LogCapture final {
public:
    LogCapture()
    {
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("earshot.*.debug=true"));
        m_previous = qInstallMessageHandler(capture);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const
    {
        QMutexLocker lock(&capturedMutex);
        return captured.join(u'\n');
    }

private:
    QtMessageHandler m_previous = nullptr;
};

const char *feedA = "mastodon:@brand@a.example";
const char *feedB = "mastodon:@brand@b.example";

class MastodonWorkspaceTest : public MastodonTest {
protected:
    void SetUp() override
    {
        // The built-in line first (Networks.cpp), then the same factory with a test's options.
        registerBuiltInNetworks();
        ASSERT_TRUE(bool(networkFactory(s("mastodon"))));
        registerNetwork(s("mastodon"),
                        [](const ConnectorAccount &account, const NetworkContext &c) {
                            return makeMastodonNetworkWith(account, c, testOptions());
                        });
        // Instance B heard anna's post too, under its own ids.
        nlohmann::json annas = a.notifications[3];
        annas["id"] = "5001";
        annas["status"]["id"] = "88001";
        b.notifications = nlohmann::json::array({annas});
        a.start();
        b.start();
        path = folder.path(s("w.earshot"));
        Workspace::openForWriting(path);
    }

    void TearDown() override
    {
        host.reset();
        writer.reset();
        MastodonTest::TearDown();
    }

    void open()
    {
        writer = std::make_unique<StoreWriter>(path);
        host = std::make_unique<ConnectorHost>(writer.get(), context());
        host->addAccount(mastodonAccount(a, feedA), cursor(feedA));
        host->addAccount(mastodonAccount(b, feedB), cursor(feedB));
    }
    void close()
    {
        host.reset();
        writer.reset();
    }

    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
    QString cursor(const char *feed)
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
        st.bind(1, QString::fromUtf8(feed));
        return st.step() ? st.toString(0) : QString();
    }

    TempFolder folder;
    QString path;
    FixtureInstance a{"a.example"};
    FixtureInstance b{"b.example"};
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(MastodonWorkspaceTest, TwoInstancesOnePostOneMentionAndARestartResumesWithoutGapOrDouble)
{
    LogCapture log;
    open();
    QSignalSpy written(host.get(), &ConnectorHost::written);
    host->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return cursor(feedA) == s("110") && cursor(feedB) == s("5001"); }, 20000))
        << "cursors " << cursor(feedA).toStdString() << " " << cursor(feedB).toStdString();

    // A's four mentions; B's one is anna's post, the same uri: stored once.
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform = 'mastodon' AND platform_id = "
                    "'https://customers.example/users/anna/statuses/3003'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE visibility = 'private'"), 1);
    close();

    // Meanwhile on A: one more mention. A new host on the same file goes on from the cursor.
    nlohmann::json next = a.notifications[0];
    next["id"] = "111";
    next["status"]["id"] = "9011";
    next["status"]["uri"] = "https://customers.example/users/dana/statuses/5010";
    next["status"]["visibility"] = "public";
    a.addNotification(next);
    open();
    QSignalSpy again(host.get(), &ConnectorHost::written);
    host->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cursor(feedA) == s("111"); }, 20000));
    host->stop();
    const auto aPages = a.requests("/api/v1/notifications");
    EXPECT_EQ(aPages.back().param("since_id"), "110");
    EXPECT_EQ(b.requests("/api/v1/notifications").back().param("since_id"), "5001");
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), 5);
    EXPECT_EQ(count("SELECT count(DISTINCT platform_id) FROM mentions"), 5);
    ASSERT_FALSE(again.isEmpty());
    const auto result = again.last().first().value<IngestResult>();
    EXPECT_EQ(result.duplicates, 0) << "nothing heard twice";
    close();

    // The token is in neither the workspace (nor its log of writes) nor the log.
    for (const QString &file : QStringList{path, path + s("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        EXPECT_FALSE(f.readAll().contains(testToken())) << file.toStdString();
    }
    const QString text = log.text();
    EXPECT_TRUE(text.contains(s("Mastodon"))) << "the connector logged nothing to look at";
    EXPECT_FALSE(text.contains(s(testToken()))) << text.toStdString();
    EXPECT_FALSE(text.contains(s("Bearer"))) << text.toStdString();
    EXPECT_FALSE(text.contains(s("lose my cart"))) << "a post's words at info";
}

TEST_F(MastodonWorkspaceTest, ARepliedMentionIsPostedOnceWithItsKeyAndTheTokenStaysOutOfTheLog)
{
    LogCapture log;
    open();
    host->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cursor(feedA) == s("110"); }, 20000));
    auto *sender = host->sender(s(feedA));
    ASSERT_NE(sender, nullptr);
    OutgoingReply reply;
    reply.outboxId = 1;
    reply.platform = s("mastodon");
    reply.inReplyTo = s("https://customers.example/users/carl/statuses/4004");
    reply.body = s("@carl@customers.example We are on it.");
    reply.idempotencyKey = s("outbox-1-key");
    std::optional<SendOutcome> outcome;
    sender->send(reply, [&](const SendOutcome &o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(*outcome));
    EXPECT_EQ(a.posted().size(), 1u);
    EXPECT_EQ(a.requests("/api/v1/statuses").at(0).idempotencyKey, "outbox-1-key");
    host->stop();
    const QString text = log.text();
    EXPECT_FALSE(text.contains(s(testToken()))) << text.toStdString();
    EXPECT_FALSE(text.contains(s("on it."))) << "a reply's words in the log";
}
