// SPDX-License-Identifier: Apache-2.0
// Every model under QAbstractItemModelTester, through paging, queue switches, searches and live
// changes: a broken model contract aborts the suite.
#include "TestSupport.h"

#include "cases/CaseQueries.h"
#include "ingest/Ingestor.h"
#include "models/CaseListModel.h"
#include "models/QueueModel.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr std::int64_t base = 1'700'000'000'000;

class ModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString path = folder.path(QStringLiteral("w.earshot"));
        writer = Workspace::openForWriting(path);
        ingestor = std::make_unique<Ingestor>(writer);
        IngestBatch batch;
        for (int i = 0; i < 250; ++i)
            batch.mentions.push_back(
                makeMention(QStringLiteral("m%1").arg(i), QStringLiteral("p%1").arg(i), base + i));
        ingestor->ingest(batch);
        reader = Workspace::openForReading(path);
        queries = std::make_unique<CaseQueries>(reader);
    }

    std::int64_t idOfRow(const CaseListModel &model, int row)
    {
        return model.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
    }

    TempFolder folder;
    Database writer;
    std::unique_ptr<Ingestor> ingestor;
    Database reader;
    std::unique_ptr<CaseQueries> queries;
};

} // namespace

TEST_F(ModelTest, CaseListPagesInAsTheViewAsks)
{
    CaseListModel model(*queries); // no tester yet: it would fetch every page at once
    EXPECT_EQ(model.rowCount(), CaseListModel::pageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));
    // Equal priorities: the longest waiting comes first.
    EXPECT_EQ(model.index(0, CaseListModel::NumberColumn).data().toString(),
              QStringLiteral("#1001"));
    EXPECT_EQ(
        model.headerData(CaseListModel::PersonColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Person"));
}

TEST_F(ModelTest, LiveChangesMoveOnlyTheCasesConcerned)
{
    CaseListModel model(*queries);
    const std::int64_t newest = 1250; // waited least: not loaded yet, on the third page
    ASSERT_EQ(model.rowOfCase(newest), -1);
    // A threat of legal action in its thread raises its priority above all the others.
    Mention threat = makeMention(QStringLiteral("threat"), QStringLiteral("p249"), base + 10'000);
    threat.inReplyTo = QStringLiteral("m249");
    threat.text = QStringLiteral("Still nothing. I will talk to my lawyer about this refund.");
    ingestor->ingest({{threat}, {}, {}});
    model.refreshCases({newest});
    EXPECT_EQ(model.rowOfCase(newest), 0);
    EXPECT_EQ(model.rowCount(), CaseListModel::pageSize + 1);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester has paged everything in; a case moving from the bottom to the top is a move.
    const std::int64_t last = idOfRow(model, model.rowCount() - 1);
    const auto lastRow = queries->caseById(last);
    ASSERT_TRUE(lastRow.has_value());
    Mention worse = makeMention(QStringLiteral("worse"), QStringLiteral("p1"), base + 15'000);
    worse.author.id = QStringLiteral("p%1").arg(last - 1001);
    worse.inReplyTo = QStringLiteral("m%1").arg(last - 1001);
    worse.text = QStringLiteral("My lawyer says cancel the contract and I will, refund me now.");
    ingestor->ingest({{worse}, {}, {}});
    model.refreshCases({last});
    EXPECT_EQ(idOfRow(model, 0), last);
    EXPECT_EQ(idOfRow(model, 1), newest);

    // Resolving a case takes it out of New.
    const std::int64_t second = idOfRow(model, 2);
    writer.exec(
        QByteArray("UPDATE cases SET status = 'resolved' WHERE id = " + QByteArray::number(second))
            .constData());
    model.refreshCases({second});
    EXPECT_EQ(model.rowOfCase(second), -1);
    EXPECT_EQ(model.rowCount(), 249);

    // A brand-new case lands where its priority puts it; an unknown id changes nothing.
    Mention fresh = makeMention(QStringLiteral("new"), QStringLiteral("newcomer"), base + 20'000);
    fresh.text = worse.text;
    const std::int64_t created = ingestor->ingest({{fresh}, {}, {}}).caseIds.front();
    model.refreshCases({created, 999'999});
    EXPECT_EQ(idOfRow(model, 0), last); // as pressing, and waiting longer
    EXPECT_EQ(idOfRow(model, 1), created);
    EXPECT_EQ(model.rowCount(), 250);
}

TEST_F(ModelTest, QueueSwitchAndSearchReloadThroughTheTester)
{
    CaseListModel model(*queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    writer.exec("UPDATE cases SET status = 'resolved' WHERE id <= 1010");
    model.setQueue(Queue::Resolved);
    EXPECT_EQ(model.rowCount(), 10);
    model.setSearchText(QStringLiteral("m3"));
    EXPECT_EQ(model.rowCount(), 1);
    model.setSearchText(QStringLiteral("NEAR( \"  AND"));
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), 10);
}

TEST_F(ModelTest, QueueModelCountsAndAnnouncesChanges)
{
    QueueModel model(*queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto shown = [&model](Queue queue) {
        return model.index(model.rowOf(queue), QueueModel::CountColumn).data().toString();
    };
    EXPECT_EQ(model.rowCount(), int(allQueues.size()));
    EXPECT_EQ(shown(Queue::New), QStringLiteral("250"));
    EXPECT_EQ(shown(Queue::Resolved), QStringLiteral("0"));
    writer.exec("UPDATE cases SET status = 'resolved' WHERE id <= 1003");
    int changes = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&changes] { ++changes; });
    // As the window gives it the counts its counter thread made.
    model.setCounts(queries->countAllQueues());
    EXPECT_EQ(shown(Queue::New), QStringLiteral("247"));
    EXPECT_EQ(shown(Queue::Resolved), QStringLiteral("3"));
    // Next for me, Unassigned, New and Resolved; Mine, Pending, Snoozed and All are unchanged.
    EXPECT_EQ(changes, 4);
}

TEST(CaseListActivity, TodayShowsTheTimeThisWeekTheDayThenTheDate)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QDate today(2026, 12, 6); // a Sunday
    const auto at = [](const QDate &day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute, 42)).toMSecsSinceEpoch();
    };
    // Minutes, never seconds: the column stays narrow.
    EXPECT_EQ(CaseListModel::activityText(at(today, 9, 5), today), QStringLiteral("09:05"));
    EXPECT_EQ(CaseListModel::activityText(at(today.addDays(-1), 18, 3), today),
              QStringLiteral("Sat 18:03"));
    EXPECT_EQ(CaseListModel::activityText(at(today.addDays(-6), 7, 0), today),
              QStringLiteral("Mon 07:00"));
    EXPECT_EQ(CaseListModel::activityText(at(today.addDays(-7), 7, 0), today),
              QStringLiteral("29/11/2026"));
    // Locales whose short time carries seconds (C) or a day period (en_US) lose only the seconds.
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(CaseListModel::activityText(at(today, 9, 5), today), QStringLiteral("09:05"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // (Newer locale data puts a narrow space before "PM".)
    EXPECT_EQ(CaseListModel::activityText(at(today, 21, 5), today).replace(QChar(0x202f), u' '),
              QStringLiteral("9:05 PM"));
    QLocale::setDefault(previous);
}
