// SPDX-License-Identifier: Apache-2.0
#include "workspace/QueueCounter.h"

#include "cases/CaseQueries.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "workspace/QueueCounterWorker.h"

namespace earshot {

QueueCounter::QueueCounter(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_worker(new QueueCounterWorker(workspacePath))
{
    m_thread.setObjectName(QStringLiteral("earshot-queue-counter"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QueueCounterWorker::counted, this, &QueueCounter::onCounted);
    m_thread.start();
}

QueueCounter::~QueueCounter()
{
    m_thread.quit();
    m_thread.wait();
}

void QueueCounter::request()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, me = m_me, filter = m_filter] { worker->count(me, filter); },
        Qt::QueuedConnection);
}

void QueueCounter::setScope(std::int64_t me, const CaseFilter &filter)
{
    m_me = me;
    m_filter = filter;
}

void QueueCounter::onCounted(const QList<int> &counts)
{
    m_running = false;
    if (!counts.isEmpty())
        Q_EMIT countsReady(counts);
    if (std::exchange(m_again, false))
        request();
}

QueueCounterWorker::QueueCounterWorker(const QString &workspacePath)
    : m_path(workspacePath)
{}

QueueCounterWorker::~QueueCounterWorker() = default;

void QueueCounterWorker::count(std::int64_t me, const CaseFilter &filter)
{
    QList<int> counts;
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(Workspace::openForReading(m_path));
        counts = CaseQueries(*m_db, me).countAllQueues({}, filter);
    } catch (const StoreError &) {
        counts.clear(); // the counts shown stay as they were; the next request tries again
        m_db.reset();
    }
    Q_EMIT counted(counts);
}

} // namespace earshot
