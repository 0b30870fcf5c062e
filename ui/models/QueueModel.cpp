// SPDX-License-Identifier: Apache-2.0
#include "models/QueueModel.h"

#include "cases/CaseQueries.h"

#include <QLocale>

namespace earshot {

QueueModel::QueueModel(CaseQueries &queries, QObject *parent)
    : QAbstractTableModel(parent)
{
    const QList<int> counts = queries.countAllQueues();
    for (std::size_t i = 0; i < allQueues.size(); ++i)
        m_counts[i] = counts[qsizetype(i)];
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allQueues.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Queue queue = allQueues[std::size_t(index.row())];
    const int count = m_counts[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? queueTitle(queue) : QLocale().toString(count);
    case Qt::ToolTipRole:
        return tr("Cases in %1: %2").arg(queueTitle(queue), QLocale().toString(count));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                             : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return tr("Cases in %1: %2").arg(queueTitle(queue), QLocale().toString(count));
    default:
        return {};
    }
}

Queue QueueModel::queueAt(int row) const
{
    return allQueues[std::size_t(std::clamp(row, 0, int(allQueues.size()) - 1))];
}

int QueueModel::rowOf(Queue queue) const
{
    for (std::size_t i = 0; i < allQueues.size(); ++i) {
        if (allQueues[i] == queue)
            return int(i);
    }
    return 0;
}

void QueueModel::setCounts(const QList<int> &counts)
{
    if (counts.size() != qsizetype(allQueues.size()))
        return;
    for (std::size_t i = 0; i < allQueues.size(); ++i) {
        const int count = counts[qsizetype(i)];
        if (count != m_counts[i]) {
            m_counts[i] = count;
            const QModelIndex changed = index(int(i), CountColumn);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

} // namespace earshot
