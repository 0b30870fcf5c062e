// SPDX-License-Identifier: Apache-2.0
#include "models/CaseListModel.h"

#include "PlainText.h"
#include "cases/CaseVocabulary.h"
#include "listening/Reading.h"
#include "platforms/PlatformTraits.h"
#include "store/StoreError.h"
#include "text/OutsideText.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPoint>
#include <QRegularExpression>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

CaseListModel::CaseListModel(CaseQueries &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CaseRow &row = m_rows[std::size_t(index.row())];
    if (role == CaseIdRole)
        return QVariant::fromValue<qint64>(row.id);
    if (role == MatchesRole) {
        QVariantList matches;
        if (m_search.isEmpty())
            return matches;
        const QString shown = data(index, Qt::DisplayRole).toString();
        for (const auto &[start, length] : searchMatches(shown, m_search.terms))
            matches.append(QPoint(int(start), int(length)));
        return matches;
    }
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn)
        return plainTextToolTip(withVisibleControls(listText(row)));
    if (role == Qt::ToolTipRole && index.column() == PriorityColumn)
        return readingSummary(row);
    if (role == Qt::ToolTipRole && index.column() == ActivityColumn) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.lastActivityMs).toLocalTime(),
                                  QLocale::LongFormat);
    }
    if (role == Qt::TextAlignmentRole && index.column() == PriorityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Where a risk lies behind the number it is bold and red, so a lead's eye finds it. Not a
    // warning-sign glyph: it comes from the colour emoji font, whose pictures are decompressed
    // on every paint (the case switch went from 25 to 55 ms at a million mentions).
    if (row.risks && index.column() == PriorityColumn) {
        if (role == Qt::ForegroundRole)
            return QColor(Qt::darkRed);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    // Unread until the agent opens the case: the customer wrote something they have not seen.
    if (role == Qt::FontRole && row.unseen()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return QString(u"#"_s + QString::number(row.id));
    case PriorityColumn:
        return QString::number(row.priority);
    // Outside text in a row stays short (the subject is the first words of the post) and shows
    // what it hides.
    case PersonColumn:
        return outsidePiece(row.personName);
    case NetworkColumn:
        return platformTitle(row.platform);
    case StatusColumn:
        return statusTitle(row.status);
    case SubjectColumn:
        return outsidePiece(withVisibleControls(listText(row)));
    case ActivityColumn:
        return activityText(row.lastActivityMs, QDate::currentDate());
    default:
        return {};
    }
}

QString CaseListModel::listText(const CaseRow &row)
{
    // The newest message, as the customer last wrote (the subject is their first).
    if (row.newestText.isEmpty())
        return row.subject;
    constexpr qsizetype maxLength = 120;
    QString text = row.newestText.simplified();
    if (text.size() > maxLength) {
        text.truncate(maxLength - 1);
        text.append(QChar(0x2026)); // …
    }
    return text;
}

QString CaseListModel::activityText(std::int64_t ms, const QDate &today)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    // Some locales' short format (C's among them) carries seconds: a queue needs minutes. The
    // seconds go with the separator before them, whichever it is ("HH:mm:ss", "H.mm.ss").
    static const QRegularExpression seconds(u"[^\\w']?s{1,2}"_s);
    const QString time =
        locale.toString(when.time(), locale.timeFormat(QLocale::ShortFormat).remove(seconds));
    const qint64 daysAgo = when.date().daysTo(today);
    if (daysAgo == 0)
        return time;
    if (daysAgo > 0 && daysAgo < 7)
        return locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time;
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QString CaseListModel::readingSummary(const CaseRow &row)
{
    QStringList parts;
    for (Risk risk : allRisks()) {
        if (hasRisk(row.risks, risk))
            parts.append(riskTitle(risk));
    }
    if (row.sentiment)
        parts.append(sentimentTitle(*row.sentiment));
    if (row.category)
        parts.append(categoryTitle(*row.category));
    return tr("Priority %1: %2").arg(row.priority).arg(parts.join(u", "_s));
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case");
    case PriorityColumn:
        return tr("Priority");
    case PersonColumn:
        return tr("Person");
    case NetworkColumn:
        return tr("Network");
    case StatusColumn:
        return tr("Status");
    case SubjectColumn:
        return tr("Message");
    case ActivityColumn:
        return tr("Last activity");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

std::vector<CaseRow> CaseListModel::nextPage()
{
    const std::optional<CasePageKey> after =
        m_rows.empty() ? std::nullopt : std::optional(pageKeyOf(m_rows.back(), m_sort));
    try {
        std::vector<CaseRow> page =
            m_queries.page(m_queue, m_search, after, pageSize, m_filter, m_sort);
        m_atEnd = int(page.size()) < pageSize;
        return page;
    } catch (const StoreError &e) {
        // Stop paging: the view would ask again at once and fail the same way.
        m_atEnd = true;
        Q_EMIT readFailed(e.message());
        return {};
    }
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::vector<CaseRow> page = nextPage();
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (CaseRow &row : page) {
        m_rowOfCase.insert(row.id, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseSort sort;
    switch (column) {
    case NumberColumn:
        sort.by = CaseSort::By::Number;
        break;
    case PriorityColumn:
        sort.by = CaseSort::By::Priority;
        break;
    case ActivityColumn:
        sort.by = CaseSort::By::Activity;
        break;
    default:
        break; // the triage order
    }
    sort.ascending = order == Qt::AscendingOrder;
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void CaseListModel::setQueue(Queue queue)
{
    if (queue == m_queue)
        return;
    m_queue = queue;
    reload();
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::reloadAll()
{
    reload();
}

void CaseListModel::setSearchText(const QString &text)
{
    CaseSearch search = CaseSearch::fromUserText(text);
    if (search == m_search)
        return;
    m_search = std::move(search);
    reload();
}

const CaseRow *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int CaseListModel::rowOfCase(std::int64_t caseId) const
{
    return m_rowOfCase.value(caseId, -1);
}

void CaseListModel::reload()
{
    // The first page is part of the reset, so views never see an empty list flash by.
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = nextPage();
    rebuildIndex();
    endResetModel();
    countFound();
}

void CaseListModel::countFound()
{
    int found = -1;
    if (!m_search.isEmpty()) {
        try {
            found = m_queries.count(m_queue, m_search, m_filter);
        } catch (const StoreError &e) {
            Q_EMIT readFailed(e.message());
        }
    }
    if (found == m_foundCount)
        return;
    m_foundCount = found;
    Q_EMIT foundCountChanged(found);
}

void CaseListModel::refreshCases(const QList<qint64> &caseIds)
{
    try {
        for (const qint64 id : caseIds)
            refreshCase(id);
        if (!m_search.isEmpty())
            countFound();
    } catch (const StoreError &e) {
        // Each row change is complete before the next read, so the rows stay consistent.
        Q_EMIT readFailed(e.message());
    }
}

void CaseListModel::refreshCase(std::int64_t caseId)
{
    const std::optional<CaseRow> fresh = m_queries.caseById(caseId);
    const bool belongs =
        fresh && caseBelongsToQueue(m_queue, fresh->status, fresh->assigneeId, m_queries.me())
        && m_queries.caseMatches(caseId, m_search, m_filter);
    const int current = rowOfCase(caseId);
    if (!belongs) {
        if (current >= 0)
            dropRow(current);
        return;
    }
    // The rows are in order, so where the case goes is a binary search; while the case's old
    // row is still among them it sits where its old key put it, which keeps the order intact.
    const auto key = pageKeyOf(*fresh, m_sort);
    const int target =
        int(std::lower_bound(m_rows.begin(), m_rows.end(), key,
                             [this](const CaseRow &row, const CasePageKey &k) {
                                 return sortsBefore(pageKeyOf(row, m_sort), k, m_sort);
                             })
            - m_rows.begin());
    // Past the loaded rows it belongs to a later page; fetchMore will bring it in its turn.
    const bool beyondLoaded = target == int(m_rows.size()) && !m_atEnd;
    if (current < 0) {
        if (!beyondLoaded)
            placeRow(target, *fresh);
        return;
    }
    if (beyondLoaded && target != current + 1) {
        dropRow(current);
        return;
    }
    m_rows[std::size_t(current)] = *fresh;
    if (target == current || target == current + 1) {
        // Same place in the order: just repaint the row.
        Q_EMIT dataChanged(index(current, 0), index(current, ColumnCount - 1));
        return;
    }
    // A move, not a remove and insert: views keep the selection and current row on the case.
    beginMoveRows({}, current, current, {}, target);
    const auto from = m_rows.begin() + current;
    if (target < current)
        std::rotate(m_rows.begin() + target, from, from + 1);
    else
        std::rotate(from, from + 1, m_rows.begin() + target);
    endMoveRows();
    rebuildIndex();
    Q_EMIT dataChanged(index(rowOfCase(caseId), 0), index(rowOfCase(caseId), ColumnCount - 1));
}

void CaseListModel::dropRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    rebuildIndex();
}

void CaseListModel::placeRow(int row, const CaseRow &fresh)
{
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, fresh);
    endInsertRows();
    rebuildIndex();
}

void CaseListModel::rebuildIndex()
{
    m_rowOfCase.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowOfCase.insert(m_rows[std::size_t(i)].id, i);
}

} // namespace earshot
