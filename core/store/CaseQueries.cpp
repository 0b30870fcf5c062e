// SPDX-License-Identifier: Apache-2.0
#include "store/CaseQueries.h"

#include <algorithm>

namespace earshot {

namespace {

// Every statement is assembled from these constants and queueCondition(); input is only bound.
constexpr const char *caseColumns =
    "SELECT c.id, c.person_id, p.display_name, "
    "(SELECT h.handle FROM handles h WHERE h.person_id = c.person_id AND h.platform = c.platform "
    "ORDER BY h.id LIMIT 1), c.platform, c.status, a.name, c.assignee_id IS NOT NULL, c.subject, "
    "c.last_activity_at, c.mention_count, c.version "
    "FROM cases c JOIN people p ON p.id = c.person_id LEFT JOIN agents a ON a.id = c.assignee_id ";

constexpr const char *searchCondition =
    " AND c.id IN (SELECT m.case_id FROM mention_fts JOIN mentions m ON m.id = mention_fts.rowid "
    "WHERE mention_fts MATCH ?)";

CaseRow readCase(const Statement &s)
{
    CaseRow row;
    row.id = s.toInt(0);
    row.personId = s.toInt(1);
    row.personName = s.toString(2);
    row.handle = s.toString(3);
    row.platform = s.toString(4);
    row.status = s.toString(5);
    row.assigneeName = s.toString(6);
    row.assigned = s.toInt(7) != 0;
    row.subject = s.toString(8);
    row.lastActivityMs = s.toInt(9);
    row.mentionCount = int(s.toInt(10));
    row.version = s.toInt(11);
    return row;
}

// The newest cases of one bucket after the page key: one ordered range of cases_queue.
QByteArray bucketPageSql(const QueueBucket &bucket, bool after)
{
    QByteArray sql =
        "SELECT id, at FROM (SELECT id, last_activity_at AS at FROM cases WHERE status = '";
    sql += bucket.status;
    sql +=
        bucket.unassigned ? "' AND (assignee_id IS NULL) = 1" : "' AND (assignee_id IS NULL) = 0";
    if (after)
        sql += " AND (last_activity_at, id) < (?1, ?2)";
    sql += " ORDER BY last_activity_at DESC, id DESC LIMIT ?3)";
    return sql;
}

} // namespace

CaseQueries::CaseQueries(Database &reader)
    : m_db(reader)
{}

std::map<std::pair<QString, bool>, int> CaseQueries::bucketCounts()
{
    // One pass over the queue index counts every bucket; queues add up their buckets.
    Statement s(m_db, "SELECT status, assignee_id IS NULL, count(*) FROM cases GROUP BY 1, 2");
    std::map<std::pair<QString, bool>, int> counts;
    while (s.step())
        counts[{s.toString(0), s.toInt(1) != 0}] = int(s.toInt(2));
    return counts;
}

QList<int> CaseQueries::countAllQueues()
{
    const auto counts = bucketCounts();
    QList<int> result;
    for (const Queue queue : allQueues) {
        int sum = 0;
        for (const QueueBucket &bucket : queueBuckets(queue)) {
            const auto it = counts.find({QString::fromLatin1(bucket.status), bucket.unassigned});
            if (it != counts.end())
                sum += it->second;
        }
        result.append(sum);
    }
    return result;
}

int CaseQueries::count(Queue queue, const QString &ftsQuery)
{
    if (ftsQuery.isEmpty()) {
        const auto all = countAllQueues();
        return all[int(std::find(allQueues.begin(), allQueues.end(), queue) - allQueues.begin())];
    }
    QByteArray sql = QByteArray("SELECT count(*) FROM cases c WHERE ") + queueCondition(queue);
    if (!ftsQuery.isEmpty())
        sql += searchCondition;
    Statement s(m_db, sql.constData());
    if (!ftsQuery.isEmpty())
        s.bind(1, ftsQuery);
    return s.step() ? int(s.toInt(0)) : 0;
}

std::vector<CaseRow> CaseQueries::page(Queue queue, const QString &ftsQuery,
                                       const std::optional<CasePageKey> &after, int limit)
{
    if (ftsQuery.isEmpty())
        return queuePage(queue, after, limit);
    QByteArray sql = QByteArray(caseColumns) + "WHERE " + queueCondition(queue);
    if (after)
        sql += " AND (c.last_activity_at, c.id) < (?, ?)";
    if (!ftsQuery.isEmpty())
        sql += searchCondition;
    sql += " ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?";
    Statement s(m_db, sql.constData());
    int index = 1;
    if (after) {
        s.bind(index++, after->lastActivityMs);
        s.bind(index++, after->id);
    }
    if (!ftsQuery.isEmpty())
        s.bind(index++, ftsQuery);
    s.bind(index, limit);
    std::vector<CaseRow> rows;
    rows.reserve(std::size_t(limit));
    while (s.step())
        rows.push_back(readCase(s));
    return rows;
}

std::vector<CaseRow> CaseQueries::queuePage(Queue queue, const std::optional<CasePageKey> &after,
                                            int limit)
{
    // Each bucket gives its own newest `limit` cases in order; the newest `limit` of all of them
    // are the page. Only the page's cases are then read in full.
    QByteArray buckets;
    for (const QueueBucket &bucket : queueBuckets(queue)) {
        if (!buckets.isEmpty())
            buckets += " UNION ALL ";
        buckets += bucketPageSql(bucket, after.has_value());
    }
    const QByteArray sql = QByteArray(caseColumns) + "WHERE c.id IN (SELECT id FROM (" + buckets
                           + ") ORDER BY at DESC, id DESC LIMIT ?3) "
                             "ORDER BY c.last_activity_at DESC, c.id DESC";
    Statement s(m_db, sql.constData());
    if (after) {
        s.bind(1, after->lastActivityMs);
        s.bind(2, after->id);
    }
    s.bind(3, limit);
    std::vector<CaseRow> rows;
    rows.reserve(std::size_t(limit));
    while (s.step())
        rows.push_back(readCase(s));
    return rows;
}

std::optional<CaseRow> CaseQueries::caseById(std::int64_t caseId)
{
    const QByteArray sql = QByteArray(caseColumns) + "WHERE c.id = ?";
    Statement s(m_db, sql.constData());
    s.bind(1, caseId);
    if (!s.step())
        return std::nullopt;
    return readCase(s);
}

bool CaseQueries::matchesSearch(std::int64_t caseId, const QString &ftsQuery)
{
    Statement s(m_db, "SELECT 1 FROM mention_fts JOIN mentions m ON m.id = mention_fts.rowid "
                      "WHERE mention_fts MATCH ? AND m.case_id = ? LIMIT 1");
    s.bind(1, ftsQuery).bind(2, caseId);
    return s.step();
}

std::optional<PersonSummary> CaseQueries::person(std::int64_t personId)
{
    Statement s(m_db, "SELECT p.display_name, h.platform, h.handle, h.name, h.followers "
                      "FROM people p LEFT JOIN handles h ON h.person_id = p.id "
                      "WHERE p.id = ? ORDER BY h.id");
    s.bind(1, personId);
    std::optional<PersonSummary> person;
    while (s.step()) {
        if (!person)
            person = PersonSummary{personId, s.toString(0), {}};
        if (!s.isNull(1))
            person->handles.push_back(
                {s.toString(1), s.toString(2), s.toString(3), s.toOptionalInt(4)});
    }
    return person;
}

std::vector<CaseRow> CaseQueries::earlierCases(std::int64_t personId, std::int64_t exceptCaseId,
                                               int limit)
{
    const QByteArray sql = QByteArray(caseColumns)
                           + "WHERE c.person_id = ? AND c.id <> ? "
                             "ORDER BY c.last_activity_at DESC LIMIT ?";
    Statement s(m_db, sql.constData());
    s.bind(1, personId).bind(2, exceptCaseId).bind(3, limit);
    std::vector<CaseRow> rows;
    while (s.step())
        rows.push_back(readCase(s));
    return rows;
}

} // namespace earshot
