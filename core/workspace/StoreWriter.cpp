// SPDX-License-Identifier: Apache-2.0
#include "workspace/StoreWriter.h"

#include "logging/LogCategories.h"

#include <algorithm>

namespace earshot {

namespace {

// Runs a worker's tasks until its queue is closed and drained. The worker's state is made here,
// so its connection is opened and used on this thread only.
template <class Worker>
void serve(WorkQueue<Worker> &queue, const QString &path, const std::shared_ptr<Clock> &clock,
           const char *threadName)
{
    QThread::currentThread()->setObjectName(QString::fromLatin1(threadName));
    Worker worker(path, clock);
    while (auto task = queue.take())
        (*task)(worker);
}

void append(std::vector<std::int64_t> &to, const std::vector<std::int64_t> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

StoreWriter::StoreWriter(const QString &workspacePath, std::shared_ptr<Clock> clock,
                         QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
    , m_clock(std::move(clock))
{
    qRegisterMetaType<earshot::IngestBatch>();
    qRegisterMetaType<earshot::IngestResult>();
    qRegisterMetaType<earshot::CommandOutcome>();
    m_readingThread = std::thread([this] { serve(m_reading, m_path, m_clock, "earshot-reader"); });
    m_writingThread = std::thread([this] { serve(m_writing, m_path, m_clock, "earshot-writer"); });
}

StoreWriter::~StoreWriter()
{
    // The reading thread may still hand batches to the writer: it is drained first, then the
    // writer, so everything asked for is written before the threads end and nothing heard is
    // dropped. Answers still on their way are dropped with this object.
    m_reading.close();
    m_readingThread.join();
    m_writing.close();
    m_writingThread.join();
}

void StoreWriter::submit(IngestBatch batch, QObject *context, Done<IngestResult> done)
{
    submitMadeFrom(
        "ingest", [batch = std::move(batch)](Database &) mutable { return std::move(batch); },
        context, std::move(done));
}

void StoreWriter::submitMadeFrom(const char *name, std::function<IngestBatch(Database &)> make,
                                 QObject *context, Done<IngestResult> done)
{
    m_reading.push(WriterLane::Bulk, [this, name, make = std::move(make),
                                      context = QPointer(context),
                                      done = std::move(done)](ReaderConnection &reader) mutable {
        QString error;
        if (!reader.ready(&error)) {
            answer(context, done, WriterAnswer<IngestResult>{{}, error});
            return;
        }
        IngestBatch batch;
        try {
            batch = make(reader.db());
            if (!m_oneQueue)
                reader.readMentions(batch);
        } catch (const StoreError &e) {
            // Without the learned models it would read differently from the rest: the feed
            // goes back and gives the batch again.
            reader.close();
            logReadFailure(name, e.message());
            answer(context, done, WriterAnswer<IngestResult>{{}, e.message()});
            return;
        }
        if (batch.mentions.empty() && batch.feed.isEmpty() && batch.searchCursors.empty()
            && batch.changes.empty() && batch.profiles.empty()) {
            answer(context, done, WriterAnswer<IngestResult>{});
            return;
        }
        struct Progress {
            IngestBatch batch;
            std::size_t next = 0;
            IngestResult result;
        };
        // Before the lanes, a batch was written whole.
        const std::size_t stepSize =
            m_oneQueue ? std::max<std::size_t>(1, batch.mentions.size()) : std::size_t(ingestStep);
        WriterSteps<Progress> steps;
        steps.name = "ingest";
        steps.state.batch = std::move(batch);
        steps.step = [stepSize](WriterContext &c, Progress &p) {
            const std::size_t total = p.batch.mentions.size();
            const std::size_t end = std::min(total, p.next + stepSize);
            IngestBatch part;
            part.mentions.assign(p.batch.mentions.begin() + std::ptrdiff_t(p.next),
                                 p.batch.mentions.begin() + std::ptrdiff_t(end));
            if (end == total) { // the cursor says the whole batch is in
                part.feed = p.batch.feed;
                part.cursor = p.batch.cursor;
                part.searchCursors = p.batch.searchCursors;
                // Changes may name posts of this very batch: after its mentions.
                part.changes = p.batch.changes;
                part.profiles = p.batch.profiles;
            }
            const IngestResult written = c.ingestor.ingestInTransaction(part);
            p.result.inserted += written.inserted;
            p.result.duplicates += written.duplicates;
            p.result.readInTransaction += written.readInTransaction;
            append(p.result.caseIds, written.caseIds);
            append(p.result.createdCaseIds, written.createdCaseIds);
            append(p.result.rescoredCaseIds, written.rescoredCaseIds);
            if (end == total)
                p.result.changes = written.changes;
            p.next = end;
            return end < total;
        };
        runInSteps<Progress>(std::move(steps), context,
                             [done = std::move(done)](const WriterAnswer<Progress> &progress) {
                                 done({progress.value.result, progress.error});
                             });
    });
}

void StoreWriter::execute(const CaseCommand &command, QObject *context, CommandDone done)
{
    m_writing.push(m_oneQueue ? WriterLane::Bulk : WriterLane::Command,
                   [this, command, context = QPointer(context),
                    done = std::move(done)](WriterConnection &writer) {
                       answer(context, done, writer.execute(command));
                   });
}

void StoreWriter::refuseWrites(const QString &reason)
{
    m_writing.push(WriterLane::Command,
                   [reason](WriterConnection &writer) { writer.refuse(reason); });
}

void StoreWriter::logReadFailure(const char *name, const QString &error)
{
    qCWarning(lcWriter).noquote() << "Writer read" << name << "failed:" << error;
}

} // namespace earshot
