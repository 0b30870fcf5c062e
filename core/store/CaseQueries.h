// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Queue.h"
#include "store/Sqlite.h"

#include <QList>
#include <QString>

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
    QString status;
    QString assigneeName;
    bool assigned = false;
    QString subject;
    std::int64_t lastActivityMs = 0;
    int mentionCount = 0;
    std::int64_t version = 0;
};

// Where a page of the case list ends: the next page starts after this (keyset paging, so page
// 1,000 costs what page 1 costs).
struct CasePageKey {
    std::int64_t lastActivityMs = 0;
    std::int64_t id = 0;
};
inline CasePageKey pageKeyOf(const CaseRow &row)
{
    return {row.lastActivityMs, row.id};
}
// True when `a` sorts before `b` in the case list (latest activity first).
inline bool sortsBefore(const CasePageKey &a, const CasePageKey &b)
{
    return a.lastActivityMs != b.lastActivityMs ? a.lastActivityMs > b.lastActivityMs : a.id > b.id;
}

struct HandleRow {
    QString platform;
    QString handle;
    QString name;
    std::optional<std::int64_t> followers; // unknown when no post said
};

struct PersonSummary {
    std::int64_t id = 0;
    QString name;
    std::vector<HandleRow> handles;
};

// Read-only queries behind the queues and the case list, on a reader connection.
class CaseQueries final {
public:
    explicit CaseQueries(Database &reader);

    // `ftsQuery` comes from ftsQueryFromUserText(); empty means no search narrowing.
    int count(Queue queue, const QString &ftsQuery = {});
    // Every queue of allQueues, in that order, from one pass over the queue index.
    QList<int> countAllQueues();
    std::vector<CaseRow> page(Queue queue, const QString &ftsQuery,
                              const std::optional<CasePageKey> &after, int limit);
    std::optional<CaseRow> caseById(std::int64_t caseId);
    bool matchesSearch(std::int64_t caseId, const QString &ftsQuery);
    std::optional<PersonSummary> person(std::int64_t personId);
    // The person's other cases, latest first.
    std::vector<CaseRow> earlierCases(std::int64_t personId, std::int64_t exceptCaseId,
                                      int limit = 20);

private:
    std::map<std::pair<QString, bool>, int> bucketCounts();
    std::vector<CaseRow> queuePage(Queue queue, const std::optional<CasePageKey> &after, int limit);

    Database &m_db;
};

} // namespace earshot
