// SPDX-License-Identifier: Apache-2.0
#include "store/StoreWriter.h"

#include "store/StoreError.h"
#include "store/StoreWriterWorker.h"
#include "store/Workspace.h"

namespace earshot {

StoreWriter::StoreWriter(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWriterWorker(workspacePath))
{
    qRegisterMetaType<earshot::IngestBatch>();
    qRegisterMetaType<earshot::IngestResult>();
    m_thread.setObjectName(QStringLiteral("earshot-store-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWriterWorker::ingested, this, &StoreWriter::ingested);
    connect(m_worker, &StoreWriterWorker::failed, this, &StoreWriter::failed);
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

StoreWriterWorker::StoreWriterWorker(const QString &workspacePath)
    : m_path(workspacePath)
{}

StoreWriterWorker::~StoreWriterWorker() = default;

bool StoreWriterWorker::ensureOpen(const IngestBatch &batch)
{
    if (m_ingestor)
        return true;
    try {
        m_db =
            std::make_unique<Database>(Workspace::openForWriting(m_path, Workspace::Create::Never));
        m_ingestor = std::make_unique<Ingestor>(*m_db);
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

} // namespace earshot
