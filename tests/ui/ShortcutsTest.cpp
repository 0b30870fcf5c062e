// SPDX-License-Identifier: Apache-2.0
// Keyboard shortcuts as a person meets them: the defaults, their own keys, the settings dialog
// and the `?` overview, under the offscreen platform.
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/ShortcutOverview.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/CaseListModel.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "shortcuts/ShortcutRegistry.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace earshot;
using namespace earshot::test;

namespace {

class ShortcutsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("demo.earshot"));
        DemoWorkspace::create(path, dataFile(QStringLiteral("small.scenario.json")),
                              QDateTime::currentMSecsSinceEpoch());
        settingsPath = folder.path(QStringLiteral("settings.ini"));
        session = std::make_unique<WorkspaceSession>(path);
        openWindow();
    }

    // A fresh window over a fresh reading of the settings file, as after a restart.
    void openWindow()
    {
        window.reset();
        settings = std::make_unique<AppSettings>(settingsPath);
        window = std::make_unique<MainWindow>(*session, *settings);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->selectQueue(Queue::All);
        ASSERT_EQ(cases()->model()->rowCount(), 4);
        cases()->setFocus();
        cases()->setCurrentIndex(cases()->model()->index(0, 0));
    }

    void restart()
    {
        window->close();
        openWindow();
    }

    QTreeView *cases() const { return window->findChild<QTreeView *>(QStringLiteral("caseView")); }
    int row() const { return cases()->currentIndex().row(); }
    ShortcutRegistry &shortcuts() const { return *window->shortcuts(); }

    TempFolder folder;
    QString path;
    QString settingsPath;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MainWindow> window;
};

// Command title → the keys the list shows for it.
QHash<QString, QString> rowsOf(const QTreeWidget *list, int titleColumn, int keyColumn)
{
    QHash<QString, QString> rows;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(list)); *it; ++it) {
        if ((*it)->childCount() == 0)
            rows.insert((*it)->text(titleColumn), (*it)->text(keyColumn));
    }
    return rows;
}

} // namespace

TEST_F(ShortcutsTest, EveryCommandHasAStableIdAnActionAndADefaultKeyOfItsOwn)
{
    QSet<QString> ids;
    QSet<ShortcutCommand::Group> groups;
    for (const ShortcutCommand &command : shortcuts().commands()) {
        EXPECT_FALSE(ids.contains(command.id)) << command.id.toStdString();
        ids.insert(command.id);
        groups.insert(command.group);
        ASSERT_NE(shortcuts().action(command.id), nullptr) << command.id.toStdString();
        EXPECT_FALSE(command.defaultKeys.isEmpty()) << command.id.toStdString();
        EXPECT_EQ(shortcuts().keys(command.id), command.defaultKeys);
    }
    EXPECT_EQ(ids.size(), 25);
    EXPECT_EQ(groups.size(), int(ShortcutCatalog::groups.size()));
    EXPECT_TRUE(shortcuts().conflicts().empty());
    EXPECT_EQ(shortcuts().keys(ShortcutId::send),
              QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Return)});
    // The keypad's Enter sends too.
    EXPECT_TRUE(shortcuts()
                    .action(ShortcutId::send)
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_Enter)));
    EXPECT_EQ(ShortcutId::queue(Queue::Resolved), QStringLiteral("queues.resolved"));
}

TEST_F(ShortcutsTest, DefaultKeysMoveOpenQueuesAndSearch)
{
    QTest::keyClick(cases(), Qt::Key_J);
    EXPECT_EQ(row(), 1);
    QTest::keyClick(cases(), Qt::Key_Down);
    EXPECT_EQ(row(), 2);
    QTest::keyClick(cases(), Qt::Key_K);
    EXPECT_EQ(row(), 1);
    QTest::keyClick(cases(), Qt::Key_Up);
    EXPECT_EQ(row(), 0);

    QTest::keyClick(cases(), Qt::Key_F, Qt::ControlModifier);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(cases()->hasFocus());

    QTest::keyClick(cases(), Qt::Key_7, Qt::AltModifier);
    EXPECT_EQ(window->caseListModel()->queue(), Queue::Resolved);
}

TEST_F(ShortcutsTest, ARemappedKeyMovesInsteadOfTheOldOneAndSurvivesARestart)
{
    ASSERT_TRUE(shortcuts().setKey(ShortcutId::nextCase, QKeySequence(Qt::Key_L)));
    QTest::keyClick(cases(), Qt::Key_L);
    EXPECT_EQ(row(), 1);
    QTest::keyClick(cases(), Qt::Key_J);
    EXPECT_EQ(row(), 1);

    // On disk at once, not only in this process's settings cache.
    QFile ini(settingsPath);
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_TRUE(ini.readAll().contains("cases.next=L"));

    restart();
    EXPECT_EQ(shortcuts().keys(ShortcutId::nextCase), QList<QKeySequence>{QKeySequence(Qt::Key_L)});
    QTest::keyClick(cases(), Qt::Key_J);
    EXPECT_EQ(row(), 0);
    QTest::keyClick(cases(), Qt::Key_L);
    EXPECT_EQ(row(), 1);
    // The arrow is the list's own key and stays.
    QTest::keyClick(cases(), Qt::Key_Down);
    EXPECT_EQ(row(), 2);
}

TEST_F(ShortcutsTest, ASwitchedOffKeyDoesNothingAfterARestartToo)
{
    cases()->setCurrentIndex(cases()->model()->index(2, 0));
    shortcuts().switchOff(ShortcutId::previousCase);
    QTest::keyClick(cases(), Qt::Key_K);
    EXPECT_EQ(row(), 2);

    restart();
    cases()->setCurrentIndex(cases()->model()->index(2, 0));
    EXPECT_TRUE(shortcuts().keys(ShortcutId::previousCase).isEmpty());
    QTest::keyClick(cases(), Qt::Key_K);
    EXPECT_EQ(row(), 2);
    QTest::keyClick(cases(), Qt::Key_Up);
    EXPECT_EQ(row(), 1);

    // Reset brings K back, for good.
    ASSERT_TRUE(shortcuts().resetToDefault(ShortcutId::previousCase));
    restart();
    cases()->setCurrentIndex(cases()->model()->index(2, 0));
    QTest::keyClick(cases(), Qt::Key_K);
    EXPECT_EQ(row(), 1);
}

TEST_F(ShortcutsTest, TheDialogRefusesAKeyOfAnotherCommandAndNamesIt)
{
    ShortcutsDialog dialog(shortcuts(), window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    auto *edit = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("keyEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("shortcutMessage"));
    const auto select = [&](const QString &id) {
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toString() == id)
                list->setCurrentItem(*it);
        }
        return list->currentItem();
    };

    QTreeWidgetItem *reply = select(ShortcutId::reply);
    ASSERT_NE(reply, nullptr);
    EXPECT_EQ(reply->text(0), QStringLiteral("Replying"));
    EXPECT_EQ(reply->text(1), QStringLiteral("Reply"));
    EXPECT_EQ(reply->text(2), QStringLiteral("R"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_J);
    EXPECT_TRUE(message->text().contains(QStringLiteral("\"Next case in the list\"")))
        << message->text().toStdString();
    EXPECT_EQ(shortcuts().keys(ShortcutId::reply), QList<QKeySequence>{QKeySequence(Qt::Key_R)});
    EXPECT_EQ(reply->text(2), QStringLiteral("R"));
    // The list's own arrows are taken as well.
    QTest::keyClick(edit, Qt::Key_Up);
    EXPECT_TRUE(message->text().contains(QStringLiteral("\"Previous case in the list\"")));
    EXPECT_FALSE(shortcuts().setKey(ShortcutId::reply, QKeySequence(Qt::Key_Up)));

    // A free key is taken at once, without waiting for the edit's pause.
    QTest::keyClick(edit, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(shortcuts().keys(ShortcutId::reply),
              QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Y)});
    EXPECT_EQ(reply->text(2),
              QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText));
    QTest::keyClick(edit, Qt::Key_W);
    EXPECT_EQ(shortcuts().keys(ShortcutId::reply), QList<QKeySequence>{QKeySequence(Qt::Key_W)});

    dialog.findChild<QPushButton *>(QStringLiteral("switchOffButton"))->click();
    EXPECT_EQ(reply->text(2), QStringLiteral("Switched off"));
    dialog.findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
    EXPECT_EQ(reply->text(2), QStringLiteral("R"));

    // Reset cannot hand K back to "previous" while "next" holds it; Reset all can.
    shortcuts().switchOff(ShortcutId::previousCase);
    ASSERT_TRUE(shortcuts().setKey(ShortcutId::nextCase, QKeySequence(Qt::Key_K)));
    select(ShortcutId::previousCase);
    dialog.findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
    EXPECT_TRUE(shortcuts().keys(ShortcutId::previousCase).isEmpty());
    EXPECT_TRUE(message->text().contains(QStringLiteral("\"Next case in the list\"")))
        << message->text().toStdString();
    dialog.findChild<QPushButton *>(QStringLiteral("resetAllButton"))->click();
    for (const ShortcutCommand &command : shortcuts().commands())
        EXPECT_EQ(shortcuts().keys(command.id), command.defaultKeys) << command.id.toStdString();
    EXPECT_EQ(settings->text(QStringLiteral("shortcuts/cases.next")), std::nullopt);
}

TEST_F(ShortcutsTest, AHandEditedClashIsShownAndAnUnreadableKeyFallsBackToTheDefault)
{
    settings->setText(QStringLiteral("shortcuts/replying.reply"), QStringLiteral("J"));
    settings->setText(QStringLiteral("shortcuts/cases.previous"), QStringLiteral("Ctrl+Bogus"));
    settings->sync();
    restart();
    const std::vector<ShortcutConflict> conflicts = shortcuts().conflicts();
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].key, QKeySequence(Qt::Key_J));
    EXPECT_EQ(conflicts[0].firstId, ShortcutId::nextCase);
    EXPECT_EQ(conflicts[0].secondId, ShortcutId::reply);
    EXPECT_EQ(shortcuts().keys(ShortcutId::previousCase),
              QList<QKeySequence>{QKeySequence(Qt::Key_K)});

    ShortcutsDialog dialog(shortcuts(), window.get());
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("conflictsLabel"));
    EXPECT_TRUE(label->isVisibleTo(&dialog));
    EXPECT_TRUE(label->text().contains(QStringLiteral("\"Next case in the list\"")));
    EXPECT_TRUE(label->text().contains(QStringLiteral("\"Reply\"")));
    shortcuts().resetToDefault(ShortcutId::reply);
    EXPECT_FALSE(label->isVisibleTo(&dialog));
}

TEST_F(ShortcutsTest, TypingInTheSearchBoxTypesLettersAndMovesNothing)
{
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const ShortcutCommand &command : shortcuts().commands())
        spies.push_back(
            std::make_unique<QSignalSpy>(shortcuts().action(command.id), &QAction::triggered));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("jk?/"));
    EXPECT_EQ(search->text(), QStringLiteral("jk?/"));
    EXPECT_EQ(row(), 0);
    for (const auto &spy : spies)
        EXPECT_EQ(spy->count(), 0) << spy->signal().toStdString();
    EXPECT_EQ(window->findChild<ShortcutOverview *>(), nullptr);
}

// The composer is someone else's widget; any QPlainTextEdit in the window must keep its letters.
TEST(ShortcutRegistryTest, ATextEditKeepsItsLettersAndStillSendsWithCtrlReturn)
{
    TempFolder folder;
    AppSettings settings(folder.path(QStringLiteral("settings.ini")));
    QWidget window;
    auto *composer = new QPlainTextEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(composer);
    ShortcutRegistry registry(&window, settings);
    QSignalSpy reply(registry.action(ShortcutId::reply), &QAction::triggered);
    QSignalSpy templates(registry.action(ShortcutId::templates), &QAction::triggered);
    QSignalSpy open(registry.action(ShortcutId::openConversation), &QAction::triggered);
    QSignalSpy send(registry.action(ShortcutId::send), &QAction::triggered);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    composer->setFocus();

    QTest::keyClicks(composer, QStringLiteral("Reasons? /jk"));
    QTest::keyClick(composer, Qt::Key_Return);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Reasons? /jk\n"));
    EXPECT_EQ(reply.count(), 0);
    EXPECT_EQ(templates.count(), 0);
    EXPECT_EQ(open.count(), 0);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(send.count(), 1);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Reasons? /jk\n"));
}

TEST_F(ShortcutsTest, TheOverviewListsEveryCommandWithItsKeyAndClosesWithEsc)
{
    ASSERT_TRUE(shortcuts().setKey(ShortcutId::nextCase, QKeySequence(Qt::Key_L)));
    shortcuts().switchOff(ShortcutId::snooze);
    QTest::keyClick(cases(), Qt::Key_Question);
    QPointer<ShortcutOverview> overview = window->findChild<ShortcutOverview *>();
    ASSERT_NE(overview, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(overview));
    const QHash<QString, QString> rows =
        rowsOf(overview->findChild<QTreeWidget *>(QStringLiteral("shortcutOverview")), 0, 1);
    EXPECT_EQ(rows.size(), int(shortcuts().commands().size()));
    for (const ShortcutCommand &command : shortcuts().commands())
        EXPECT_EQ(rows.value(command.title), shortcuts().keyText(command.id))
            << command.title.toStdString();
    EXPECT_EQ(rows.value(QStringLiteral("Next case in the list")), QStringLiteral("L, \u2193"));
    EXPECT_EQ(rows.value(QStringLiteral("Snooze the case")), QStringLiteral("Switched off"));
    EXPECT_EQ(rows.value(QStringLiteral("Show every shortcut")), QStringLiteral("?, F1"));
    EXPECT_EQ(rows.value(QStringLiteral("Open the queue Resolved")), QStringLiteral("Alt+7"));

    QTest::keyClick(overview, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return overview.isNull(); }, 2000));
    // F1 opens it as well (offscreen, nobody hands the focus back to the window).
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(cases(), Qt::Key_F1);
    EXPECT_NE(window->findChild<ShortcutOverview *>(), nullptr);
}

// Load the whole conversation is a keyboard command like the others: in the overview, remappable,
// and it asks the network through the case view's button.
TEST_F(ShortcutsTest, LoadingTheWholeConversationHasItsOwnRemappableKey)
{
    QAction *load = shortcuts().action(ShortcutId::loadConversation);
    ASSERT_NE(load, nullptr);
    EXPECT_EQ(load->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto *button = window->findChild<QPushButton *>(QStringLiteral("loadConversationButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->shortcut().isEmpty()); // one owner of the key: the catalog
}
