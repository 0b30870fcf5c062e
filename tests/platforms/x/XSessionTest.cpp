// SPDX-License-Identifier: Apache-2.0
// X through the real ConnectorHost into a real workspace: the cursor is stored with the mentions,
// a restart goes on from it with no gap and no duplicate, and the token is never written down.
#include "XFixture.h"

#include "connectors/ConnectorHost.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured << message;
}

class XSessionTest : public XTest {
protected:
    void SetUp() override
    {
        path = folder.path(u"w.earshot"_s);
        Workspace::openForWriting(path);
        writer = std::make_unique<StoreWriter>(path, clock);
        registerNetwork(u"x"_s, makeXNetwork);
    }
    void TearDown() override
    {
        host.reset();
        writer.reset();
        XTest::TearDown();
    }

    void startHost(const QString &cursor)
    {
        NetworkContext c = context();
        c.writer = writer.get();
        host = std::make_unique<ConnectorHost>(writer.get(), c);
        host->addAccount(account(), cursor);
        host->start();
    }

    QString storedCursor()
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = 'x:@acme'");
        return st.step() ? st.toString(0) : QString();
    }
    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }

    TempFolder folder;
    QString path;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(XSessionTest, TheCursorIsStoredWithTheMentionsAndARestartGoesOnFromIt)
{
    serveMe();
    serveMentions([](const httplib::Request &req, httplib::Response &res) {
        const std::string since = req.get_param_value("since_id");
        if (since == "1800000000000000300") {
            res.set_content(fixture("mentions_later.json"), "application/json");
        } else if (since == "1800000000000000400") {
            res.set_content(fixture("mentions_empty.json"), "application/json");
        } else {
            res.set_content(fixture(req.has_param("pagination_token") ? "mentions_page2.json"
                                                                      : "mentions_page1.json"),
                            "application/json");
        }
    });
    server.start();
    captured.clear();
    QLoggingCategory::setFilterRules(u"earshot.*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    startHost(QString());
    QSignalSpy written(host.get(), &ConnectorHost::written);
    ASSERT_TRUE(written.wait(20000));
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), 3);
    EXPECT_EQ(storedCursor(), u"1800000000000000300"_s);

    // A restart: from the stored cursor, only what is new.
    host.reset();
    startHost(storedCursor());
    QSignalSpy writtenAgain(host.get(), &ConnectorHost::written);
    ASSERT_TRUE(writtenAgain.wait(20000));
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), 4);
    EXPECT_EQ(count("SELECT count(DISTINCT platform_id) FROM mentions"), 4);
    EXPECT_EQ(storedCursor(), u"1800000000000000400"_s);
    const auto asked = mentionRequestsSoFar();
    ASSERT_GE(asked.size(), 3u);
    EXPECT_EQ(asked.back().find("since_id")->second, "1800000000000000300");

    // Its schedule comes round: from the newest, nothing new.
    clock->advanceBy(61s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return mentionRequestsSoFar().size() == asked.size() + 1; }, 20000));
    EXPECT_EQ(mentionRequestsSoFar().back().find("since_id")->second, "1800000000000000400");
    host.reset();
    writer.reset();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // The token is in no file of the workspace and in no log line.
    const QByteArray secret(token);
    const QStringList files{path, path + u"-wal"_s, path + u"-journal"_s};
    for (const QString &file : files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(f.readAll().contains(secret)) << file.toStdString();
        }
    }
    QMutexLocker lock(&capturedMutex);
    const QString log = captured.join(u'\n');
    EXPECT_TRUE(log.contains(u"x:@acme"_s)) << "the log said nothing of the account";
    EXPECT_FALSE(log.contains(QString::fromUtf8(token)));
}
