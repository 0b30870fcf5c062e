// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseFilter.h"
#include "store/Sqlite.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace earshot {

// Lives on the counter's thread; its reader connection never leaves it.
class QueueCounterWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCounterWorker)

public:
    explicit QueueCounterWorker(const QString &workspacePath);
    ~QueueCounterWorker() override;

    void count(std::int64_t me, const CaseFilter &filter);

Q_SIGNALS:
    void counted(const QList<int> &counts);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace earshot
