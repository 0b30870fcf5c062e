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
    // What the network said since Earshot heard it (schema 15). `text` stays what was heard first.
    struct Revision {
        QString text;
        std::int64_t editedAtMs = 0; // the network's time; 0 when it did not say
        std::int64_t seenAtMs = 0;
    };
    std::vector<Revision> revisions;  // later texts, oldest first; the last is the current one
    std::int64_t deletedSeenAtMs = 0; // when Earshot found it gone from the network; 0: not
    // Heard by a listening term's search (schema 15), not as a mention of the brand; the term as
    // written, empty when it was removed since.
    bool heardThroughTerm = false;
    QString listeningTerm;
    bool edited() const { return !revisions.empty(); }
    // The text the post has now on the network (or had when it was deleted).
    const QString &currentText() const { return revisions.empty() ? text : revisions.back().text; }
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
    void addChanges(std::vector<MentionRow> &rows);
    void addListeningTerms(std::vector<MentionRow> &rows);

    Database &m_db;
    // Prepared once: the search box runs this on every pause in typing.
    std::optional<Statement> m_search;
};

} // namespace earshot
