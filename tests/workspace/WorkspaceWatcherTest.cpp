// SPDX-License-Identifier: Apache-2.0
// A window sees what others write to its workspace: another connection of its own process, and
// the command line in another process.
#include "ProcessSupport.h"
#include "TestSupport.h"

#include "store/Workspace.h"
#include "workspace/WorkspaceWatcher.h"

#include <QSignalSpy>

#include <algorithm>
#include <memory>

using namespace earshot;
using namespace earshot::test;

namespace {

std::int64_t someCaseId(Database &db)
{
    return db.queryInt("SELECT min(id) FROM cases");
}

// Imports `count` new mentions with ids starting with `prefix` through the real command line.
void importWithCli(const QString &workspace, const QString &prefix, int count)
{
    const ProcessResult result =
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("import"), QStringLiteral("-")},
               mentionLines(prefix, count));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
}

// A workspace the command line filled with `count` mentions, and a window's watcher on it.
struct WatchedWorkspace {
    explicit WatchedWorkspace(int count)
        : path(folder.path(QStringLiteral("w.earshot")))
    {
        {
            // Each imported post its own case: the watcher is told of many cases, several a
            // person's.
            Database setup = Workspace::openForWriting(path);
            setup.exec(
                "INSERT INTO settings (key, value) VALUES ('cases.join_window_minutes', '0')");
        }
        importWithCli(path, QStringLiteral("m-"), count);
        reader = Workspace::openForReading(path);
        watcher = std::make_unique<WorkspaceWatcher>(reader);
        changed = std::make_unique<QSignalSpy>(watcher.get(), &WorkspaceWatcher::casesChanged);
        everything =
            std::make_unique<QSignalSpy>(watcher.get(), &WorkspaceWatcher::everythingChanged);
        watcher->start();
    }

    TempFolder folder;
    QString path;
    Database reader;
    std::unique_ptr<WorkspaceWatcher> watcher;
    std::unique_ptr<QSignalSpy> changed;
    std::unique_ptr<QSignalSpy> everything;
};

} // namespace

TEST(WorkspaceWatcher, TellsWhichCasesAnotherConnectionChanged)
{
    WatchedWorkspace w(20);
    const QString &path = w.path;
    WorkspaceWatcher &watcher = *w.watcher;
    QSignalSpy &changed = *w.changed;
    QSignalSpy &everything = *w.everything;

    // Nothing written: a look says nothing.
    watcher.look();
    EXPECT_EQ(changed.count(), 0);

    Database writer = Workspace::openForWriting(path);
    const std::int64_t caseId = someCaseId(writer);
    {
        Transaction transaction(writer);
        Statement resolve(writer, "UPDATE cases SET status = 'resolved' WHERE id = ?1");
        resolve.bind(1, caseId).run();
        transaction.commit();
    }
    ASSERT_TRUE(changed.wait(2000)); // the watcher's own timer, well within a second or two
    EXPECT_EQ(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{caseId});
    EXPECT_EQ(everything.count(), 0);
}

TEST(WorkspaceWatcher, SeesTheCommandLineOfAnotherProcess)
{
    WatchedWorkspace w(5);
    const QString &path = w.path;
    Database &reader = w.reader;
    WorkspaceWatcher &watcher = *w.watcher;
    QSignalSpy &changed = *w.changed;
    QSignalSpy &everything = *w.everything;

    importWithCli(path, QStringLiteral("n-"), 3);
    watcher.look();
    ASSERT_EQ(changed.count(), 1);
    const auto ids = changed.takeFirst().at(0).value<QList<qint64>>();
    EXPECT_EQ(ids.size(), reader.queryInt("SELECT count(*) FROM cases WHERE id IN (SELECT case_id "
                                          "FROM mentions WHERE platform_id LIKE 'n-%')"));

    // A bulk import: more than a window should refresh one by one.
    importWithCli(path, QStringLiteral("bulk-"), 3 * WorkspaceWatcher::maxCasesPerLook);
    watcher.look();
    EXPECT_EQ(everything.count(), 1);
}

// A colleague's badge or note on a person shows on every case of that person.
TEST(WorkspaceWatcher, TellsTheCasesOfAPersonAColleagueChanged)
{
    WatchedWorkspace w(14);
    const QString &path = w.path;
    WorkspaceWatcher &watcher = *w.watcher;
    QSignalSpy &changed = *w.changed;

    Database writer = Workspace::openForWriting(path);
    const std::int64_t personId = writer.queryInt("SELECT min(person_id) FROM cases");
    Statement casesOf(writer, "SELECT id FROM cases WHERE person_id = ?1 ORDER BY id");
    casesOf.bind(1, personId);
    QList<qint64> expected;
    while (casesOf.step())
        expected.append(casesOf.toInt(0));
    ASSERT_GE(expected.size(), 2);
    for (const char *sql :
         {"INSERT INTO person_badges (person_id, badge, set_by, set_at) VALUES (?1, 'vip', "
          "'a-priya', 0)",
          "UPDATE people SET note = 'Prefers private messages' WHERE id = ?1",
          "DELETE FROM person_badges WHERE person_id = ?1 AND badge = 'vip'"}) {
        Transaction transaction(writer);
        Statement change(writer, sql);
        change.bind(1, personId).run();
        transaction.commit();
        watcher.look();
        ASSERT_EQ(changed.count(), 1) << sql;
        QList<qint64> ids = changed.takeFirst().at(0).value<QList<qint64>>();
        std::sort(ids.begin(), ids.end());
        EXPECT_EQ(ids, expected) << sql;
    }
}
