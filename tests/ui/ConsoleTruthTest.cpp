// SPDX-License-Identifier: Apache-2.0
// Issue 16, "what the screen says must be true": a customer writing again into the open case is
// shown and asked about before a reply or a resolve goes over it; the checks before Send and
// Resolve are one step, confirmed with Enter, cancelled with Esc; a colleague's change and their
// presence on the case reach another agent's window on the same workspace.
#include "DemoWindowFixture.h"

#include "CaseDesk.h"
#include "MainWindow.h"
#include "dialogs/PreSendDialog.h"
#include "ingest/Ingestor.h"
#include "models/CaseListModel.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "store/Workspace.h"
#include "views/CaseActionBar.h"
#include "views/ReplyComposer.h"
#include "widgets/ReplyEdit.h"

#include <QFont>
#include <QLabel>
#include <QTest>
#include <QTreeView>

using namespace earshot;
using namespace earshot::test;

namespace {

class ConsoleTruthTest : public DemoWindowFixture {
protected:
    static QString summaryOf(const MainWindow &w)
    {
        return w.findChild<QLabel *>(QStringLiteral("caseSummary"))->text();
    }

    std::int64_t firstCase(const char *condition)
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, QByteArray(QByteArray("SELECT id FROM cases WHERE ") + condition
                                   + " ORDER BY id LIMIT 1")
                            .constData());
        return s.step() ? s.toInt(0) : 0;
    }

    QString status(std::int64_t caseId)
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT status FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toString(0) : QString();
    }

    // Opens the case in `w`'s list (All), as a click on its row would.
    static void open(MainWindow &w, std::int64_t caseId)
    {
        w.selectQueue(Queue::All);
        auto *view = w.findChild<QTreeView *>(QStringLiteral("caseView"));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return w.caseListModel()->rowOfCase(caseId) >= 0; }, 5000));
        view->setCurrentIndex(w.caseListModel()->index(w.caseListModel()->rowOfCase(caseId), 0));
        ASSERT_EQ(w.desk()->caseId(), caseId);
    }

    static PreSendDialog *dialogOf(const QWidget &w)
    {
        PreSendDialog *dialog = nullptr;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                dialog = w.findChild<PreSendDialog *>();
                return dialog && dialog->isVisible();
            },
            5000));
        if (!dialog || !dialog->isVisible())
            return nullptr;
        dialog->activateWindow(); // keys reach it once it is the active window, as on a desktop
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        return dialog;
    }

    static QString findingsOf(const PreSendDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("preSendFindings"))->text();
    }

    // The customer of `caseId` writes again, in its conversation, from another process's
    // connection (as a listener would).
    void customerWritesAgain(std::int64_t caseId, const QString &text)
    {
        Database db = Workspace::openForWriting(path);
        Statement s(db, "SELECT m.platform, m.platform_id, m.conversation, h.platform_user_id, "
                        "h.handle FROM mentions m JOIN handles h ON h.id = m.handle_id "
                        "WHERE m.case_id = ? ORDER BY m.id DESC LIMIT 1");
        s.bind(1, caseId);
        ASSERT_TRUE(s.step());
        Mention m;
        m.platform = s.toString(0);
        m.id = s.toString(1) + QStringLiteral("-again");
        m.inReplyTo = s.toString(1);
        m.conversationId = s.toString(2);
        m.author.id = s.toString(3);
        m.author.handle = s.toString(4);
        m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        m.text = text;
        ASSERT_EQ(Ingestor(db).ingest({{m}, {}, {}}).caseIds.front(), caseId);
    }
};

} // namespace

// Item 5: a case still marked "needs a reply" was resolved with no question.
TEST_F(ConsoleTruthTest, ResolvingACaseThatNeedsAReplyAsksOnceEscKeepsItEnterResolves)
{
    const std::int64_t caseId = firstCase("needs_reply = 1 AND status IN ('new', 'open')");
    ASSERT_GT(caseId, 0);
    open(*window, caseId);

    window->desk()->actions()->resolve();
    PreSendDialog *dialog = dialogOf(*window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(findingsOf(*dialog).count(QStringLiteral("needs a reply")), 1)
        << findingsOf(*dialog).toStdString();
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 3000));
    QTest::qWait(200); // nothing should be on its way to the writer; give it the chance
    EXPECT_NE(status(caseId), QStringLiteral("resolved"));

    window->desk()->actions()->resolve();
    dialog = dialogOf(*window);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(dialog, Qt::Key_Return);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return status(caseId) == QStringLiteral("resolved"); }, 5000));
}

// Item 5: the personal-data check asked (with its prompt twice) and guideline warnings never
// did. Now one dialog lists both, each once, and Enter sends.
TEST_F(ConsoleTruthTest, SendListsPersonalDataAndGuidelineWarningsInOneDialog)
{
    const std::int64_t caseId = firstCase("status IN ('new', 'open')");
    open(*window, caseId);
    ReplyComposer *composer = window->desk()->composer();
    composer->editor()->setPlainText(composer->text()
                                     + QStringLiteral("Obviously we need your email, write to "
                                                      "anna.k@example.com please."));
    composer->send();
    PreSendDialog *dialog = dialogOf(*window);
    ASSERT_NE(dialog, nullptr);
    const QString findings = findingsOf(*dialog);
    EXPECT_EQ(findings.count(QStringLiteral("anna.k@example.com")), 1) << findings.toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("obviously"), Qt::CaseInsensitive))
        << findings.toStdString();
    EXPECT_NE(dialog->findChild<QWidget *>(QStringLiteral("preSendPrivately")), nullptr);
    QTest::keyClick(dialog, Qt::Key_Return);
    Database db = Workspace::openForReading(path);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return db.queryInt("SELECT count(*) FROM outbox") == 1; }, 5000));
}

// Item 1: a customer writing again into the open case was not surfaced, and Resolve went over
// it a second later.
TEST_F(ConsoleTruthTest, ANewMessageInTheOpenCaseIsMarkedBoldInTheListAndAskedAbout)
{
    const std::int64_t caseId = firstCase("status IN ('new', 'open') AND needs_reply = 0");
    ASSERT_GT(caseId, 0);
    open(*window, caseId);
    CaseListModel *model = window->caseListModel();
    const auto rowIsBold = [&] {
        const int row = model->rowOfCase(caseId);
        return row >= 0
               && model->index(row, CaseListModel::SubjectColumn)
                      .data(Qt::FontRole)
                      .value<QFont>()
                      .bold();
    };
    // Opened is seen.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !rowIsBold(); }, 5000));

    customerWritesAgain(caseId, QStringLiteral("Hello? Still waiting for the engineer."));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window->findChild<QLabel *>(QStringLiteral("newSinceMarker")) != nullptr; },
        5000));
    const int row = model->rowOfCase(caseId);
    ASSERT_GE(row, 0);
    // The newest message, as outside text (between isolation marks).
    EXPECT_TRUE(model->index(row, CaseListModel::SubjectColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Hello? Still waiting for the engineer.")));
    EXPECT_TRUE(rowIsBold());

    window->desk()->actions()->resolve();
    PreSendDialog *dialog = dialogOf(*window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(findingsOf(*dialog).contains(QStringLiteral("The customer wrote again at")))
        << findingsOf(*dialog).toStdString();
    QTest::keyClick(dialog, Qt::Key_Return);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return status(caseId) == QStringLiteral("resolved"); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !rowIsBold(); }, 5000));
}

// Item 3: two agents on one workspace (two sessions, two windows). The header said "New -
// unassigned" after a colleague resolved the case; nothing said a colleague was on it.
TEST_F(ConsoleTruthTest, AColleaguesChangeAndPresenceReachTheOtherWindow)
{
    const std::int64_t caseId = firstCase("status IN ('new', 'open') AND needs_reply = 0");
    ASSERT_GT(caseId, 0);
    AppSettings jonSettings(folder.path(QStringLiteral("jon.ini")));
    WorkspaceSession jonSession(path, QStringLiteral("a-jon"));
    MainWindow jon(jonSession, jonSettings);
    jon.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&jon));
    open(*window, caseId);
    open(jon, caseId);

    auto *miraSees = window->findChild<QLabel *>(QStringLiteral("casePresence"));
    auto *jonSees = jon.findChild<QLabel *>(QStringLiteral("casePresence"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return miraSees->text() == QStringLiteral("Jon Pereira is viewing"); }, 15000))
        << miraSees->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return jonSees->text() == QStringLiteral("Mira Olsen is viewing"); }, 15000))
        << jonSees->text().toStdString();

    // Jon writes: Mira sees it; never herself.
    ReplyEdit *jonEditor = jon.desk()->composer()->editor();
    jon.activateWindow();
    jonEditor->setFocus();
    QTest::keyClicks(jonEditor, QStringLiteral(" On it"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return miraSees->text() == QStringLiteral("Jon Pereira is writing\u2026"); }, 15000))
        << miraSees->text().toStdString();
    EXPECT_FALSE(miraSees->text().contains(QStringLiteral("Mira")));

    // Jon resolves; Mira's header and list follow.
    jon.desk()->actions()->resolve();
    if (PreSendDialog *dialog = jon.findChild<PreSendDialog *>(); dialog && dialog->isVisible()) {
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Return);
    }
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return summaryOf(*window).contains(QStringLiteral("Resolved")); }, 5000))
        << summaryOf(*window).toStdString();
    EXPECT_TRUE(summaryOf(*window).contains(QStringLiteral("Jon Pereira")))
        << summaryOf(*window).toStdString();
    const int row = window->caseListModel()->rowOfCase(caseId);
    ASSERT_GE(row, 0);
    EXPECT_EQ(window->caseListModel()->index(row, CaseListModel::StatusColumn).data().toString(),
              QStringLiteral("Resolved"));
}
