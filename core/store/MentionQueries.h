// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

struct MentionRow {
    std::int64_t id = 0;
    QString platform;
    QString platformId;
    QString url;
    std::int64_t createdAtMs = 0;
    QString text;
    QString handle;
    QString authorName;
    bool isPrivate = false;
    QString lang;
    QString inReplyTo;
    std::int64_t caseId = 0;
};

// Read-only queries over mentions, on a reader connection.
class MentionQueries final {
public:
    explicit MentionQueries(Database &reader);

    // A case's mentions in the order they were written.
    // The case's mentions in order, with the posts they answer from other cases.
    std::vector<MentionRow> conversation(std::int64_t caseId);
    // What the search box finds for `userText`, most recently heard first. Never throws for
    // anything a person can type.
    std::vector<MentionRow> search(const QString &userText, int limit);

    // The statement behind search(): MATCH ?, LIMIT ?. Public for the benchmark's comparison.
    static const char *searchSql();

private:
    Database &m_db;
    // Prepared once: the search box runs this on every pause in typing.
    std::optional<Statement> m_search;
};

} // namespace earshot
