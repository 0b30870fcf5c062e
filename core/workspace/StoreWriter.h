// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseCommand.h"
#include "clock/Clock.h"
#include "ingest/Ingestor.h"
#include "workspace/ReaderConnection.h"
#include "workspace/WorkQueue.h"
#include "workspace/WriterConnection.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <thread>

namespace earshot {

// Work done in steps, each its own transaction in the bulk lane, so commands get through
// between them. `step` runs on the writer thread, adds to the state and returns whether more
// remains. The first step that fails ends the work: the answer carries its error, and the
// steps before it stay written.
template <class State> struct WriterSteps {
    const char *name = "steps"; // for the log
    Transaction::Durability durability = Transaction::Durability::Cache;
    State state{};
    std::function<bool(WriterContext &, State &)> step;
};

// The one thread that writes to a workspace, with a reading thread in front of it. Every
// request gets its own answer, success or failure, delivered to the `context` that asked on the
// thread this object lives in (never when the context is gone by then). Agents' commands go
// ahead of ingest and bulk work; mentions are read (classified) on the reading thread, before
// the writer, so the writer's transactions hold no classifier.
class StoreWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    // Most mentions one ingest transaction writes: a backfill of thousands goes in steps of
    // this many, so a command waits at most for one step (about 20 ms).
    static constexpr int ingestStep = 500;

    template <class T> using Done = std::function<void(const WriterAnswer<T> &)>;
    using CommandDone = std::function<void(const CommandOutcome &)>;

    // What it writes is stamped with `clock`'s time.
    explicit StoreWriter(const QString &workspacePath, std::shared_ptr<Clock> clock = systemClock(),
                         QObject *parent = nullptr);
    ~StoreWriter() override;

    // All return at once; the work runs on the writer's threads in the order asked, lane by
    // lane. `context` must live in this object's thread.
    template <class T> void run(WriterTask<T> task, QObject *context, Done<T> done)
    {
        const WriterLane lane = task.lane;
        m_writing.push(lane, [this, task = std::move(task), context = QPointer(context),
                              done = std::move(done)](WriterConnection &writer) {
            answer(context, done, writer.transact(task));
        });
    }

    // Reads on the reading thread (a read-only snapshot of the workspace), so a long read never
    // holds the writer: the first half of bulk work whose second half is written in steps.
    template <class T>
    void read(const char *name, std::function<T(Database &)> work, QObject *context, Done<T> done)
    {
        m_reading.push(WriterLane::Command,
                       [this, name, work = std::move(work), context = QPointer(context),
                        done = std::move(done)](ReaderConnection &reader) {
                           answer(context, done, readNow<T>(reader, name, work));
                       });
    }

    template <class State>
    void runInSteps(WriterSteps<State> steps, QObject *context, Done<State> done)
    {
        auto shared = std::make_shared<WriterSteps<State>>(std::move(steps));
        pushStep<State>(shared, QPointer(context), std::move(done));
    }

    // Mentions are read first (those without a reading), then written in steps of ingestStep;
    // the feed's cursor is saved with the last step, so a failure makes the feed go back to
    // where it was and nothing is lost (ingest ignores what it already has).
    // Without a context, nobody hears how it went (a test's or a bench's fill).
    void submit(IngestBatch batch, QObject *context = nullptr, Done<IngestResult> done = {});
    // The same for mentions made from what the workspace holds (a customer answering a reply):
    // `make` runs on the reading thread, so what it reads and the writing follow in order, and
    // closing the writer still writes them.
    void submitMadeFrom(const char *name, std::function<IngestBatch(Database &)> make,
                        QObject *context, Done<IngestResult> done);
    void execute(const CaseCommand &command, QObject *context, CommandDone done);
    // For earshot-command-latency-bench only, before any request: the writer as it was before
    // it had lanes (one queue, a batch written whole and read inside its transaction), so the
    // bench can set today's figures side by side with it.
    void behaveAsOneQueueForComparison() { m_oneQueue = true; }
    // Every write from now on fails with `reason`: the file was found damaged, and writing to
    // it could spread the damage. Goes ahead of the work already waiting.
    void refuseWrites(const QString &reason);

private:
    template <class T, class F> void answer(const QPointer<QObject> &context, F done, T value)
    {
        // Through this object, which outlives both threads: the context is only looked at on
        // its own thread, where it cannot be destroyed meanwhile.
        QMetaObject::invokeMethod(
            this,
            [context, done = std::move(done), value = std::move(value)] {
                if (context && done)
                    done(value);
            },
            Qt::QueuedConnection);
    }

    template <class T>
    static WriterAnswer<T> readNow(ReaderConnection &reader, const char *name,
                                   const std::function<T(Database &)> &work)
    {
        WriterAnswer<T> result;
        if (!reader.ready(&result.error))
            return result;
        try {
            ReadSnapshot snapshot(reader.db());
            result.value = work(reader.db());
        } catch (const StoreError &e) {
            reader.close();
            result.error = e.message();
            logReadFailure(name, result.error);
        }
        return result;
    }

    template <class State>
    void pushStep(std::shared_ptr<WriterSteps<State>> steps, QPointer<QObject> context,
                  Done<State> done)
    {
        m_writing.push(WriterLane::Bulk, [this, steps, context,
                                          done = std::move(done)](WriterConnection &writer) {
            WriterTask<bool> task;
            task.name = steps->name;
            task.lane = WriterLane::Bulk;
            task.durability = steps->durability;
            task.work = [&steps](WriterContext &c) { return steps->step(c, steps->state); };
            const WriterAnswer<bool> more = writer.transact(task);
            if (more.ok() && more.value) {
                pushStep<State>(steps, context, done);
                return;
            }
            answer(context, done, WriterAnswer<State>{steps->state, more.error});
        });
    }

    static void logReadFailure(const char *name, const QString &error);

    QString m_path;
    std::shared_ptr<Clock> m_clock;
    bool m_oneQueue = false;
    WorkQueue<ReaderConnection> m_reading;
    WorkQueue<WriterConnection> m_writing;
    std::thread m_readingThread;
    std::thread m_writingThread;
};

} // namespace earshot
