// SPDX-License-Identifier: Apache-2.0
#include "SimulationAccess.h"
#include "TestSupport.h"

#include "platforms/simulation/DemoWorkspace.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

std::int64_t count(const QString &path, const char *sql)
{
    Database db = Workspace::openForReading(path);
    return db.queryInt(sql);
}

QString demo(const TempFolder &folder)
{
    const QString path = folder.path(QStringLiteral("demo.earshot"));
    DemoWorkspace::create(path, dataFile(QStringLiteral("small.scenario.json")),
                          QDateTime::currentMSecsSinceEpoch());
    return path;
}

} // namespace

TEST(SimulationFeed, LiveMentionsArriveThroughTheWriterThread)
{
    TempFolder folder;
    const QString path = demo(folder);
    WorkspaceSession session(path);
    ASSERT_TRUE(session.isDemo());
    ASSERT_NE(simulationFeed(session), nullptr);
    simulationFeed(session)->setInterval(10ms, 20ms);
    QSignalSpy changed(&session, &WorkspaceSession::casesChanged);
    session.startFeeds();
    // Two live mentions, then the list starts over with fresh ids: five arrivals is round two.
    // Counted in the workspace: the session's first tick also tells of cases whose wait moved.
    const auto live = [&] {
        return count(path,
                     "SELECT count(*) FROM mentions WHERE platform_id LIKE '17900000000000001__%'");
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return live() >= 5; }, 10000));
    EXPECT_FALSE(changed.isEmpty());
    simulationFeed(session)->stop();
    EXPECT_GE(live(), 5);
    EXPECT_EQ(
        count(path, "SELECT count(*) FROM mentions WHERE platform_id = '1790000000000000100-r1'"),
        1);
    // The reply of each round joins its own round's case.
    EXPECT_EQ(count(path, "SELECT count(DISTINCT case_id) FROM mentions WHERE platform_id IN "
                          "('1790000000000000100', '1790000000000000101')"),
              1);
    // The case the mention joined comes first; other open cases of its person may follow when
    // the mention gave the person a badge (their priority moved with it).
    const QList<qint64> ids = changed.first().first().value<QList<qint64>>();
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_GT(ids.first(), 1000);
}

TEST(SimulationFeed, RestartGoesOnWhereItStopped)
{
    TempFolder folder;
    const QString path = demo(folder);
    // Arrivals are counted in the workspace: the session's first tick also tells of cases whose
    // wait moved, before any mention has come.
    const auto mentions = [&] { return count(path, "SELECT count(*) FROM mentions"); };
    const std::int64_t demoMentions = mentions();
    {
        WorkspaceSession session(path);
        simulationFeed(session)->setInterval(5ms, 5ms);
        session.startFeeds();
        ASSERT_TRUE(QTest::qWaitFor([&] { return mentions() > demoMentions; }, 5000));
        simulationFeed(session)->stop();
    } // closing writes whatever was queued
    const std::int64_t before = count(path, "SELECT count(*) FROM mentions");
    Database db = Workspace::openForReading(path);
    Statement cursor(db, "SELECT cursor FROM feed_cursors WHERE feed = 'simulation:live'");
    ASSERT_TRUE(cursor.step());
    const QString saved = cursor.toString(0);
    EXPECT_NE(saved, SimulationFeed::startCursor());

    WorkspaceSession again(path);
    simulationFeed(again)->setInterval(5ms, 5ms);
    again.startFeeds();
    // The next mention is a new one, not a repeat of what was already delivered.
    EXPECT_TRUE(QTest::qWaitFor([&] { return mentions() > before; }, 5000));
    simulationFeed(again)->stop();
}

TEST(SimulationFeed, AMentionThatCouldNotBeSavedComesAgain)
{
    TempFolder folder;
    const QString path = demo(folder);
    // The workspace refuses the first live mention for now, as a full disk would.
    Database other = Workspace::openForWriting(path);
    other.exec("CREATE TRIGGER refuse_first_live BEFORE INSERT ON mentions "
               "WHEN new.platform_id = '1790000000000000100' "
               "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");

    WorkspaceSession session(path);
    QSignalSpy failed(&session, &WorkspaceSession::writeFailed);
    simulationFeed(session)->setInterval(20ms, 20ms);
    session.startFeeds();
    ASSERT_TRUE(failed.wait(5000));
    simulationFeed(session)->stop();
    other.exec("DROP TRIGGER refuse_first_live");

    session.startFeeds();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return count(path, "SELECT count(*) FROM mentions "
                               "WHERE platform_id = '1790000000000000100'")
                   == 1;
        },
        5000));
    simulationFeed(session)->stop();
}
