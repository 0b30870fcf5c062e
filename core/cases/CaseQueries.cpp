// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseQueries.h"

#include <algorithm>

namespace earshot {

namespace {

// Every statement is assembled from these constants, queueCondition() and caseFilterSql();
// input is only bound.
constexpr const char *caseColumns =
    "SELECT c.id, c.person_id, p.display_name, "
    "(SELECT h.handle FROM handles h WHERE h.person_id = c.person_id AND h.platform = c.platform "
    "ORDER BY h.id LIMIT 1), c.platform, c.status, a.name, coalesce(c.assignee_id, 0), "
    "c.subject, c.last_activity_at, c.mention_count, c.version, c.snoozed_until, c.lang, "
    "c.sentiment, c.category, c.priority_now, c.queue_rank, c.emotion, coalesce(c.needs_reply, 0), "
    "c.risks, c.waiting_since, c.priority_at_arrival, c.corrected, c.direct, c.waiting_points, "
    // The newest message (what the list shows), and what the console's agent has seen of it.
    "(SELECT max(m.id) FROM mentions m WHERE m.case_id = c.id), "
    "(SELECT substr(m.text, 1, 400) FROM mentions m WHERE m.case_id = c.id "
    "ORDER BY m.id DESC LIMIT 1), "
    "(SELECT s.mention_id FROM case_seen s WHERE s.agent_id = :me AND s.case_id = c.id) "
    "FROM cases c JOIN people p ON p.id = c.person_id LEFT JOIN agents a ON a.id = c.assignee_id ";

constexpr const char *afterKeySql = " AND (c.queue_rank, c.id) < (:after_rank, :after_id)";
constexpr const char *caseOrderSql = " ORDER BY c.queue_rank DESC, c.id DESC";

CaseRow readCase(const Statement &s)
{
    CaseRow row;
    row.id = s.toInt(0);
    row.personId = s.toInt(1);
    row.personName = s.toString(2);
    row.handle = s.toString(3);
    row.platform = s.toString(4);
    // cases.status is CHECKed to the table's keys; New for none, as a new row would be.
    row.status = caseStatusFromKey(s.toString(5)).value_or(CaseStatus::New);
    row.assigneeName = s.toString(6);
    row.assigneeId = s.toInt(7);
    row.assigned = row.assigneeId != 0;
    row.subject = s.toString(8);
    row.lastActivityMs = s.toInt(9);
    row.mentionCount = int(s.toInt(10));
    row.version = s.toInt(11);
    row.snoozedUntilMs = s.toOptionalInt(12);
    row.lang = s.toString(13);
    // A key this Earshot does not know (a newer one wrote it) shows as nothing read.
    row.sentiment = sentimentFromKey(s.toString(14));
    row.category = categoryFromKey(s.toString(15));
    row.priority = int(s.toInt(16));
    row.queueRank = s.toInt(17);
    row.emotion = emotionFromKey(s.toString(18)).value_or(Emotion::None);
    row.needsReply = s.toInt(19) != 0;
    row.risks = std::uint32_t(s.toInt(20));
    row.waitingSinceMs = s.toOptionalInt(21);
    if (const auto arrival = s.toOptionalInt(22))
        row.priorityAtArrival = int(*arrival);
    row.corrected = int(s.toInt(23));
    row.direct = s.toInt(24) != 0;
    row.waitingPoints = int(s.toInt(25));
    row.newestMentionId = s.toInt(26);
    row.newestText = s.toString(27);
    row.seenMentionId = s.toInt(28);
    return row;
}

QByteArray ownerSql(BucketOwner owner)
{
    switch (owner) {
    case BucketOwner::Unassigned:
        return " AND (c.assignee_id IS NULL) = 1"; // a range of cases_queue
    case BucketOwner::Assigned:
        return " AND (c.assignee_id IS NULL) = 0";
    case BucketOwner::Me:
        return " AND c.assignee_id = :me"; // a range of cases_assignee
    }
    return " AND 0";
}

// The first cases of one bucket after the page key, in the queue's order: one ordered range of
// a queue index, narrowed by the filter.
QByteArray bucketPageSql(const QueueBucket &bucket, bool after, const QByteArray &filterSql)
{
    QByteArray sql = "SELECT id, rank FROM (SELECT c.id AS id, c.queue_rank AS rank "
                     "FROM cases c WHERE c.status = '";
    sql += caseStatusKey(bucket.status).toLatin1(); // a key of the constant table
    sql += "'" + ownerSql(bucket.owner) + filterSql;
    if (after)
        sql += afterKeySql;
    sql += " ORDER BY c.queue_rank DESC, c.id DESC LIMIT :limit)";
    return sql;
}

void bindNamed(Statement &s, const char *name, std::int64_t value)
{
    if (const int index = s.parameterIndex(name); index > 0)
        s.bind(index, value);
}

// The column a sorted list is ordered by; constant text.
const char *sortColumn(CaseSort::By by)
{
    switch (by) {
    case CaseSort::By::Number:
        return "c.id";
    case CaseSort::By::Priority:
        return "c.priority";
    case CaseSort::By::Activity:
        return "c.last_activity_at";
    case CaseSort::By::Triage:
        break;
    }
    return "c.queue_rank";
}

} // namespace

CasePageKey pageKeyOf(const CaseRow &row, const CaseSort &sort)
{
    switch (sort.by) {
    case CaseSort::By::Number:
        return {row.id, row.id};
    case CaseSort::By::Priority:
        return {row.priority, row.id};
    case CaseSort::By::Activity:
        return {row.lastActivityMs, row.id};
    case CaseSort::By::Triage:
        break;
    }
    return pageKeyOf(row);
}

bool sortsBefore(const CasePageKey &a, const CasePageKey &b, const CaseSort &sort)
{
    if (sort.by == CaseSort::By::Triage || !sort.ascending)
        return sortsBefore(a, b);
    return a.queueRank != b.queueRank ? a.queueRank < b.queueRank : a.id < b.id;
}

CaseQueries::CaseQueries(Database &reader, std::int64_t me)
    : m_db(reader)
    , m_me(me)
{}

QList<int> CaseQueries::countAllQueues(const CaseSearch &search, const CaseFilter &filter)
{
    QList<int> result;
    if (!search.isEmpty()) {
        for (const Queue queue : allQueues)
            result.append(countMatching(queue, search, filter));
        return result;
    }
    // One pass over the queue index counts every bucket, one over the agent's own cases counts
    // theirs; queues add up their buckets.
    const QByteArray filterSql = caseFilterSql(filter);
    std::map<std::pair<CaseStatus, BucketOwner>, int> counts;
    const QByteArray allSql =
        "SELECT c.status, c.assignee_id IS NULL, count(*) FROM cases c WHERE 1" + filterSql
        + " GROUP BY 1, 2";
    Statement all(m_db, allSql.constData());
    bindCaseFilter(all, filter);
    while (all.step()) {
        // The schema's CHECK holds cases.status to the table's keys; another would count nowhere.
        if (const std::optional<CaseStatus> status = caseStatusFromKey(all.toString(0))) {
            counts[{*status, all.toInt(1) != 0 ? BucketOwner::Unassigned : BucketOwner::Assigned}] =
                int(all.toInt(2));
        }
    }
    const QByteArray mineSql = "SELECT c.status, count(*) FROM cases c WHERE c.assignee_id = :me"
                               + filterSql + " GROUP BY 1";
    Statement mine(m_db, mineSql.constData());
    bindNamed(mine, ":me", m_me);
    bindCaseFilter(mine, filter);
    while (mine.step()) {
        if (const std::optional<CaseStatus> status = caseStatusFromKey(mine.toString(0)))
            counts[{*status, BucketOwner::Me}] = int(mine.toInt(1));
    }

    for (const Queue queue : allQueues) {
        int sum = 0;
        for (const QueueBucket &bucket : queueBuckets(queue)) {
            const auto it = counts.find({bucket.status, bucket.owner});
            if (it != counts.end())
                sum += it->second;
        }
        result.append(sum);
    }
    return result;
}

int CaseQueries::count(Queue queue, const CaseSearch &search, const CaseFilter &filter)
{
    if (search.isEmpty()) {
        const auto all = countAllQueues({}, filter);
        return all[int(std::find(allQueues.begin(), allQueues.end(), queue) - allQueues.begin())];
    }
    return countMatching(queue, search, filter);
}

int CaseQueries::countMatching(Queue queue, const CaseSearch &search, const CaseFilter &filter)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM cases c WHERE ") + queueCondition(queue)
                           + caseFilterSql(filter) + caseSearchSql(search);
    Statement s(m_db, sql.constData());
    bindCommon(s, search, filter);
    return s.step() ? int(s.toInt(0)) : 0;
}

void CaseQueries::bindCommon(Statement &s, const CaseSearch &search, const CaseFilter &filter)
{
    bindNamed(s, ":me", m_me);
    bindCaseSearch(s, search);
    bindCaseFilter(s, filter);
}

std::vector<CaseRow> CaseQueries::page(Queue queue, const CaseSearch &search,
                                       const std::optional<CasePageKey> &after, int limit,
                                       const CaseFilter &filter, const CaseSort &sort)
{
    const QByteArray filterSql = caseFilterSql(filter);
    QByteArray sql;
    if (sort.by != CaseSort::By::Triage) {
        const QByteArray column = sortColumn(sort.by);
        const QByteArray direction = sort.ascending ? " ASC" : " DESC";
        sql = QByteArray(caseColumns) + "WHERE " + queueCondition(queue) + filterSql
              + caseSearchSql(search);
        if (after) {
            sql += " AND (" + column + ", c.id) " + (sort.ascending ? ">" : "<")
                   + " (:after_rank, :after_id)";
        }
        sql += " ORDER BY " + column + direction + ", c.id" + direction + " LIMIT :limit";
    } else if (search.isEmpty()) {
        // Each bucket gives its own first `limit` cases in order; the first `limit` of all of
        // them are the page. Only the page's cases are then read in full.
        QByteArray buckets;
        for (const QueueBucket &bucket : queueBuckets(queue)) {
            if (!buckets.isEmpty())
                buckets += " UNION ALL ";
            buckets += bucketPageSql(bucket, after.has_value(), filterSql);
        }
        sql = QByteArray(caseColumns) + "WHERE c.id IN (SELECT id FROM (" + buckets + ")"
              + " ORDER BY rank DESC, id DESC LIMIT :limit)" + caseOrderSql;
    } else {
        sql = QByteArray(caseColumns) + "WHERE " + queueCondition(queue) + filterSql
              + caseSearchSql(search);
        if (after)
            sql += afterKeySql;
        sql += QByteArray(caseOrderSql) + " LIMIT :limit";
    }
    Statement s(m_db, sql.constData());
    bindCommon(s, search, filter);
    if (after) {
        bindNamed(s, ":after_rank", after->queueRank);
        bindNamed(s, ":after_id", after->id);
    }
    bindNamed(s, ":limit", limit);
    std::vector<CaseRow> rows;
    rows.reserve(std::size_t(limit));
    while (s.step())
        rows.push_back(readCase(s));
    return rows;
}

bool CaseQueries::caseMatches(std::int64_t caseId, const CaseSearch &search,
                              const CaseFilter &filter)
{
    if (search.isEmpty() && filter.isEmpty())
        return true;
    const QByteArray sql =
        "SELECT 1 FROM cases c WHERE c.id = :case" + caseFilterSql(filter) + caseSearchSql(search);
    Statement s(m_db, sql.constData());
    bindCommon(s, search, filter);
    bindNamed(s, ":case", caseId);
    return s.step();
}

std::optional<CaseRow> CaseQueries::caseById(std::int64_t caseId)
{
    const QByteArray sql = QByteArray(caseColumns) + "WHERE c.id = :case";
    Statement s(m_db, sql.constData());
    bindNamed(s, ":me", m_me);
    bindNamed(s, ":case", caseId);
    if (!s.step())
        return std::nullopt;
    return readCase(s);
}

QStringList CaseQueries::tags(std::int64_t caseId)
{
    Statement s(m_db, "SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag");
    s.bind(1, caseId);
    QStringList tags;
    while (s.step())
        tags.append(s.toString(0));
    return tags;
}

QStringList CaseQueries::allTags()
{
    // The tag index gives them in order, each once.
    Statement s(m_db, "SELECT DISTINCT tag FROM case_tags ORDER BY tag");
    QStringList tags;
    while (s.step())
        tags.append(s.toString(0));
    return tags;
}

std::optional<PersonSummary> CaseQueries::person(std::int64_t personId)
{
    return PeopleQueries(m_db).person(personId);
}

std::vector<CaseRow> CaseQueries::earlierCases(std::int64_t personId, std::int64_t exceptCaseId,
                                               int limit)
{
    const QByteArray sql = QByteArray(caseColumns)
                           + "WHERE c.person_id = :person AND c.id <> :except "
                             "ORDER BY c.last_activity_at DESC LIMIT :limit";
    Statement s(m_db, sql.constData());
    bindNamed(s, ":me", m_me);
    bindNamed(s, ":person", personId);
    bindNamed(s, ":except", exceptCaseId);
    bindNamed(s, ":limit", limit);
    std::vector<CaseRow> rows;
    while (s.step())
        rows.push_back(readCase(s));
    return rows;
}

} // namespace earshot
