// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseFilter.h"
#include "cases/Queue.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace earshot {

class QueueCounterWorker;

// Counts the queues on a thread of its own, with its own reader connection: on a workspace of a
// million mentions a count takes a tenth of a second, too long for the window's thread during a
// spike. Requests made while a count runs are folded into one more count.
class QueueCounter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCounter)

public:
    explicit QueueCounter(const QString &workspacePath, QObject *parent = nullptr);
    ~QueueCounter() override;

    void request();
    // Whose "Mine" and which filter the next counts are for.
    void setScope(std::int64_t me, const CaseFilter &filter);

Q_SIGNALS:
    // One count per queue, in the order of allQueues.
    void countsReady(const QList<int> &counts);

private:
    void onCounted(const QList<int> &counts);

    QThread m_thread;
    QueueCounterWorker *m_worker;
    bool m_running = false;
    bool m_again = false;
    std::int64_t m_me = 0;
    CaseFilter m_filter;
};

} // namespace earshot
