// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceHealth.h"

#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QMutex>

#include <sqlite3.h>

namespace earshot {

// The checking connection, so closing the window can interrupt a long check.
struct WorkspaceHealth::Running {
    QMutex mutex;
    sqlite3 *handle = nullptr;
    bool stopping = false;
};

WorkspaceHealth::WorkspaceHealth(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

WorkspaceHealth::~WorkspaceHealth()
{
    if (m_thread) {
        {
            // SQLite stops a running check at its next step.
            const QMutexLocker locker(&m_running->mutex);
            m_running->stopping = true;
            if (m_running->handle)
                sqlite3_interrupt(m_running->handle);
        }
        m_thread->wait();
    }
}

void WorkspaceHealth::start()
{
    if (m_thread)
        return;
    m_running = std::make_shared<Running>();
    // `this` outlives the thread (the destructor waits for it), and a queued call to a
    // destroyed context is dropped.
    m_thread = QThread::create([this, running = m_running, path = m_path] {
        QString problem;
        bool interrupted = false;
        try {
            Database db(path, Database::Access::ReadOnly);
            {
                const QMutexLocker locker(&running->mutex);
                running->handle = db.handle();
            }
            const QStringList problems =
                Workspace::integrityProblems(db, Workspace::Check::Full, 1);
            {
                const QMutexLocker locker(&running->mutex);
                running->handle = nullptr;
                interrupted = running->stopping;
            }
            if (!problems.isEmpty())
                problem = DamagedWorkspaceError(path, problems.first()).message();
        } catch (const StoreError &e) {
            problem = e.message();
        }
        if (interrupted || problem.isEmpty())
            return;
        QMetaObject::invokeMethod(
            this, [this, problem] { Q_EMIT damaged(problem); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("earshot-health-check"));
    m_thread->setParent(this);
    m_thread->start(QThread::IdlePriority);
}

} // namespace earshot
