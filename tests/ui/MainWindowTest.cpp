// SPDX-License-Identifier: Apache-2.0
// The console as an agent sees it, under the offscreen platform.
#include "DemoWindowFixture.h"
#include "SimulationAccess.h"

#include "CaseDesk.h"
#include "MainWindow.h"
#include "models/CaseListModel.h"
#include "models/QueueModel.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "store/Workspace.h"
#include "views/ConversationView.h"
#include "views/FilterBar.h"
#include "views/SavedViewsBar.h"
#include "workspace/StoreWriter.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

class MainWindowTest : public DemoWindowFixture {
protected:
    QTreeView *view(const char *name) const
    {
        return window->findChild<QTreeView *>(QString::fromLatin1(name));
    }

    // What the queue column shows for one queue: "title" and "count".
    std::pair<QString, QString> queueRow(Queue queue) const
    {
        const QAbstractItemModel *model = view("queueView")->model();
        const int row = window->queueModel()->rowOf(queue);
        return {model->index(row, QueueModel::TitleColumn).data().toString(),
                model->index(row, QueueModel::CountColumn).data().toString()};
    }

    QStringList visibleTexts(const char *objectName) const
    {
        QStringList texts;
        for (const QLabel *label :
             window->findChildren<QLabel *>(QString::fromLatin1(objectName))) {
            if (label->isVisibleTo(window.get()))
                texts.append(seen(label->text()));
        }
        return texts;
    }

    QString selectedPerson() const
    {
        const QTreeView *cases = view("caseView");
        return seen(cases->model()
                        ->index(cases->currentIndex().row(), CaseListModel::PersonColumn)
                        .data()
                        .toString());
    }

    QString selectedPersonAt(int row) const
    {
        return seen(
            view("caseView")->model()->index(row, CaseListModel::PersonColumn).data().toString());
    }

    // Types `text` into the search box and waits for the list it finds. The box waits for a pause
    // in typing and then reads the list again (one reset of the model, after the last key: no
    // timer runs while keys are sent); the words must differ from the last search.
    void search(const QString &text)
    {
        auto *box = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QSignalSpy listReadAgain(view("caseView")->model(), &QAbstractItemModel::modelReset);
        box->clear();
        QTest::keyClicks(box, text);
        ASSERT_TRUE(listReadAgain.wait(3000))
            << "the list was not read again for " << text.toStdString();
    }
};

} // namespace

TEST_F(MainWindowTest, QueuesShowTheirCounts)
{
    EXPECT_EQ(queueRow(Queue::New), std::make_pair(QStringLiteral("New"), QStringLiteral("2")));
    EXPECT_EQ(queueRow(Queue::Unassigned),
              std::make_pair(QStringLiteral("Unassigned"), QStringLiteral("2")));
    EXPECT_EQ(queueRow(Queue::All), std::make_pair(QStringLiteral("All"), QStringLiteral("4")));
    EXPECT_EQ(queueRow(Queue::Resolved),
              std::make_pair(QStringLiteral("Resolved"), QStringLiteral("1")));
}

TEST_F(MainWindowTest, OpensOnTheNewQueueWithTheFirstCaseReadable)
{
    QTreeView *cases = view("caseView");
    EXPECT_EQ(cases->model()->rowCount(), 2);
    EXPECT_EQ(cases->currentIndex().row(), 0);
    // The newest case first: Anna's private message joined her refund thread ten minutes ago.
    EXPECT_EQ(selectedPerson(), QStringLiteral("Anna Kowalski"));
    EXPECT_EQ(visibleTexts("personName"), QStringList{QStringLiteral("Anna Kowalski")});
    const QString handles = visibleTexts("personHandles").join(QString());
    EXPECT_TRUE(handles.contains(QStringLiteral("@annak_writes (X)"))) << handles.toStdString();
    EXPECT_TRUE(handles.contains(QStringLiteral("@annak@social.example (Mastodon)")));
    EXPECT_EQ(visibleTexts("mentionText"),
              QStringList({QStringLiteral("@FernlineHelp charged twice for my refund request?!"),
                           QStringLiteral("@FernlineHelp still waiting on that refund"),
                           QStringLiteral("Account number 55-1234 for you")}));
    const QStringList headers = visibleTexts("mentionHeader");
    ASSERT_EQ(headers.size(), 3);
    EXPECT_TRUE(headers[2].contains(QStringLiteral("private message"))) << headers[2].toStdString();
    // Her resolved case from two months ago is listed on the tab of her other cases.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
    ASSERT_TRUE(tabs);
    QWidget *otherCases = tabs->findChild<QWidget *>(QStringLiteral("earlierCasesTab"));
    ASSERT_TRUE(otherCases);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(otherCases)), QStringLiteral("Other cases (1)"));
    auto *earlierList = otherCases->findChild<QListWidget *>(QStringLiteral("earlierCases"));
    ASSERT_TRUE(earlierList);
    EXPECT_FALSE(earlierList->isVisibleTo(window.get())); // the conversation is in front
    tabs->setCurrentWidget(otherCases);
    EXPECT_TRUE(earlierList->isVisibleTo(window.get()));
    QStringList earlier;
    for (int i = 0; i < earlierList->count(); ++i)
        earlier.append(seen(earlierList->item(i)->text()));
    ASSERT_EQ(earlier.size(), 1);
    EXPECT_TRUE(earlier[0].contains(QStringLiteral("Resolved"))) << earlier[0].toStdString();
    EXPECT_TRUE(earlier[0].contains(QStringLiteral("my bill doubled")));
}

TEST_F(MainWindowTest, SearchFindsPeopleHandlesCaseNumbersAndSaysHowMany)
{
    window->selectQueue(Queue::All);
    auto *found = child<QLabel>("foundLabel");
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->isVisibleTo(window.get())); // no search, nothing to count
    // A name finds both of Anna's cases, the resolved one too; her name is highlighted.
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("kowalski")));
    QAbstractItemModel *model = view("caseView")->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(found->text(), QStringLiteral("Cases found in this queue: 2"));
    EXPECT_TRUE(found->isVisibleTo(window.get()));
    for (int row = 0; row < 2; ++row) {
        const QModelIndex person = model->index(row, CaseListModel::PersonColumn);
        EXPECT_EQ(seen(person.data().toString()), QStringLiteral("Anna Kowalski"));
        // Where the shown text has it: after the isolate that keeps outside text's direction.
        const QString shown = person.data().toString();
        EXPECT_EQ(person.data(CaseListModel::MatchesRole).toList(),
                  QVariantList{QVariant(QPoint(int(shown.indexOf(u"Kowalski")), 8))});
        EXPECT_GT(shown.indexOf(u"Kowalski"), 0);
        EXPECT_TRUE(model->index(row, CaseListModel::NetworkColumn)
                        .data(CaseListModel::MatchesRole)
                        .toList()
                        .isEmpty());
    }
    // A handle, with its @.
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("@benok")));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(selectedPersonAt(0), QStringLiteral("Ben Okafor"));
    // A case number, with and without #; the number cell shows where.
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("#1004")));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, CaseListModel::NumberColumn).data().toString(),
              QStringLiteral("#1004"));
    EXPECT_EQ(
        model->index(0, CaseListModel::NumberColumn).data(CaseListModel::MatchesRole).toList(),
        QVariantList{QVariant(QPoint(1, 4))});
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("1002")));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(selectedPersonAt(0), QStringLiteral("Ben Okafor"));
    // Nothing found says so.
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("nobody-by-this-name")));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(found->text(), QStringLiteral("No case found in this queue"));
}

TEST_F(MainWindowTest, ClearClearsTheSearchToo)
{
    window->selectQueue(Queue::All);
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("kowalski")));
    ASSERT_EQ(view("caseView")->model()->rowCount(), 2);
    auto *clear = child<QToolButton>("clearFilters");
    ASSERT_TRUE(clear);
    EXPECT_TRUE(clear->isEnabled()); // a search alone is something to clear
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(child<QLineEdit>("searchBox")->text().isEmpty());
    EXPECT_EQ(view("caseView")->model()->rowCount(), 4);
    EXPECT_FALSE(child<QLabel>("foundLabel")->isVisibleTo(window.get()));
    EXPECT_FALSE(clear->isEnabled());
}

TEST_F(MainWindowTest, AnOtherCaseOfThePersonOpensOnEnterOrDoubleClick)
{
    // Anna's open case is shown; her resolved #1001 is on the Other cases tab.
    ASSERT_EQ(selectedPerson(), QStringLiteral("Anna Kowalski"));
    const std::int64_t first = window->desk()->caseId();
    ASSERT_NE(first, 1001);
    auto *tabs = child<QTabWidget>("caseTabs");
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("earlierCasesTab")));
    auto *earlier = child<QListWidget>("earlierCases");
    ASSERT_TRUE(earlier);
    ASSERT_EQ(earlier->count(), 1);
    earlier->setFocus();
    earlier->setCurrentRow(0);
    QTest::keyClick(earlier, Qt::Key_Return);
    EXPECT_EQ(window->desk()->caseId(), 1001);
    EXPECT_EQ(visibleTexts("caseTitle").join(QString()), QStringLiteral("Case #1001 - Resolved"));
    // It opens on its conversation; from there the first case opens again the same way.
    EXPECT_EQ(tabs->currentIndex(), 0);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("earlierCasesTab")));
    ASSERT_GE(earlier->count(), 1);
    QListWidgetItem *back = nullptr;
    for (int i = 0; i < earlier->count(); ++i) {
        if (earlier->item(i)->text().startsWith(QStringLiteral("#%1 ").arg(first)))
            back = earlier->item(i);
    }
    ASSERT_TRUE(back);
    // Laid out once the tab is shown.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !earlier->visualItemRect(back).isEmpty(); }, 2000));
    const QRect where = earlier->visualItemRect(back);
    // A click, then a double-click on the same item (QTest's double-click alone is a press).
    QTest::mouseClick(earlier->viewport(), Qt::LeftButton, {}, where.center());
    QTest::mouseDClick(earlier->viewport(), Qt::LeftButton, {}, where.center());
    EXPECT_EQ(window->desk()->caseId(), first);
}

TEST_F(MainWindowTest, TheTagFieldCompletesTheTagsOfTheWorkspace)
{
    // A tag given to Anna's case, as an agent gives one...
    auto *tagEdit = child<QLineEdit>("newTagEdit");
    ASSERT_TRUE(tagEdit);
    QTest::keyClicks(tagEdit, QStringLiteral("broadband-outage"));
    QTest::keyClick(tagEdit, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return visibleTexts("caseTags")
                .join(QString())
                .contains(QStringLiteral("broadband-outage"));
        },
        5000));
    // ...is offered on the next case, from any part of it.
    QTreeView *cases = view("caseView");
    cases->setCurrentIndex(cases->model()->index(1, 0));
    ASSERT_NE(selectedPerson(), QStringLiteral("Anna Kowalski"));
    QCompleter *completer = tagEdit->completer();
    ASSERT_TRUE(completer);
    completer->setCompletionPrefix(QStringLiteral("OUTAGE"));
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("broadband-outage"));
    completer->setCompletionPrefix(QStringLiteral("refund"));
    EXPECT_EQ(completer->completionCount(), 0);
}

TEST_F(MainWindowTest, ASavedViewBringsBackItsQueueFiltersAndSearchForTheTeam)
{
    window->selectQueue(Queue::All);
    auto *network = child<QComboBox>("networkFilter");
    network->setCurrentIndex(network->findData(QStringLiteral("x")));
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("refund")));
    const int found = view("caseView")->model()->rowCount();
    ASSERT_EQ(found, 1); // Anna's refund on X
    SavedViewsBar *views = window->savedViews();
    QSignalSpy written(session.get(), &WorkspaceSession::savedViewsChanged);
    views->saveCurrentAs(QStringLiteral("Refunds on X"));
    ASSERT_TRUE(written.wait(5000));
    EXPECT_EQ(written.front().front().toString(), QString());
    ASSERT_EQ(views->views().size(), 1u);
    // The team's: another window on the file reads it.
    {
        WorkspaceSession colleague(path, QStringLiteral("a-jon"));
        const auto shared = colleague.savedViews();
        ASSERT_EQ(shared.size(), 1u);
        EXPECT_EQ(shared[0].name, QStringLiteral("Refunds on X"));
        EXPECT_EQ(shared[0].queue, Queue::All);
        EXPECT_EQ(shared[0].filter.platform, QStringLiteral("x"));
        EXPECT_EQ(shared[0].search, QStringLiteral("refund"));
    }
    // Elsewhere, then the view picked from the box, by keyboard: everything comes back.
    QTest::mouseClick(child<QToolButton>("clearFilters"), Qt::LeftButton);
    window->selectQueue(Queue::New);
    auto *box = child<QComboBox>("savedViews");
    box->setCurrentIndex(0);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(window->caseListModel()->queue(), Queue::All);
    EXPECT_EQ(network->currentData().toString(), QStringLiteral("x"));
    EXPECT_EQ(child<QLineEdit>("searchBox")->text(), QStringLiteral("refund"));
    EXPECT_EQ(view("caseView")->model()->rowCount(), found);
    // Renamed and deleted, for everyone.
    written.clear();
    views->renameChosen(QStringLiteral("X refunds"));
    ASSERT_TRUE(written.wait(5000));
    ASSERT_EQ(views->views().size(), 1u);
    EXPECT_EQ(views->views()[0].name, QStringLiteral("X refunds"));
    EXPECT_EQ(box->currentText(), QStringLiteral("X refunds"));
    written.clear();
    views->deleteChosen();
    ASSERT_TRUE(written.wait(5000));
    EXPECT_TRUE(views->views().empty());
    EXPECT_TRUE(session->savedViews().empty());
}

TEST_F(MainWindowTest, ColumnsSortTheListAndATheThirdClickGivesTheTriageOrderBack)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = view("caseView");
    const auto ids = [&] {
        std::vector<qint64> shown;
        for (int row = 0; row < cases->model()->rowCount(); ++row)
            shown.push_back(
                cases->model()->index(row, 0).data(CaseListModel::CaseIdRole).value<qint64>());
        return shown;
    };
    const std::vector<qint64> triage = ids();
    ASSERT_EQ(triage.size(), 4u);
    EXPECT_TRUE(cases->isSortingEnabled());
    EXPECT_EQ(cases->header()->sortIndicatorSection(), -1); // opens in the triage order
    cases->header()->setSortIndicator(CaseListModel::NumberColumn, Qt::AscendingOrder);
    EXPECT_EQ(ids(), (std::vector<qint64>{1001, 1002, 1003, 1004}));
    cases->header()->setSortIndicator(CaseListModel::NumberColumn, Qt::DescendingOrder);
    EXPECT_EQ(ids(), (std::vector<qint64>{1004, 1003, 1002, 1001}));
    // Last activity, oldest first: Anna's private message ten minutes ago is the latest.
    cases->header()->setSortIndicator(CaseListModel::ActivityColumn, Qt::AscendingOrder);
    EXPECT_EQ(ids(), (std::vector<qint64>{1001, 1002, 1004, 1003}));
    cases->header()->setSortIndicator(-1, Qt::DescendingOrder);
    EXPECT_EQ(ids(), triage);
}

TEST_F(MainWindowTest, PostsWithHtmlShowTheirTagsAsText)
{
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("script")));
    ASSERT_EQ(view("caseView")->model()->rowCount(), 1);
    view("caseView")->setCurrentIndex(view("caseView")->model()->index(0, 0));
    const QString expected =
        QStringLiteral("Testing the app: <b>html</b> & <script>alert(1)</script>");
    const auto labels = window->findChildren<QLabel *>(QStringLiteral("mentionText"));
    ASSERT_EQ(labels.size(), 1);
    EXPECT_EQ(labels[0]->text(), expected);
    EXPECT_EQ(labels[0]->textFormat(), Qt::PlainText);
    EXPECT_EQ(visibleTexts("personName"), QStringList{QStringLiteral("Cleo <i>Marsh</i>")});
    // Tooltips render HTML unless escaped: the subject's tooltip carries the tags as entities.
    const QString tip = view("caseView")
                            ->model()
                            ->index(0, CaseListModel::SubjectColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;html&lt;/b&gt;"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<script>")));
}

TEST_F(MainWindowTest, KeyboardMovesThroughTheList)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = view("caseView");
    ASSERT_EQ(cases->model()->rowCount(), 4);
    cases->setFocus();
    cases->setCurrentIndex(cases->model()->index(0, 0));
    QTest::keyClick(cases, Qt::Key_J);
    EXPECT_EQ(cases->currentIndex().row(), 1);
    QTest::keyClick(cases, Qt::Key_Down);
    EXPECT_EQ(cases->currentIndex().row(), 2);
    QTest::keyClick(cases, Qt::Key_K);
    EXPECT_EQ(cases->currentIndex().row(), 1);
    // The conversation follows the selection.
    EXPECT_EQ(visibleTexts("personName"), QStringList{selectedPerson()});
    // Alt+7 opens Resolved.
    QTest::keyClick(window.get(), Qt::Key_7, Qt::AltModifier);
    EXPECT_EQ(cases->model()->rowCount(), 1);
}

TEST_F(MainWindowTest, SearchNarrowsTheQueue)
{
    window->selectQueue(Queue::All);
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("refund*")));
    EXPECT_EQ(view("caseView")->model()->rowCount(), 1);
    ASSERT_NO_FATAL_FAILURE(search(QStringLiteral("\"x AND body:y")));
    EXPECT_EQ(view("caseView")->model()->rowCount(), 0);
    // No case shown, so no reading either: not the last case's, greyed out.
    EXPECT_EQ(window->findChild<QComboBox *>(QStringLiteral("sentimentBox"))->currentIndex(), -1);
    EXPECT_EQ(window->findChild<QComboBox *>(QStringLiteral("categoryBox"))->currentIndex(), -1);
}

TEST_F(MainWindowTest, EnterInTheSearchBoxOpensWhatItFound)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = view("caseView");
    cases->setCurrentIndex({});
    auto *box = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    box->setFocus();
    // Typed and entered at once: the search runs without waiting for the pause in typing.
    QTest::keyClicks(box, QStringLiteral("refund*"));
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(cases->model()->rowCount(), 1);
    EXPECT_TRUE(cases->hasFocus());
    ASSERT_TRUE(cases->currentIndex().isValid());
    EXPECT_EQ(cases->currentIndex().row(), 0);
    EXPECT_EQ(visibleTexts("personName"), QStringList{selectedPerson()});

    // Down does the same; with nothing found the box keeps the focus for other words.
    box->setFocus();
    box->clear();
    QTest::keyClicks(box, QStringLiteral("nosuchwordanywhere"));
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(cases->model()->rowCount(), 0);
    EXPECT_TRUE(box->hasFocus());
    box->clear();
    QTest::keyClicks(box, QStringLiteral("refund*"));
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_TRUE(cases->hasFocus());
}

TEST_F(MainWindowTest, WindowStateComesBackOnTheNextStart)
{
    window->selectQueue(Queue::Resolved);
    window->resize(1111, 777);
    auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({200, 500, 411});
    const QList<int> sizes = splitter->sizes();
    window->close();
    window.reset();
    openWindow();
    EXPECT_EQ(window->size(), QSize(1111, 777));
    EXPECT_EQ(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    EXPECT_EQ(window->caseListModel()->queue(), Queue::Resolved);
    EXPECT_EQ(view("queueView")->currentIndex().row(),
              window->queueModel()->rowOf(Queue::Resolved));
}

TEST_F(MainWindowTest, LiveMentionsAppearWhileTheWindowIsOpen)
{
    ASSERT_EQ(queueRow(Queue::New).second, QStringLiteral("2"));
    simulationFeed(*session)->setInterval(10ms, 10ms);
    session->startFeeds();
    // Ben's "it's back" post starts a new case: it appears in the list and the count goes up.
    EXPECT_TRUE(QTest::qWaitFor([&] { return queueRow(Queue::New).second.toInt() >= 3; }, 5000));
    simulationFeed(*session)->stop();
    QTreeView *cases = view("caseView");
    QStringList people;
    for (int row = 0; row < cases->model()->rowCount(); ++row)
        people.append(
            seen(cases->model()->index(row, CaseListModel::PersonColumn).data().toString()));
    EXPECT_TRUE(people.contains(QStringLiteral("Ben Okafor"))) << people.join(u',').toStdString();
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("liveLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Live:")));
    // The case being read stays selected while rows move around it.
    EXPECT_EQ(selectedPerson(), QStringLiteral("Anna Kowalski"));
}

TEST_F(MainWindowTest, StatusBarSaysWhichWorkspaceAndWhatFeedsIt)
{
    const QString status = window->findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text();
    EXPECT_TRUE(status.contains(path)) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("Simulation")));
    EXPECT_TRUE(status.contains(QStringLiteral("Small test scenario")));
}

TEST_F(MainWindowTest, TheCaseBeingReadStaysSelectedWhenItsNewMentionMovesItUp)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = view("caseView");
    ASSERT_EQ(cases->model()->rowCount(), 4);
    cases->setCurrentIndex(cases->model()->index(2, 0));
    const QString person = selectedPerson();
    const qint64 caseId = cases->currentIndex().data(CaseListModel::CaseIdRole).value<qint64>();

    // The person answers in the same thread with a legal threat: the case moves to the top.
    Database db = Workspace::openForReading(path);
    Statement s(db, "SELECT m.platform, m.platform_id, h.platform_user_id, h.handle "
                    "FROM mentions m JOIN handles h ON h.id = m.handle_id "
                    "WHERE m.case_id = ? ORDER BY m.created_at DESC LIMIT 1");
    s.bind(1, std::int64_t(caseId));
    ASSERT_TRUE(s.step());
    Mention answer =
        makeMention(QStringLiteral("answer-1"), s.toString(2), QDateTime::currentMSecsSinceEpoch());
    answer.platform = s.toString(0);
    answer.author.handle = s.toString(3);
    answer.inReplyTo = s.toString(1);
    answer.text = QStringLiteral(
        "Any news on this? My lawyer and the newspaper will hear of it, I am cancelling.");
    IngestBatch batch;
    batch.mentions.push_back(answer);
    session->writer()->submit(batch);

    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window->caseListModel()->rowOfCase(caseId) == 0; }, 5000));
    EXPECT_EQ(cases->currentIndex().row(), 0);
    EXPECT_EQ(selectedPerson(), person);
    EXPECT_EQ(visibleTexts("personName"), QStringList{person});
    // New cards show on the next turn of the event loop.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return visibleTexts("mentionText").contains(answer.text); }, 2000));
}

TEST_F(MainWindowTest, AWorkspaceThatCannotBeReadIsReportedNotFatal)
{
    window->selectQueue(Queue::All);
    QTreeView *cases = view("caseView");
    cases->setFocus();
    {
        // Damage the workspace under the open window, as another program could.
        Database other = Workspace::openForWriting(path);
        other.exec("ALTER TABLE people RENAME TO people_gone");
    }
    QTest::keyClick(cases, Qt::Key_J);
    const QString message = window->statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Could not read the workspace:")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("people"))) << message.toStdString();
}

TEST_F(MainWindowTest, FiltersNarrowTheListAndTheCounts)
{
    window->selectQueue(Queue::All);
    const std::int64_t onMastodon = [&] {
        Database db = Workspace::openForReading(path);
        return db.queryInt("SELECT count(*) FROM cases WHERE platform = 'mastodon'");
    }();
    ASSERT_GT(onMastodon, 0);
    // Fewer than all four, so the count below has to change to match.
    ASSERT_LT(onMastodon, 4);
    ASSERT_EQ(queueRow(Queue::All).second, QStringLiteral("4"));
    auto *network = window->findChild<QComboBox *>(QStringLiteral("networkFilter"));
    network->setCurrentIndex(network->findData(QStringLiteral("mastodon")));
    QTreeView *cases = view("caseView");
    EXPECT_EQ(cases->model()->rowCount(), int(onMastodon));
    for (int row = 0; row < cases->model()->rowCount(); ++row)
        EXPECT_EQ(cases->model()->index(row, CaseListModel::NetworkColumn).data().toString(),
                  QStringLiteral("Mastodon"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return queueRow(Queue::All).second == QString::number(onMastodon); }, 5000))
        << queueRow(Queue::All).second.toStdString();

    // A tag an agent gave one case finds just that case.
    window->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    EXPECT_EQ(cases->model()->rowCount(), 4);
    cases->setCurrentIndex(cases->model()->index(2, 0));
    auto *tag = window->findChild<QLineEdit *>(QStringLiteral("newTagEdit"));
    QTest::keyClicks(tag, QStringLiteral("Billing"));
    QTest::keyClick(tag, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            Database db = Workspace::openForReading(path);
            return db.queryInt("SELECT count(*) FROM case_tags WHERE tag = 'billing'") == 1;
        },
        5000));
    auto *filterTag = window->findChild<QLineEdit *>(QStringLiteral("tagFilter"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            filterTag->setText(QStringLiteral("billing"));
            Q_EMIT filterTag->editingFinished();
            return cases->model()->rowCount() == 1;
        },
        5000));
}

TEST(FilterBarTest, TheRiskBoxNarrowsToOneRiskAndClearsWithTheRest)
{
    FilterBar bar;
    QList<CaseFilter> emitted;
    QObject::connect(&bar, &FilterBar::filterChanged,
                     [&](const CaseFilter &filter) { emitted.append(filter); });
    auto *risk = bar.findChild<QComboBox *>(QStringLiteral("riskFilter"));
    ASSERT_NE(risk, nullptr);
    EXPECT_EQ(bar.filter().risks, 0u);
    risk->setCurrentIndex(risk->findText(QStringLiteral("Scam posing as us")));
    EXPECT_EQ(bar.filter().risks, riskFlag(Risk::Scam));
    ASSERT_FALSE(emitted.isEmpty());
    EXPECT_EQ(emitted.last().risks, riskFlag(Risk::Scam));
    EXPECT_FALSE(bar.filter().isEmpty());
    bar.clear();
    EXPECT_EQ(bar.filter().risks, 0u);
    EXPECT_TRUE(bar.filter().isEmpty());
}

// A laptop or a projector gives 1280x720, less the desktop's panel and the title bar: every part
// of the console, the status bar and the composer's Send included, must fit in what is left.
TEST_F(MainWindowTest, FitsOnA1280By720Screen)
{
    window->selectQueue(Queue::All);
    QTest::keyClick(view("caseView"), Qt::Key_Down);
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    EXPECT_LE(needed.width(), 1280);
    EXPECT_LE(needed.height(), 720 - 80);
}

// The first start has no saved size: the window takes what the screen has room for, not a fixed
// size that puts the status bar and Send below the screen's edge.
TEST_F(MainWindowTest, OpensNoTallerThanTheScreenTheFirstTime)
{
    const QRect room = window->screen()->availableGeometry();
    EXPECT_LE(window->frameGeometry().height(), room.height());
    // Narrower than the console's least width, it takes that width.
    EXPECT_LE(window->width(), std::max(room.width(), window->minimumSizeHint().width()));
}

// The title names the workspace; the desktop adds the application's name, so the title itself
// must not carry it again ("Earshot - Demo — Earshot").
TEST_F(MainWindowTest, TheTitleNamesTheWorkspaceOnce)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("demo (demo workspace)"));
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("Earshot")));
    auto *networks = window->findChild<QComboBox *>(QStringLiteral("networkFilter"));
    ASSERT_NE(networks, nullptr);
    EXPECT_GE(networks->findData(QStringLiteral("simulation")), 0); // the demo's own feed
}

// On a workspace of real accounts the Simulation platform is no network to filter by.
TEST(MainWindowOnARealWorkspace, TheNetworkFilterLeavesOutTheSimulation)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("brand.earshot"));
    AppSettings settings(folder.path(QStringLiteral("settings.ini")));
    WorkspaceSession session(path);
    MainWindow window(session, settings);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("brand"));
    auto *networks = window.findChild<QComboBox *>(QStringLiteral("networkFilter"));
    ASSERT_NE(networks, nullptr);
    EXPECT_EQ(networks->findData(QStringLiteral("simulation")), -1);
    EXPECT_GE(networks->findData(QStringLiteral("mastodon")), 0);
}
