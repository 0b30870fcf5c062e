// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseCommand.h"
#include "clock/Clock.h"
#include "ingest/Ingestor.h"
#include "workspace/WriterJob.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace earshot {

class StoreWriterWorker;

// The one thread that writes to a workspace. Batches are queued to it and written in one
// transaction each; results come back as signals in the thread that owns this object, so the
// window never waits on the disk.
class StoreWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    // What it writes is stamped with `clock`'s time.
    explicit StoreWriter(const QString &workspacePath, std::shared_ptr<Clock> clock = systemClock(),
                         QObject *parent = nullptr);
    ~StoreWriter() override;

    // Thread-safe; return at once. Everything runs on the writer thread in submission order.
    void submit(const earshot::IngestBatch &batch);
    void execute(const earshot::CaseCommand &command);
    void run(earshot::WriterJob job);
    // Every write from now on fails with `reason`: the file was found damaged, and writing to
    // it could spread the damage.
    void refuseWrites(const QString &reason);

Q_SIGNALS:
    void ingested(const earshot::IngestResult &result);
    void commandDone(const earshot::CommandOutcome &outcome);
    void jobDone(const earshot::WriterJobResult &result);
    // The batch was not written (its feed and cursor say which, so the feed can go back).
    void failed(const QString &message, const QString &feed, const QString &cursor);

private:
    QThread m_thread;
    StoreWriterWorker *m_worker;
};

} // namespace earshot
