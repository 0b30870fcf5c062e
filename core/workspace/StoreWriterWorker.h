// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseCommand.h"
#include "ingest/Ingestor.h"
#include "store/Sqlite.h"
#include "workspace/WriterJob.h"

#include <QObject>

#include <memory>

namespace earshot {
class CaseCommands;
}

namespace earshot {

// Lives on the writer thread; owns the write connection, which never leaves that thread.
class StoreWriterWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriterWorker)

public:
    StoreWriterWorker(const QString &workspacePath, std::shared_ptr<Clock> clock);
    ~StoreWriterWorker() override;

public Q_SLOTS:
    void ingest(const earshot::IngestBatch &batch);
    void execute(const earshot::CaseCommand &command);
    void run(const earshot::WriterJob &job);
    // From now on every write fails with `reason` (the file was found damaged).
    void refuseWrites(const QString &reason);

Q_SIGNALS:
    void ingested(const earshot::IngestResult &result);
    void commandDone(const earshot::CommandOutcome &outcome);
    void jobDone(const earshot::WriterJobResult &result);
    // The batch was not written (its feed and cursor say which, so the feed can go back).
    void failed(const QString &message, const QString &feed, const QString &cursor);

private:
    bool ensureOpen(const IngestBatch &batch);

    QString m_path;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ingestor> m_ingestor;
    std::unique_ptr<CaseCommands> m_commands;
    QString m_refusal;
};

} // namespace earshot
