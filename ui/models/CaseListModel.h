// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseQueries.h"
#include "cases/Queue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <vector>

namespace earshot {

// The case list of one queue, narrowed by the search box. Pages rows in from the workspace as
// the view scrolls (keyset paging), so a queue of a million cases costs one page to open.
// Live changes arrive as case ids and move, insert or drop just those rows.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column {
        NumberColumn,
        PriorityColumn,
        PersonColumn,
        NetworkColumn,
        StatusColumn,
        SubjectColumn,
        ActivityColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        // Where the search's terms occur in the cell's text: a QVariantList of QPoint(start,
        // length), empty without a search. The list's delegate highlights them.
        MatchesRole,
    };
    static constexpr int pageSize = 100;

    CaseListModel(CaseQueries &queries, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // The case number, priority and last activity sort the list; any other column (or -1) gives
    // the triage order back.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const CaseSort &caseSort() const { return m_sort; }

    void setQueue(Queue queue);
    Queue queue() const { return m_queue; }
    // What a person typed; FTS5 syntax in it is searched as text. Finds cases by their
    // messages, number, person's name or handle, and tags (CaseSearch).
    void setSearchText(const QString &text);
    const CaseSearch &search() const { return m_search; }
    // How many cases of the queue the search and filter found; -1 without a search.
    int foundCount() const { return m_foundCount; }
    void setFilter(const CaseFilter &filter);
    // Reads the list again from the top (after the agent the console works as changed).
    void reloadAll();

    const CaseRow *caseAt(int row) const;
    int rowOfCase(std::int64_t caseId) const;
    // Brings the given cases up to date: they may have moved, joined or left this list.
    void refreshCases(const QList<qint64> &caseIds);
    // As short as the column allows, the way mail clients do: the time today, the weekday and
    // time this week, the date before that. The tooltip has the whole date and time.
    static QString activityText(std::int64_t ms, const QDate &today);

Q_SIGNALS:
    // The workspace could not be read (a damaged file, a vanished disk); the list keeps what
    // it had.
    void readFailed(const QString &message);
    // The number of cases found changed (-1: no search).
    void foundCountChanged(int count);

private:
    // "Priority 93: Legal threat, Very negative, Complaint", for the priority column's tooltip.
    // What the list shows of a case: its newest message, shortened.
    static QString listText(const CaseRow &row);
    static QString readingSummary(const CaseRow &row);
    void reload();
    std::vector<CaseRow> nextPage();
    void refreshCase(std::int64_t caseId);
    void dropRow(int row);
    void placeRow(int row, const CaseRow &fresh);
    void rebuildIndex();
    void countFound();

    CaseQueries &m_queries;
    Queue m_queue = Queue::New;
    CaseSearch m_search;
    int m_foundCount = -1;
    CaseFilter m_filter;
    CaseSort m_sort;
    std::vector<CaseRow> m_rows;
    QHash<std::int64_t, int> m_rowOfCase;
    bool m_atEnd = false;
};

} // namespace earshot
