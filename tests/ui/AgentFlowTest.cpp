// SPDX-License-Identifier: Apache-2.0
// An agent's whole round, as they would walk it in the window: take the next case, read it,
// answer from a template, fix what the guidelines flag, send, see the reply go out and the case
// wait, and see it come back when the customer answers. And the collision an agent meets when
// a colleague moved first.
#include "DemoWindowFixture.h"
#include "SimulationAccess.h"

#include "CaseDesk.h"
#include "MainWindow.h"
#include "cases/CaseCommands.h"
#include "dialogs/PreSendDialog.h"
#include "dialogs/TemplatePicker.h"
#include "models/CaseListModel.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "replies/Outbox.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "store/Workspace.h"
#include "views/ConversationView.h"
#include "views/ReplyComposer.h"
#include "widgets/ReplyEdit.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

class AgentFlowTest : public DemoWindowFixture {
protected:
    QString caseSummary() const { return seen(child<QLabel>("caseSummary")->text()); }
    ReplyComposer *composer() const { return window->desk()->composer(); }
    ReplyEdit *editor() const { return composer()->editor(); }

    // The one question before Send or Resolve, when it is asked: Enter goes ahead.
    void goAheadIfAsked()
    {
        PreSendDialog *check = nullptr;
        // Not an assertion: when nothing is found, no question comes.
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (PreSendDialog *d : window->findChildren<PreSendDialog *>()) {
                    if (d->isVisible())
                        check = d;
                }
                return check != nullptr;
            },
            2000));
        // Going ahead from the keyboard is ConsoleTruthTest's; here the flow goes on.
        if (!check)
            return;
        check->findChild<QPushButton *>(QStringLiteral("preSendConfirm"))->click();
        // The window is active again, as a desktop makes it when its question closes.
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // Ben's case, where he wrote in public (a private one starts its reply as private).
    void selectPublicCase(QTreeView *cases)
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT case_id FROM mentions WHERE platform_id = '1790000000000000010'");
        ASSERT_TRUE(s.step());
        const std::int64_t ben = s.toInt(0);
        for (int row = 0; row < cases->model()->rowCount(); ++row) {
            cases->setCurrentIndex(cases->model()->index(row, 0));
            if (window->desk()->caseId() == ben)
                return;
        }
        FAIL() << "Ben's case is not in the list";
    }

    std::int64_t outboxCount(const char *state)
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT count(*) FROM outbox WHERE state = ?");
        s.bind(1, QByteArray(state));
        return s.step() ? s.toInt(0) : -1;
    }
};

} // namespace

TEST_F(AgentFlowTest, FromTheNextCaseToASentReplyAndTheCustomersAnswer)
{
    simulationReplies(*session)->setPace(20ms, 100ms);
    simulationReplies(*session)->setAnswerChance(1.0);

    // Take the next case (Ctrl+N): it becomes mine, open, and the composer is ready.
    QTest::keyClick(child<QTreeView>("caseView"), Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return caseSummary().contains(QStringLiteral("Mira")); }, 5000))
        << caseSummary().toStdString();
    EXPECT_TRUE(caseSummary().contains(QStringLiteral("Open"))) << caseSummary().toStdString();
    const std::int64_t caseId = window->desk()->caseId();
    ASSERT_GT(caseId, 0);
    // The window went to "Mine", where the case is selected.
    EXPECT_EQ(window->caseListModel()->queue(), Queue::Mine);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return child<QTreeView>("caseView")
                       ->currentIndex()
                       .data(CaseListModel::CaseIdRole)
                       .value<qint64>()
                   == caseId;
        },
        3000));

    // R goes to the composer; "/" opens the templates; words narrow them; Enter asks for what
    // only the agent knows.
    QTest::keyClick(child<QTreeView>("caseView"), Qt::Key_R);
    EXPECT_TRUE(editor()->hasFocus());
    QTest::keyClick(editor(), Qt::Key_Slash);
    TemplatePicker *picker = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (picker = window->findChild<TemplatePicker *>()) && picker->isVisible(); },
        3000));
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("templateSearch"));
    QTest::keyClicks(search, QStringLiteral("quick answer"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *prompt = qobject_cast<QLineEdit *>(picker->focusWidget());
    ASSERT_NE(prompt, nullptr);
    EXPECT_EQ(prompt->objectName(), QStringLiteral("templatePrompt"));
    QTest::keyClicks(prompt, QStringLiteral("Obviously the router needs a restart."));
    QTest::keyClick(prompt, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !picker || !picker->isVisible(); }, 3000));
    EXPECT_TRUE(composer()->text().contains(QStringLiteral("router needs a restart")));
    EXPECT_TRUE(composer()->text().contains(QStringLiteral("^MO"))) // Mira Olsen's sign-off
        << composer()->text().toStdString();

    // The brand guidelines flag "obviously" (and, the customer being unhappy, a reply without
    // a word of empathy); the agent rewrites it and the warnings go.
    auto *warnings = child<QLabel>("replyWarnings");
    EXPECT_TRUE(warnings->isVisibleTo(window.get()));
    EXPECT_TRUE(warnings->text().contains(QStringLiteral("obviously"), Qt::CaseInsensitive))
        << warnings->text().toStdString();
    editor()->setPlainText(composer()->text().replace(
        QStringLiteral("Obviously the"), QStringLiteral("Sorry for the trouble. The")));
    EXPECT_FALSE(warnings->isVisibleTo(window.get())) << warnings->text().toStdString();

    // Send (Ctrl+Enter): into the outbox, the case waits on the customer, the composer is
    // empty again.
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return caseSummary().contains(QStringLiteral("Pending")); }, 5000))
        << caseSummary().toStdString();
    // The composer empties when the send's own answer arrives, which may come after the list
    // has shown the new status: wait for it, not for the status.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !composer()->text().contains(QStringLiteral("router")); }, 5000))
        << composer()->text().toStdString();

    // The reply shows in the conversation, queued and then sent by the Simulation platform;
    // the customer answers and the case is open again.
    const auto replyState = [&] {
        const auto *label = window->findChild<QLabel *>(QStringLiteral("replyState"));
        return label ? label->text() : QString();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return replyState() == QStringLiteral("Sent"); }, 5000))
        << replyState().toStdString();
    EXPECT_EQ(outboxCount("sent"), 1);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return caseSummary().contains(QStringLiteral("Open")); }, 5000))
        << caseSummary().toStdString();
    EXPECT_EQ(window->desk()->caseId(), caseId);
}

TEST_F(AgentFlowTest, AReplyToACaseAColleagueResolvedMeanwhileIsRefusedAndKept)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setCurrentIndex(cases->model()->index(0, 0));
    const std::int64_t caseId = window->desk()->caseId();
    ASSERT_GT(caseId, 0);
    editor()->setPlainText(editor()->toPlainText() + QStringLiteral("We are looking into it."));

    // Priya, on another desktop, resolves the case while Mira writes.
    {
        Database other = Workspace::openForWriting(path);
        other.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-priya2', "
                   "'Priya Natarajan', 0)");
        CaseCommand resolve;
        resolve.kind = CaseCommand::Kind::SetStatus;
        resolve.caseId = caseId;
        resolve.agentId = other.lastInsertId();
        resolve.status = CaseStatus::Resolved;
        resolve.seenVersion = 1000;
        ASSERT_TRUE(CaseCommands(other).execute(resolve).ok);
    }

    child<QPushButton>("sendButton")->click();
    goAheadIfAsked(); // the guidelines miss a sign-off
    auto *problem = child<QLabel>("composerProblem");
    ASSERT_TRUE(QTest::qWaitFor([&] { return problem->isVisibleTo(window.get()); }, 5000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("changed since you opened it")))
        << problem->text().toStdString();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("Priya Natarajan set it to Resolved")))
        << problem->text().toStdString();
    EXPECT_TRUE(composer()->text().contains(QStringLiteral("We are looking into it.")));
    EXPECT_EQ(outboxCount("queued"), 0);
}

TEST_F(AgentFlowTest, EmptyAndOverLongRepliesCannotBeSentAndSayWhy)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    selectPublicCase(cases);
    editor()->setPlainText(QString(300, QLatin1Char('a')) + QStringLiteral(" end"));
    EXPECT_FALSE(child<QPushButton>("sendButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>("replyLength")->text().endsWith(QStringLiteral("/ 280")))
        << child<QLabel>("replyLength")->text().toStdString();
    composer()->send();
    EXPECT_TRUE(
        child<QLabel>("composerProblem")->text().contains(QStringLiteral("over the limit")));
    EXPECT_EQ(outboxCount("queued"), 0);
}

TEST_F(AgentFlowTest, DraftsSurviveSwitchingCasesAndRestarting)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setCurrentIndex(cases->model()->index(0, 0));
    const std::int64_t first = window->desk()->caseId();
    QTest::keyClick(cases, Qt::Key_R);
    QTest::keyClicks(editor(), QStringLiteral("Half a thought"));
    // Straight on to the next case, no pause: the draft goes with its case.
    cases->setCurrentIndex(cases->model()->index(1, 0));
    EXPECT_NE(window->desk()->caseId(), first);
    EXPECT_FALSE(composer()->text().contains(QStringLiteral("Half a thought")));
    cases->setCurrentIndex(cases->model()->index(0, 0));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            cases->setCurrentIndex(cases->model()->index(1, 0));
            cases->setCurrentIndex(cases->model()->index(0, 0));
            return composer()->text().contains(QStringLiteral("Half a thought"));
        },
        5000));

    // Closing the console and opening it again brings the draft back.
    window->close();
    window.reset();
    session.reset();
    session = std::make_unique<WorkspaceSession>(path);
    window = std::make_unique<MainWindow>(*session, *settings);
    window->show();
    window->selectQueue(Queue::All);
    cases = child<QTreeView>("caseView");
    const int row = window->caseListModel()->rowOfCase(first);
    ASSERT_GE(row, 0);
    cases->setCurrentIndex(cases->model()->index(row, 0));
    EXPECT_TRUE(composer()->text().contains(QStringLiteral("Half a thought")))
        << composer()->text().toStdString();
}

TEST_F(AgentFlowTest, TheKeyboardAssignsNotesResolvesAndSendsAndNext)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setFocus();
    // The first case nobody has taken yet, in the triage order, whose customer last wrote in
    // public (a direct message starts its reply as private).
    std::set<std::int64_t> privateCases;
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT case_id FROM mentions m WHERE visibility = 'private' AND id = "
                        "(SELECT max(id) FROM mentions WHERE case_id = m.case_id)");
        while (s.step())
            privateCases.insert(s.toInt(0));
    }
    int firstNew = 0;
    for (; firstNew < cases->model()->rowCount(); ++firstNew) {
        if (cases->model()->index(firstNew, CaseListModel::StatusColumn).data().toString()
            != QStringLiteral("New"))
            continue;
        cases->setCurrentIndex(cases->model()->index(firstNew, 0));
        if (!privateCases.count(window->desk()->caseId()))
            break;
    }
    ASSERT_LT(firstNew, cases->model()->rowCount());
    const std::int64_t caseId = window->desk()->caseId();

    QTest::keyClick(cases, Qt::Key_A); // assign to me
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return caseSummary().contains(QStringLiteral("assigned to Mira Olsen")); }, 5000))
        << caseSummary().toStdString();

    QTest::keyClick(cases, Qt::Key_N); // a note for the team
    EXPECT_EQ(composer()->mode(), ReplyComposer::Mode::Note);
    QTest::keyClicks(editor(), QStringLiteral("Called her back, line fixed."));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    const auto timelineHas = [&](const QString &words) {
        for (const QLabel *entry :
             window->findChildren<QLabel *>(QStringLiteral("timelineEntry"))) {
            if (entry->text().contains(words))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return timelineHas(QStringLiteral("Called her back, line fixed.")); }, 5000));

    cases->setFocus();
    QTest::keyClick(cases, Qt::Key_E); // resolve
    goAheadIfAsked();                  // a case still marked "needs a reply" asks first
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return caseSummary().contains(QStringLiteral("Resolved")); }, 5000))
        << caseSummary().toStdString();

    // Send and next: the reply goes out and the next unassigned case is the agent's.
    QTest::keyClick(cases, Qt::Key_R);
    EXPECT_EQ(composer()->mode(), ReplyComposer::Mode::PublicReply);
    QTest::keyClicks(editor(), QStringLiteral(" Glad it works again!"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    goAheadIfAsked(); // the guidelines miss a sign-off
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return window->desk()->caseId() != caseId
                   && caseSummary().contains(QStringLiteral("Mira"));
        },
        5000))
        << caseSummary().toStdString();
    EXPECT_EQ(outboxCount("queued") + outboxCount("sent") + outboxCount("sending"), 1);
}

TEST_F(AgentFlowTest, ANoteInTheMiddleOfAReplyKeepsTheReplyAside)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setFocus();
    selectPublicCase(cases);
    QTest::keyClick(cases, Qt::Key_R);
    const QString prefix = composer()->text();
    QTest::keyClicks(editor(), QStringLiteral("Half a reply"));

    cases->setFocus();
    QTest::keyClick(cases, Qt::Key_N);
    EXPECT_EQ(composer()->text(), QString()); // neither the reply nor its mention in the note
    QTest::keyClicks(editor(), QStringLiteral("For the team"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QLabel *entry :
                 window->findChildren<QLabel *>(QStringLiteral("timelineEntry"))) {
                if (entry->text().contains(QStringLiteral("Note: For the team")))
                    return true;
            }
            return false;
        },
        5000));

    cases->setFocus();
    QTest::keyClick(cases, Qt::Key_R);
    EXPECT_EQ(composer()->mode(), ReplyComposer::Mode::PublicReply);
    EXPECT_EQ(composer()->text(), prefix + QStringLiteral("Half a reply"))
        << composer()->text().toStdString();
}

// A note is written for colleagues: "@" offers them, and the note stands in the conversation
// where it was written, looking like no message of the customer's and no reply of ours.
TEST_F(AgentFlowTest, NotesShowInTheConversationAndNameColleaguesFromAList)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setFocus();
    cases->setCurrentIndex(cases->model()->index(0, 0));
    const std::int64_t caseId = window->desk()->caseId();
    QTest::keyClick(cases, Qt::Key_N);
    ASSERT_EQ(composer()->mode(), ReplyComposer::Mode::Note);
    QTest::keyClicks(editor(), QStringLiteral("Over to @jo"));
    auto *completer = composer()->findChild<QCompleter *>();
    ASSERT_TRUE(completer);
    ASSERT_TRUE(QTest::qWaitFor([&] { return completer->popup()->isVisible(); }, 2000));
    EXPECT_EQ(completer->popup()->currentIndex().data().toString(), QStringLiteral("Jon Pereira"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    EXPECT_EQ(composer()->text(), QStringLiteral("Over to @Jon "));
    EXPECT_FALSE(completer->popup()->isVisible());
    QTest::keyClicks(editor(), QStringLiteral("please <b>call</b>"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);

    const auto noteCards = [&] {
        return child<QWidget>("conversationThread")
            ->findChildren<QFrame *>(QStringLiteral("noteCard"));
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return noteCards().size() == 1; }, 5000));
    QFrame *card = noteCards().front();
    auto *header = card->findChild<QLabel *>(QStringLiteral("noteHeader"));
    auto *body = card->findChild<QLabel *>(QStringLiteral("noteText"));
    ASSERT_TRUE(header && body);
    EXPECT_TRUE(seen(header->text()).startsWith(QStringLiteral("Note by ") + session->agent().name))
        << header->text().toStdString();
    EXPECT_EQ(seen(body->text()), QStringLiteral("Over to @Jon please <b>call</b>"));
    EXPECT_EQ(body->textFormat(), Qt::PlainText);
    // Its own background: the paper of a note, which messages and replies do not have.
    EXPECT_TRUE(card->autoFillBackground());
    const QColor paper = card->palette().color(QPalette::Window);
    EXPECT_EQ(paper, ConversationView::noteBackground());
    for (const char *other : {"mentionCard", "replyCard"}) {
        for (const QFrame *f : window->findChildren<QFrame *>(QString::fromLatin1(other)))
            EXPECT_NE(f->palette().color(f->backgroundRole()), paper) << other;
    }
    // Last in the conversation: written after every message of the case.
    QWidget *thread = child<QWidget>("conversationThread");
    auto *layout = thread->layout();
    ASSERT_GT(layout->count(), 1);
    EXPECT_TRUE(layout->itemAt(layout->count() - 1)->widget()->isAncestorOf(card));
    // The workspace knows whom the note names, so their window can tell them.
    Database db = Workspace::openForReading(path);
    Statement note(db, "SELECT json_extract(payload, '$.mentions') FROM case_events "
                       "WHERE case_id = ? AND type = 'note'");
    note.bind(1, caseId);
    ASSERT_TRUE(note.step());
    EXPECT_EQ(note.toString(0), QStringLiteral("[\"a-jon\"]"));
}

// The agent was last on another case's Timeline: the case Next case hands over opens on its
// conversation, which is what is read first.
TEST_F(AgentFlowTest, NextCaseOpensOnTheConversation)
{
    auto *tabs = child<QTabWidget>("caseTabs");
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    QTest::keyClick(child<QTreeView>("caseView"), Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return caseSummary().contains(QStringLiteral("Mira")); }, 5000))
        << caseSummary().toStdString();
    EXPECT_EQ(tabs->currentIndex(), 0);
}

// A reply begun in public and turned into a private message loses the "@handle" it began with.
TEST_F(AgentFlowTest, APrivateMessageDoesNotKeepThePublicMentionPrefix)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setFocus();
    selectPublicCase(cases);
    QTest::keyClick(cases, Qt::Key_R);
    const QString prefix = composer()->text();
    ASSERT_TRUE(prefix.startsWith(u'@')) << prefix.toStdString();
    QTest::keyClicks(editor(), QStringLiteral("Could you send us your account number?"));
    composer()->setMode(ReplyComposer::Mode::PrivateMessage);
    EXPECT_EQ(composer()->text(), QStringLiteral("Could you send us your account number?"));
}

TEST_F(AgentFlowTest, AnAmpersandInATagStaysInItsMenuEntry)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = child<QTreeView>("caseView");
    cases->setCurrentIndex(cases->model()->index(0, 0));
    auto *tag = child<QLineEdit>("newTagEdit");
    QTest::keyClicks(tag, QStringLiteral("R&D"));
    QTest::keyClick(tag, Qt::Key_Return);
    QMenu *tags = child<QToolButton>("tagsButton")->menu();
    // "&" in a menu entry marks a shortcut letter unless doubled; the tag must read "r&d".
    const auto firstEntry = [&] {
        const QList<QAction *> actions = tags->actions();
        return actions.isEmpty() ? QString() : actions.constFirst()->text();
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return seen(firstEntry()) == QStringLiteral("Remove \"r&&d\""); }, 5000))
        << firstEntry().toStdString();
}

// A reply whose fate is uncertain (no answer came after it went out) waits for the agent, with
// the facts: the agent looked on the network, finds it there and says so; it is never sent
// again.
TEST_F(AgentFlowTest, AnUncertainReplyWaitsForTheAgentWhoSaysItArrived)
{
    QTest::keyClick(child<QTreeView>("caseView"), Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->desk()->caseId() > 0; }, 5000));
    const std::int64_t caseId = window->desk()->caseId();
    std::int64_t outboxId = 0;
    {
        // Another process took it for sending and got no answer.
        Database db = Workspace::openForWriting(path);
        Outbox outbox(db);
        QString problem;
        // Read and let go: a statement left open keeps a read snapshot, and a write after it
        // fails once the window's writer has written meanwhile.
        QString network;
        {
            Statement platform(db, "SELECT platform FROM cases WHERE id = ?");
            platform.bind(1, caseId);
            ASSERT_TRUE(platform.step());
            network = platform.toString(0);
        }
        outboxId =
            outbox.queue(caseId, network, 0, 0, QStringLiteral("Did it arrive?"), false, &problem);
        ASSERT_GT(outboxId, 0) << problem.toStdString();
        ASSERT_TRUE(outbox.markSending(outboxId, QStringLiteral("another-process")));
        ASSERT_TRUE(outbox.markUncertain(outboxId, QStringLiteral("no answer")));
    }
    QPushButton *arrived = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            arrived = window->findChild<QPushButton *>(QStringLiteral("replyArrived"));
            return arrived != nullptr;
        },
        5000));
    // The status bar says a reply waits for a decision, whatever case is open.
    const auto *attention = child<QLabel>("attentionLabel");
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return attention->isVisible()
                   && attention->text() == QStringLiteral("Replies to decide on: 1");
        },
        5000))
        << attention->text().toStdString();
    // Found again after the wait: the conversation is laid out anew when the case changes.
    arrived = window->findChild<QPushButton *>(QStringLiteral("replyArrived"));
    ASSERT_TRUE(arrived);
    const auto *state = window->findChild<QLabel *>(QStringLiteral("replyState"));
    ASSERT_TRUE(state);
    EXPECT_TRUE(state->text().startsWith(QStringLiteral("Uncertain")))
        << state->text().toStdString();
    EXPECT_TRUE(window->findChild<QPushButton *>(QStringLiteral("replySendAgain")));
    EXPECT_TRUE(window->findChild<QPushButton *>(QStringLiteral("replyGiveUp")));

    QTest::mouseClick(arrived, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return outboxCount("sent") == 1; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !window->findChild<QPushButton *>(QStringLiteral("replyArrived")); }, 5000));
    EXPECT_EQ(outboxCount("uncertain"), 0);
    EXPECT_EQ(outboxCount("queued"), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !attention->isVisible(); }, 5000))
        << attention->text().toStdString();
}

// Anna wrote to the brand privately on Mastodon: a public answer there would be refused (and
// would show the world what she said), so the composer starts on "Private message", no mention.
TEST_F(AgentFlowTest, ADirectMessageCaseOpensItsComposerInPrivateMode)
{
    std::int64_t caseId = 0;
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT case_id FROM mentions WHERE platform_id = '109500000000000002'");
        ASSERT_TRUE(s.step());
        caseId = s.toInt(0);
    }
    window->desk()->showCase(caseId);
    ASSERT_EQ(window->desk()->caseId(), caseId);
    EXPECT_EQ(composer()->mode(), ReplyComposer::Mode::PrivateMessage);
    EXPECT_EQ(composer()->text(), QString());

    // A public case next to it still starts public, with its mention.
    Database db = Workspace::openForReading(path);
    Statement s(db, "SELECT case_id FROM mentions WHERE platform_id = '1790000000000000010'");
    ASSERT_TRUE(s.step());
    window->desk()->showCase(s.toInt(0));
    EXPECT_EQ(composer()->mode(), ReplyComposer::Mode::PublicReply);
    EXPECT_TRUE(composer()->text().startsWith(u'@')) << composer()->text().toStdString();
}
