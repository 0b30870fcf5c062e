// SPDX-License-Identifier: Apache-2.0
// A workspace started on a new path is a place to begin, not a dead end: the window says what to
// do next, File opens, creates and imports, and an import from the window fills the workspace
// while the window keeps answering.
#include "TestSupport.h"

#include "MainWindow.h"
#include "WorkspaceFiles.h"
#include "models/CaseListModel.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "store/Workspace.h"

#include <QAction>
#include <QFrame>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace earshot;
using namespace earshot::test;

namespace {

class EmptyWorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("new.earshot"));
        settings = std::make_unique<AppSettings>(folder.path(QStringLiteral("settings.ini")));
        session = std::make_unique<WorkspaceSession>(path);
        window = std::make_unique<MainWindow>(*session, *settings);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    template <typename T> T *child(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    std::int64_t mentionCount()
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT count(*) FROM mentions");
        return s.step() ? s.toInt(0) : -1;
    }

    TempFolder folder;
    QString path;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(EmptyWorkspaceTest, ANewWorkspaceSaysWhatToDoNextAndFileOffersIt)
{
    auto *hint = child<QFrame>("emptyWorkspaceHint");
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    for (const char *button : {"connectAccountButton", "importMentionsButton", "openDemoButton"}) {
        auto *found = child<QPushButton>(button);
        ASSERT_NE(found, nullptr) << button;
        EXPECT_TRUE(found->isVisible()) << button;
    }

    QMenu *file = window->menuBar()->actions().value(0)->menu();
    ASSERT_NE(file, nullptr);
    QStringList names;
    for (const QAction *action : file->actions())
        names << action->objectName();
    for (const char *action :
         {"openWorkspaceAction", "newWorkspaceAction", "importMentionsAction", "openDemoAction"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(action))) << action;

    QStringList opened;
    window->workspaceFiles()->setOpener([&opened](const QString &p) { opened << p; });
    QTest::mouseClick(child<QPushButton>("openDemoButton"), Qt::LeftButton);
    EXPECT_EQ(opened, QStringList{QString()}); // an empty path: the demo workspace
}

TEST_F(EmptyWorkspaceTest, ImportingMentionsFromTheWindowFillsTheWorkspace)
{
    WorkspaceFiles *files = window->workspaceFiles();
    QSignalSpy finished(files, &WorkspaceFiles::importFinished);
    files->importFrom(dataFile(QStringLiteral("sample-mentions.jsonl")));
    EXPECT_TRUE(files->isImporting());
    ASSERT_TRUE(finished.wait(20000));
    const QString summary = finished.at(0).at(0).toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("new mentions"))) << summary.toStdString();
    EXPECT_GT(mentionCount(), 0);
    EXPECT_FALSE(child<QFrame>("emptyWorkspaceHint")->isVisible());

    window->selectQueue(Queue::All);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->caseListModel()->rowCount() > 0; }, 5000));
}

TEST_F(EmptyWorkspaceTest, AFileThatCannotBeReadSaysSoAndLeavesTheHint)
{
    QSignalSpy finished(window->workspaceFiles(), &WorkspaceFiles::importFinished);
    window->workspaceFiles()->importFrom(folder.path(QStringLiteral("missing.jsonl")));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toString().contains(QStringLiteral("cannot be read")));
    EXPECT_TRUE(child<QFrame>("emptyWorkspaceHint")->isVisible());
}
