// SPDX-License-Identifier: Apache-2.0
// The Bluesky network as a workspace runs it: registered by its key, made by its factory, driven by
// a real ConnectorHost and StoreWriter on a SQLite workspace file, against the fixture PDS. What
// ends up in the file: the mentions with their cursor, a restart that goes on without gap or
// double, a reply sent from the outbox, and never the app password or a token.
#include "BlueskyTestFixture.h"

#include "Error.h"
#include "connectors/ConnectorHost.h"
#include "connectors/NetworkRegistry.h"
#include "platforms/bluesky/BlueskyNetwork.h"
#include "replies/Outbox.h"
#include "session/Networks.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using json = nlohmann::json;

namespace {

QMutex logMutex;
QStringList logLines;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

// Every message of every level of earshot.*, while it lives.
class LogCapture final {
public:
    LogCapture()
    {
        logLines.clear();
        QLoggingCategory::setFilterRules(s("earshot.*.debug=true"));
        m_previous = qInstallMessageHandler(captureLog);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const
    {
        QMutexLocker lock(&logMutex);
        return logLines.join(u'\n');
    }

private:
    QtMessageHandler m_previous = nullptr;
};

class BlueskyHostTest : public BlueskyTest {
protected:
    void SetUp() override
    {
        registerBuiltInNetworks();
        path = folder.path(s("w.earshot"));
        Workspace::openForWriting(path);
        writer = std::make_unique<StoreWriter>(path);
        server.start();
    }

    void TearDown() override
    {
        host.reset();
        writer.reset();
        BlueskyTest::TearDown();
    }

    ConnectorAccount account() const
    {
        ConnectorAccount a;
        a.accountId = 0;
        a.platform = s("bluesky");
        a.feed = s("bluesky:@brand.example.com");
        a.handle = s("brand.example.com");
        a.baseUrl = server.url(QString()).toString();
        a.secret = s(FixturePds::password);
        return a;
    }

    // A host as a session makes it, with the cursor the workspace holds for the feed.
    void openHost()
    {
        NetworkContext context;
        context.net = &net();
        context.clock = clock;
        context.seed = 42;
        host = std::make_unique<ConnectorHost>(writer.get(), context);
        host->addAccount(account(), cursor());
    }

    QString cursor()
    {
        Database db = Workspace::openForReading(path);
        Statement st(db,
                     "SELECT cursor FROM feed_cursors WHERE feed = 'bluesky:@brand.example.com'");
        return st.step() ? st.toString(0) : QString();
    }
    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }

    TempFolder folder;
    QString path;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

json newMention(const char *rkey, const char *indexedAt, const char *text)
{
    json n = readJsonFile("notifications.json")["notifications"][4];
    n["uri"] = std::string("at://did:plc:erinexample000000000001/app.bsky.feed.post/") + rkey;
    n["author"] = {{"did", "did:plc:erinexample000000000001"}, {"handle", "erin.example.com"}};
    n["indexedAt"] = indexedAt;
    n["record"]["createdAt"] = indexedAt;
    n["record"]["text"] = text;
    n["record"].erase("facets");
    return n;
}

} // namespace

TEST(BlueskyNetwork, IsRegisteredAndNeedsTheNetwork)
{
    registerBuiltInNetworks();
    const NetworkFactory factory = networkFactory(s("bluesky"));
    ASSERT_TRUE(bool(factory));
    ConnectorAccount a;
    a.platform = s("bluesky");
    a.handle = s("brand.example.com");
    a.baseUrl = s("https://bsky.social");
    try {
        factory(a, NetworkContext{});
        FAIL() << "made without a NetworkLoop";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(s("needs the network"))) << e.message().toStdString();
    }
}

TEST_F(BlueskyHostTest, ARestartGoesOnFromTheStoredCursorWithoutGapOrDouble)
{
    LogCapture log;
    openHost();
    QSignalSpy written(host.get(), &ConnectorHost::written);
    host->start();
    ASSERT_TRUE(written.wait(20000)) << host->health(account().feed).lastError.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform = 'bluesky'"), 3);
    const QString first = cursor();
    const auto stored = bluesky::FeedCursor::parse(first);
    ASSERT_TRUE(stored) << first.toStdString();
    EXPECT_TRUE(stored->uris.contains(
        s("at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannareply2")));

    // Closed; meanwhile two more mentions came.
    host.reset();
    pds.prepend(newMention("3lcerinnew001", "2026-12-07T13:30:00.000Z", "Where is parcel 77?"));
    pds.prepend(newMention("3lcerinnew002", "2026-12-07T13:30:00.000Z", "Same millisecond, too"));
    {
        std::lock_guard lock(pds.mutex);
        pds.listCursors.clear();
    }

    openHost();
    QSignalSpy again(host.get(), &ConnectorHost::written);
    host->start();
    ASSERT_TRUE(again.wait(20000)) << host->health(account().feed).lastError.toStdString();
    const IngestResult result = again.first().first().value<IngestResult>();
    EXPECT_EQ(result.inserted, 2);
    EXPECT_EQ(result.duplicates, 0) << "a mention heard before was delivered again";
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform = 'bluesky'"), 5);
    {
        std::lock_guard lock(pds.mutex);
        // 50 a page: the new ones and the cursor's on the first, so no second page is read.
        EXPECT_EQ(pds.listCursors, std::vector<std::string>{""})
            << "it read further back than the cursor";
    }
    const auto moved = bluesky::FeedCursor::parse(cursor());
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->uris.size(), 2u) << "both posts of the same millisecond are in the cursor";

    // The next scheduled cycle gets a malformed answer: nothing written, the cursor stays.
    const QString before = cursor();
    pds.answerListWith([](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"notifications": [{"uri": )", "application/json");
    });
    QSignalSpy health(host.get(), &ConnectorHost::healthChanged);
    clock->advanceBy(60s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !host->health(account().feed).lastError.isEmpty(); }, 20000));
    EXPECT_TRUE(host->health(account().feed).lastError.contains(s("could not be read")));
    EXPECT_EQ(cursor(), before);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform = 'bluesky'"), 5);

    // A reply an agent queued goes out through the Bluesky sender.
    const std::int64_t caseId =
        count("SELECT case_id FROM mentions WHERE platform_id = "
              "'at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannareply2'");
    {
        Database db = Workspace::openForWriting(path);
        Outbox outbox(db);
        QString problem;
        ASSERT_GT(outbox.queue(caseId, s("bluesky"), 0, 0, s("Wir sehen nach, @anna.example.com!"),
                               false, &problem),
                  0)
            << problem.toStdString();
    }
    QSignalSpy changed(host.get(), &ConnectorHost::casesChanged);
    host->sendSoon();
    clock->advanceBy(1ms); // the host hands replies over on its (manual) clock
    ASSERT_TRUE(changed.count() > 0 || changed.wait(20000));
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, "SELECT state, platform_post_id FROM outbox");
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.toString(0), s("sent"));
        EXPECT_TRUE(st.toString(1).startsWith(s("at://did:plc:brandexample000000000001/"
                                                "app.bsky.feed.post/")))
            << st.toString(1).toStdString();
    }
    {
        std::lock_guard lock(pds.mutex);
        ASSERT_EQ(pds.records.size(), 1u);
        const json record = pds.records.begin()->second["record"];
        EXPECT_EQ(record["reply"]["parent"]["uri"],
                  "at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannareply2");
    }

    // Neither the app password nor a token is in the workspace or the log. The file is read only
    // after every connection to it is closed (closing a descriptor would drop SQLite's locks).
    host.reset();
    writer.reset();
    QByteArray bytes;
    for (const QString &name : QStringList{path, path + s("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.contains("3lcannareply2")) << "the check reads the right file";
    const QString logged = log.text();
    EXPECT_TRUE(logged.contains(s("Bluesky account"))) << "the check reads the right log";
    for (const std::string &secret :
         {std::string(FixturePds::password), FixturePds::accessOne(), FixturePds::refreshOne()}) {
        EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(secret))) << secret;
        EXPECT_FALSE(logged.contains(QString::fromStdString(secret))) << secret;
        // Not even the distinctive middle of a token.
        const std::string middle = secret.substr(secret.size() / 3, 12);
        EXPECT_FALSE(logged.contains(QString::fromStdString(middle))) << middle;
    }
}
