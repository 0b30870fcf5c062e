// SPDX-License-Identifier: Apache-2.0
// The writer thread as its askers depend on it: every request answered, success or failure,
// agents' commands ahead of bulk work, backfills written in steps with the cursor last, and
// nothing submitted lost when it closes.
#include "AnswerCatcher.h"
#include "TestSupport.h"

#include "cases/Agents.h"
#include "cases/CaseRescorer.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QFile>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace earshot;
using namespace earshot::test;

namespace {

IngestBatch batchOf(int first, int count, const QString &feed = {}, const QString &cursor = {})
{
    IngestBatch batch;
    for (int i = first; i < first + count; ++i)
        batch.mentions.push_back(makeMention(QString::number(i), QString::number(i % 7)));
    batch.feed = feed;
    batch.cursor = cursor;
    return batch;
}

std::int64_t count(const QString &path, const char *sql)
{
    return Workspace::openForReading(path).queryInt(sql);
}

// Holds the writer thread inside a bulk task until released, so a test can line up what waits.
class Gate {
public:
    void waitForRelease()
    {
        std::unique_lock lock(m_mutex);
        m_entered = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
    }
    void waitUntilEntered()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_entered; });
    }
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_entered = false;
    bool m_released = false;
};

} // namespace

TEST(StoreWriter, ClosingWritesEveryBatchAlreadySubmitted)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(path); // create it
    constexpr int batches = 200;
    {
        StoreWriter writer(path);
        for (int i = 0; i < batches; ++i)
            writer.submit(batchOf(i, 1));
    } // closing the window closes the writer right after a burst of arrivals
    EXPECT_EQ(count(path, "SELECT count(*) FROM mentions"), batches);
}

TEST(StoreWriter, AFailedBatchAnswersItsAskerWithTheReason)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Database db = Workspace::openForWriting(path);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON mentions "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    StoreWriter writer(path);
    AnswerCatcher<WriterAnswer<IngestResult>> written;
    writer.submit(batchOf(1, 1, QStringLiteral("demo-feed"), QStringLiteral("0:1")),
                  written.context(), written.callback());
    ASSERT_TRUE(written.wait());
    EXPECT_FALSE(written.answer().ok());
    EXPECT_TRUE(written.answer().error.contains(QStringLiteral("disk trouble")))
        << written.answer().error.toStdString();
    EXPECT_EQ(count(path, "SELECT count(*) FROM feed_cursors"), 0);
}

TEST(StoreWriter, EveryRequestIsAnsweredWhenTheWorkspaceCannotBeOpened)
{
    // Before, a job whose connection could not open was dropped without a word: the Person menu
    // waited forever and background training stopped.
    TempFolder folder;
    const QString path = writeFile(folder, QStringLiteral("w.earshot"), "not a workspace");
    StoreWriter writer(path);

    AnswerCatcher<WriterAnswer<int>> task;
    WriterTask<int> work;
    work.work = [](WriterContext &) { return 1; };
    writer.run<int>(work, task.context(), task.callback());
    AnswerCatcher<CommandOutcome> command;
    CaseCommand note;
    note.caseId = 1;
    note.requestId = 42;
    note.text = QStringLiteral("a note");
    writer.execute(note, command.context(), command.callback());
    AnswerCatcher<WriterAnswer<IngestResult>> batch;
    writer.submit(batchOf(1, 1), batch.context(), batch.callback());
    AnswerCatcher<WriterAnswer<int>> read;
    writer.read<int>(
        "count", [](Database &db) { return int(db.queryInt("SELECT count(*) FROM mentions")); },
        read.context(), read.callback());

    ASSERT_TRUE(task.wait());
    ASSERT_TRUE(command.wait());
    ASSERT_TRUE(batch.wait());
    ASSERT_TRUE(read.wait());
    EXPECT_FALSE(task.answer().ok());
    EXPECT_FALSE(command.answer().ok);
    EXPECT_EQ(command.answer().requestId, 42u);
    EXPECT_FALSE(command.answer().error.isEmpty());
    EXPECT_FALSE(batch.answer().ok());
    EXPECT_FALSE(read.answer().ok());
}

TEST(StoreWriter, AgentsCommandsGoAheadOfBulkWorkAlreadyWaiting)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(path);
    StoreWriter writer(path);
    Gate gate;
    std::mutex orderMutex;
    QStringList order;
    auto task = [&](const char *name, WriterLane lane, bool hold) {
        WriterTask<int> t;
        t.name = name;
        t.lane = lane;
        t.work = [&, name, hold](WriterContext &) {
            if (hold)
                gate.waitForRelease();
            const std::lock_guard lock(orderMutex);
            order.append(QString::fromLatin1(name));
            return 0;
        };
        return t;
    };
    AnswerCatcher<WriterAnswer<int>> last;
    writer.run<int>(task("bulk 1", WriterLane::Bulk, true), nullptr, {});
    gate.waitUntilEntered(); // the writer is busy with bulk 1
    writer.run<int>(task("bulk 2", WriterLane::Bulk, false), nullptr, {});
    writer.run<int>(task("bulk 3", WriterLane::Bulk, false), last.context(), last.callback());
    writer.run<int>(task("command", WriterLane::Command, false), nullptr, {});
    gate.release();
    ASSERT_TRUE(last.wait());
    EXPECT_EQ(order, (QStringList{QStringLiteral("bulk 1"), QStringLiteral("command"),
                                  QStringLiteral("bulk 2"), QStringLiteral("bulk 3")}));
}

TEST(StoreWriter, ABackfillIsWrittenInStepsWithItsCursorSavedLast)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Database db = Workspace::openForWriting(path);
    // The third step fails: the first two stay written, the feed's position does not move, so
    // the feed gives the batch again and ingest skips what it already has.
    const int failAt = 2 * StoreWriter::ingestStep + 10;
    db.exec(QByteArray("CREATE TRIGGER refuse BEFORE INSERT ON mentions WHEN NEW.platform_id = '"
                       + QByteArray::number(failAt)
                       + "' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                .constData());
    StoreWriter writer(path);
    const int total = 3 * StoreWriter::ingestStep;
    AnswerCatcher<WriterAnswer<IngestResult>> failed;
    writer.submit(batchOf(0, total, QStringLiteral("feed"), QStringLiteral("after")),
                  failed.context(), failed.callback());
    ASSERT_TRUE(failed.wait());
    EXPECT_TRUE(failed.answer().error.contains(QStringLiteral("disk full")));
    EXPECT_EQ(count(path, "SELECT count(*) FROM mentions"), 2 * StoreWriter::ingestStep);
    EXPECT_EQ(count(path, "SELECT count(*) FROM feed_cursors"), 0);

    db.exec("DROP TRIGGER refuse");
    AnswerCatcher<WriterAnswer<IngestResult>> again;
    writer.submit(batchOf(0, total, QStringLiteral("feed"), QStringLiteral("after")),
                  again.context(), again.callback());
    ASSERT_TRUE(again.wait());
    ASSERT_TRUE(again.answer().ok()) << again.answer().error.toStdString();
    EXPECT_EQ(again.answer().value.inserted, StoreWriter::ingestStep);
    EXPECT_EQ(again.answer().value.duplicates, 2 * StoreWriter::ingestStep);
    EXPECT_EQ(again.answer().value.caseIds.size(), std::size_t(total));
    EXPECT_EQ(count(path, "SELECT count(*) FROM mentions"), total);
    EXPECT_EQ(count(path, "SELECT count(*) FROM feed_cursors WHERE cursor = 'after'"), 1);
}

TEST(StoreWriter, MentionsReachTheWriterAlreadyRead)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(path);
    StoreWriter writer(path);
    IngestBatch batch = batchOf(1, 1);
    batch.mentions.front().text = QStringLiteral("This is awful, my order never came. Help!");
    AnswerCatcher<WriterAnswer<IngestResult>> written;
    writer.submit(batch, written.context(), written.callback());
    ASSERT_TRUE(written.wait());
    ASSERT_TRUE(written.answer().ok()) << written.answer().error.toStdString();
    EXPECT_EQ(written.answer().value.inserted, 1);
    EXPECT_EQ(written.answer().value.readInTransaction, 0);
    EXPECT_EQ(count(path, "SELECT count(*) FROM mentions WHERE sentiment IS NOT NULL"), 1);
    // The same batch given to the ingest pipeline directly is read inside its transaction.
    {
        Database direct = Workspace::openForWriting(path);
        Ingestor ingestor(direct);
        EXPECT_EQ(ingestor.ingest(batchOf(5, 1)).readInTransaction, 1);
    }

    ReaderConnection readingThread(path, systemClock());
    QString error;
    ASSERT_TRUE(readingThread.ready(&error)) << error.toStdString();
    IngestBatch unread = batchOf(2, 2);
    readingThread.readMentions(unread);
    for (const Mention &mention : unread.mentions) {
        ASSERT_TRUE(mention.reading.has_value());
        EXPECT_TRUE(mention.reading->sentiment.cues.isEmpty()); // not stored, not carried
    }
}

TEST(StoreWriter, AnAnswerForAnAskerThatIsGoneIsDropped)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(path);
    StoreWriter writer(path);
    bool called = false;
    auto *asker = new QObject;
    writer.submit(batchOf(1, 1), asker, [&](const WriterAnswer<IngestResult> &) { called = true; });
    delete asker; // a view closed while its write was on the way
    AnswerCatcher<WriterAnswer<IngestResult>> later;
    writer.submit(batchOf(2, 1), later.context(), later.callback());
    ASSERT_TRUE(later.wait());
    EXPECT_FALSE(called);
}

TEST(StoreWriter, ARescoreInStepsLeavesCasesThatChangedMeanwhile)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Database db = Workspace::openForWriting(path);
    {
        Ingestor ingestor(db);
        ingestor.ingest(batchOf(1, 3));
    }
    db.exec("UPDATE cases SET priority = -1"); // every case is stale
    CaseRescorer rescorer(db);
    std::vector<PriorityChange> plan = rescorer.planAll(PriorityWeights());
    ASSERT_EQ(plan.size(), 3u);
    // A new message reached the first case between the plan and its writing.
    db.exec(QByteArray("UPDATE cases SET version = version + 1 WHERE id = "
                       + QByteArray::number(plan.front().caseId))
                .constData());
    Transaction transaction(db);
    const std::vector<std::int64_t> moved = rescorer.apply(plan.data(), plan.data() + plan.size());
    transaction.commit();
    EXPECT_EQ(moved.size(), 2u);
    EXPECT_EQ(std::count(moved.begin(), moved.end(), plan.front().caseId), 0);
    EXPECT_EQ(db.queryInt(QByteArray("SELECT priority FROM cases WHERE id = "
                                     + QByteArray::number(plan.front().caseId))
                              .constData()),
              -1);
}
