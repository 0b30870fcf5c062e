// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseFilter.h"
#include "cases/CaseSearch.h"
#include "cases/CaseStatus.h"
#include "cases/Queue.h"
#include "listening/Reading.h"
#include "people/PeopleQueries.h"
#include "store/Sqlite.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace earshot {

struct CaseRow {
    std::int64_t id = 0;
    std::int64_t personId = 0;
    QString personName;
    QString handle;
    QString platform;
    CaseStatus status = CaseStatus::New;
    QString assigneeName;
    std::int64_t assigneeId = 0; // 0: nobody
    bool assigned = false;
    QString subject;
    std::int64_t lastActivityMs = 0;
    int mentionCount = 0;
    std::int64_t version = 0;
    std::optional<std::int64_t> snoozedUntilMs; // while snoozed: when it wakes, if a time was set
    QString lang;
    std::optional<Sentiment> sentiment; // nothing when nothing was read yet
    std::optional<Category> category;
    int priority = 0;           // cases.priority_now: what every view shows and the queue orders by
    int waitingPoints = 0;      // what the customer's wait adds to it (cases.waiting_points)
    std::int64_t queueRank = 0; // the triage order (cases.queue_rank): larger comes first
    Emotion emotion = Emotion::None;
    bool needsReply = false;
    std::uint32_t risks = 0;                    // RiskFlags
    std::optional<std::int64_t> waitingSinceMs; // since when the customer waits for us
    std::optional<int> priorityAtArrival;
    int corrected = 0; // CorrectedField bits
    bool direct = false;
    std::int64_t newestMentionId = 0; // the case's newest message
    QString newestText;               // its text (the start of a long one)
    std::int64_t seenMentionId = 0;   // the newest message the console's agent has seen (0: none)
    // The customer wrote something the agent has not seen yet (the list's unread style).
    bool unseen() const { return newestMentionId > seenMentionId; }
};

// Where a page of the case list ends: the next page starts after this (keyset paging, so page
// 1,000 costs what page 1 costs).
struct CasePageKey {
    std::int64_t queueRank = 0;
    std::int64_t id = 0;
};
inline CasePageKey pageKeyOf(const CaseRow &row)
{
    return {row.queueRank, row.id};
}
// True when `a` sorts before `b` in every case list: the triage order of cases.queue_rank (cases
// to work on by priority, then the longest waiting; resolved and closed ones latest first).
inline bool sortsBefore(const CasePageKey &a, const CasePageKey &b)
{
    return a.queueRank != b.queueRank ? a.queueRank > b.queueRank : a.id > b.id;
}

// How a case list is ordered: the triage order (the default), or by one column, either way.
// Ordered by a column, a page of a big queue costs a sort of the queue's matching cases (the
// indexes follow the triage order); agents sort narrowed lists.
struct CaseSort {
    enum class By { Triage, Number, Priority, Activity };
    By by = By::Triage;
    bool ascending = false;

    bool operator==(const CaseSort &other) const
    {
        return by == other.by && (by == By::Triage || ascending == other.ascending);
    }
    bool operator!=(const CaseSort &other) const { return !(*this == other); }
};
// The key of `row` in `sort`'s order (the triage order's is pageKeyOf(row)).
CasePageKey pageKeyOf(const CaseRow &row, const CaseSort &sort);
// True when `a` comes before `b` in `sort`'s order.
bool sortsBefore(const CasePageKey &a, const CasePageKey &b, const CaseSort &sort);

// Read-only queries behind the queues and the case list, on a reader connection. `me` is the
// agent the console works as (0: nobody), for "Mine" and "Next for me".
class CaseQueries final {
public:
    explicit CaseQueries(Database &reader, std::int64_t me = 0);

    std::int64_t me() const { return m_me; }

    // An empty search is no narrowing.
    int count(Queue queue, const CaseSearch &search = {}, const CaseFilter &filter = {});
    // Every queue of allQueues, in that order; without a search from two passes over the
    // queue indexes.
    QList<int> countAllQueues(const CaseSearch &search = {}, const CaseFilter &filter = {});
    std::vector<CaseRow> page(Queue queue, const CaseSearch &search,
                              const std::optional<CasePageKey> &after, int limit,
                              const CaseFilter &filter = {}, const CaseSort &sort = {});
    std::optional<CaseRow> caseById(std::int64_t caseId);
    // Whether the case passes the search and the filter (not the queue: see caseBelongsToQueue).
    bool caseMatches(std::int64_t caseId, const CaseSearch &search, const CaseFilter &filter);
    std::optional<PersonSummary> person(std::int64_t personId);
    // The person's other cases, latest first.
    std::vector<CaseRow> earlierCases(std::int64_t personId, std::int64_t exceptCaseId,
                                      int limit = 20);
    // The case's tags in alphabetical order.
    QStringList tags(std::int64_t caseId);
    // Every tag any case carries, in alphabetical order (what the tag editor completes).
    QStringList allTags();

private:
    int countMatching(Queue queue, const CaseSearch &search, const CaseFilter &filter);
    void bindCommon(Statement &s, const CaseSearch &search, const CaseFilter &filter);

    Database &m_db;
    std::int64_t m_me = 0;
};

} // namespace earshot
