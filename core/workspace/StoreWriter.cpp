// SPDX-License-Identifier: Apache-2.0
#include "workspace/StoreWriter.h"

#include "Tr.h"
#include "cases/CaseCommands.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "workspace/StoreWriterWorker.h"

namespace earshot {

StoreWriter::StoreWriter(const QString &workspacePath, std::shared_ptr<Clock> clock,
                         QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWriterWorker(workspacePath, std::move(clock)))
{
    qRegisterMetaType<earshot::IngestBatch>();
    qRegisterMetaType<earshot::IngestResult>();
    qRegisterMetaType<earshot::CommandOutcome>();
    qRegisterMetaType<earshot::WriterJobResult>();
    m_thread.setObjectName(QStringLiteral("earshot-store-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWriterWorker::ingested, this, &StoreWriter::ingested);
    connect(m_worker, &StoreWriterWorker::failed, this, &StoreWriter::failed);
    connect(m_worker, &StoreWriterWorker::commandDone, this, &StoreWriter::commandDone);
    connect(m_worker, &StoreWriterWorker::jobDone, this, &StoreWriter::jobDone);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    // Stopping is queued behind the batches already submitted, so they are written before the
    // thread ends: nothing heard is dropped. (quit() alone would leave them in the queue.)
    QMetaObject::invokeMethod(
        m_worker, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void StoreWriter::submit(const IngestBatch &batch)
{
    // m_worker is the context: the call runs on the writer thread, in submission order.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, batch] { worker->ingest(batch); }, Qt::QueuedConnection);
}

void StoreWriter::execute(const CaseCommand &command)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, command] { worker->execute(command); }, Qt::QueuedConnection);
}

void StoreWriter::refuseWrites(const QString &reason)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, reason] { worker->refuseWrites(reason); },
        Qt::QueuedConnection);
}

void StoreWriter::run(WriterJob job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
        Qt::QueuedConnection);
}

StoreWriterWorker::StoreWriterWorker(const QString &workspacePath, std::shared_ptr<Clock> clock)
    : m_path(workspacePath)
    , m_clock(std::move(clock))
{}

StoreWriterWorker::~StoreWriterWorker() = default;

void StoreWriterWorker::refuseWrites(const QString &reason)
{
    m_refusal = reason;
    m_commands.reset();
    m_ingestor.reset();
    m_db.reset();
}

bool StoreWriterWorker::ensureOpen(const IngestBatch &batch)
{
    if (!m_refusal.isEmpty()) {
        Q_EMIT failed(m_refusal, batch.feed, batch.cursor);
        return false;
    }
    if (m_ingestor)
        return true;
    try {
        m_db =
            std::make_unique<Database>(Workspace::openForWriting(m_path, Workspace::Create::Never));
        m_db->setClock(m_clock);
        m_ingestor = std::make_unique<Ingestor>(*m_db);
        m_commands = std::make_unique<CaseCommands>(*m_db);
        return true;
    } catch (const StoreError &e) {
        m_db.reset();
        Q_EMIT failed(e.message(), batch.feed, batch.cursor);
        return false;
    }
}

void StoreWriterWorker::ingest(const IngestBatch &batch)
{
    if (!ensureOpen(batch))
        return;
    try {
        Q_EMIT ingested(m_ingestor->ingest(batch));
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message(), batch.feed, batch.cursor);
    }
}

void StoreWriterWorker::execute(const CaseCommand &command)
{
    if (!ensureOpen({})) {
        CommandOutcome outcome;
        outcome.requestId = command.requestId;
        outcome.kind = command.kind;
        outcome.caseId = command.caseId;
        outcome.error = m_refusal.isEmpty()
                            ? Tr::tr("The workspace cannot be written to right now.")
                            : m_refusal;
        Q_EMIT commandDone(outcome);
        return;
    }
    Q_EMIT commandDone(m_commands->execute(command));
}

void StoreWriterWorker::run(const WriterJob &job)
{
    if (!ensureOpen({}))
        return;
    WriterJobResult result;
    try {
        Transaction transaction(*m_db, job.durability);
        result = job.work(*m_db, *m_ingestor);
        transaction.commit();
    } catch (const StoreError &e) {
        m_ingestor->forgetCaches(); // what the job ingested was rolled back with it
        result = {};
        result.error = e.message();
    }
    result.name = job.name;
    Q_EMIT jobDone(result);
}

} // namespace earshot
