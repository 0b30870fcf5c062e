// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "platforms/simulation/DemoWorkspace.h"
#include "platforms/simulation/ScenarioReader.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QFile>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr std::int64_t start = 1'800'000'000'000;

} // namespace

TEST(DemoWorkspace, BuildsCasesWithHistoryStatusesAndAssignments)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.earshot"));
    DemoWorkspace::create(path, dataFile(QStringLiteral("small.scenario.json")), start);
    Database db = Workspace::openForReading(path);
    EXPECT_EQ(WorkspaceSettings::value(db, WorkspaceSettings::kind), QStringLiteral("demo"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions"), 7);
    // Anna writes on X and Mastodon: one person, two handles.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM people"), 3);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM handles h JOIN people p ON p.id = h.person_id "
                          "WHERE p.display_name = 'Anna Kowalski'"),
              2);
    // Her resolved case from two months ago, a new X thread, and her DM joining that open case.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases WHERE status = 'resolved'"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases"), 4);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases c JOIN agents a ON a.id = c.assignee_id "
                          "WHERE a.key = 'a-mira' AND c.status = 'open'"),
              1);
    // Scenario times are relative to the start.
    EXPECT_EQ(db.queryInt("SELECT max(created_at) FROM mentions"), start - 600 * 1000);
    // The scenario's own changes are events like any other.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE actor = 'scenario'"), 3);
}

TEST(DemoWorkspace, BrokenScenarioLeavesNoWorkspaceBehind)
{
    TempFolder folder;
    const QString scenario = folder.path(QStringLiteral("broken.scenario.json"));
    {
        QFile file(scenario);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"earshot-scenario\", \"version\": 1,\n \"title\": 7}");
    }
    const QString path = folder.path(QStringLiteral("demo.earshot"));
    try {
        DemoWorkspace::create(path, scenario, start);
        FAIL() << "a broken scenario was accepted";
    } catch (const ScenarioError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("broken.scenario.json:2: title:")))
            << e.message().toStdString();
    }
    EXPECT_EQ(QDir(folder.path({})).entryList(QDir::Files),
              QStringList{QStringLiteral("broken.scenario.json")});
}

TEST(DemoWorkspace, ExistingFileIsNeverOverwritten)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.earshot"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    EXPECT_THROW(
        DemoWorkspace::create(path, dataFile(QStringLiteral("small.scenario.json")), start),
        StoreError);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("mine"));
}

TEST(DemoWorkspace, BundledScenarioBuildsALiveInbox)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.earshot"));
    DemoWorkspace::create(path, DemoWorkspace::bundledScenario(), start);
    Database db = Workspace::openForReading(path);
    EXPECT_GE(db.queryInt("SELECT count(*) FROM mentions"), 250);
    EXPECT_GE(db.queryInt("SELECT count(DISTINCT person_id) FROM cases"), 40);
    EXPECT_GE(db.queryInt("SELECT count(*) FROM cases WHERE status = 'new'"), 20);
    EXPECT_GE(db.queryInt("SELECT count(*) FROM cases WHERE status IN ('resolved','closed')"), 5);
    // Some people come back: an earlier case and a current one.
    EXPECT_GE(db.queryInt("SELECT count(*) FROM (SELECT person_id FROM cases GROUP BY person_id "
                          "HAVING sum(status IN ('resolved','closed')) > 0 "
                          "AND sum(status NOT IN ('resolved','closed')) > 0)"),
              5);
}

// The person chose `path`: a refusal names it and says why, never the temporary file beside it.
TEST(DemoWorkspace, AFolderOrAMissingFolderIsRefusedByItsRealName)
{
    TempFolder folder;
    const QString scenario = dataFile(QStringLiteral("small.scenario.json"));
    const QString aFolder = folder.path(QStringLiteral("demo.earshot"));
    ASSERT_TRUE(QDir().mkpath(aFolder));
    try {
        DemoWorkspace::create(aFolder, scenario, start);
        FAIL() << "a folder was taken for a workspace";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("Cannot create workspace %1: it is a folder.").arg(aFolder));
    }
    const QString inMissing = folder.path(QStringLiteral("no/such/demo.earshot"));
    try {
        DemoWorkspace::create(inMissing, scenario, start);
        FAIL() << "a workspace in a missing folder was accepted";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().startsWith(
            QStringLiteral("Cannot create workspace %1: the folder ").arg(inMissing)))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().endsWith(QStringLiteral("/no/such does not exist.")))
            << e.message().toStdString();
        EXPECT_FALSE(e.message().contains(QStringLiteral(".part"))) << e.message().toStdString();
    }
    EXPECT_EQ(QDir(folder.path({})).entryList(QDir::Files), QStringList());
}
