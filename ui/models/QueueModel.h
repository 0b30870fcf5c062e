// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Queue.h"

#include <QAbstractTableModel>

#include <QList>

#include <array>

namespace earshot {

class CaseQueries;

// The queues of the left-hand column with their live counts (title | count).
class QueueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column { TitleColumn, CountColumn, ColumnCount };

    QueueModel(CaseQueries &queries, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    Queue queueAt(int row) const;
    int rowOf(Queue queue) const;
    // Takes counts made elsewhere (QueueCounter), one per queue in the order of allQueues; only
    // rows whose count changed are announced.
    void setCounts(const QList<int> &counts);

private:
    std::array<int, allQueues.size()> m_counts{};
};

} // namespace earshot
