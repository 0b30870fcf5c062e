// SPDX-License-Identifier: Apache-2.0
#include "store/MentionQueries.h"

#include "store/SearchQuery.h"

namespace earshot {

namespace {

constexpr const char *mentionColumns =
    "SELECT m.id, m.platform, m.platform_id, m.url, m.created_at, m.text, h.handle, h.name, "
    "m.visibility = 'private', m.lang, m.in_reply_to, m.case_id "
    "FROM mentions m JOIN handles h ON h.id = m.handle_id ";

MentionRow readMention(const Statement &s)
{
    MentionRow row;
    row.id = s.toInt(0);
    row.platform = s.toString(1);
    row.platformId = s.toString(2);
    row.url = s.toString(3);
    row.createdAtMs = s.toInt(4);
    row.text = s.toString(5);
    row.handle = s.toString(6);
    row.authorName = s.toString(7);
    row.isPrivate = s.toInt(8) != 0;
    row.lang = s.toString(9);
    row.inReplyTo = s.toString(10);
    row.caseId = s.toInt(11);
    return row;
}

// Whether the workspace has schema 15's revisions: a file read before its migrations ran (an
// older one opened read-only as it is) has neither them nor their index.
bool hasRevisions(Database &db)
{
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'mention_fts_revisions'")
           > 0;
}

// searchSql() before schema 15.
const QByteArray &searchSqlWithoutRevisions()
{
    static const QByteArray sql = QByteArray("WITH hits AS (SELECT rowid FROM mention_fts WHERE "
                                             "mention_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) ")
                                  + mentionColumns
                                  + "JOIN hits ON hits.rowid = m.id ORDER BY m.id DESC";
    return sql;
}

} // namespace

MentionQueries::MentionQueries(Database &reader)
    : m_db(reader)
{}

std::vector<MentionRow> MentionQueries::conversation(std::int64_t caseId)
{
    // The case's own mentions, and the posts they answer that belong to other cases (another
    // person's post in the thread): an agent reads what the customer replied to.
    const QByteArray sql =
        QByteArray(mentionColumns)
        + "WHERE m.case_id = ?1 OR m.id IN (SELECT p.id FROM mentions r JOIN mentions p ON "
          "p.platform = r.platform AND p.platform_id = r.in_reply_to WHERE r.case_id = ?1 AND "
          "p.case_id <> ?1) ORDER BY m.created_at, m.id";
    Statement s(m_db, sql.constData());
    s.bind(1, caseId);
    std::vector<MentionRow> rows;
    while (s.step())
        rows.push_back(readMention(s));
    addChanges(rows);
    addListeningTerms(rows);
    return rows;
}

void MentionQueries::addListeningTerms(std::vector<MentionRow> &rows)
{
    if (rows.empty()
        || m_db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'listening_terms'") == 0)
        return;
    Statement term(m_db, "SELECT t.term FROM mentions m LEFT JOIN listening_terms t ON t.id = "
                         "m.listening_term_id WHERE m.id = ? AND m.listening_term_id IS NOT NULL");
    for (MentionRow &row : rows) {
        term.bind(1, row.id);
        if (term.step()) {
            row.heardThroughTerm = true;
            row.listeningTerm = term.toString(0);
        }
        term.reset();
    }
}

void MentionQueries::addChanges(std::vector<MentionRow> &rows)
{
    if (rows.empty() || !hasRevisions(m_db))
        return;
    // A conversation is a handful of posts, and few are ever edited: one look each, by index.
    Statement revisions(m_db, "SELECT text, edited_at, seen_at FROM mention_revisions "
                              "WHERE mention_id = ? ORDER BY id");
    Statement deleted(m_db, "SELECT seen_at FROM mention_deletions WHERE mention_id = ?");
    for (MentionRow &row : rows) {
        revisions.bind(1, row.id);
        while (revisions.step())
            row.revisions.push_back({revisions.toString(0),
                                     revisions.isNull(1) ? 0 : revisions.toInt(1),
                                     revisions.toInt(2)});
        revisions.reset();
        deleted.bind(1, row.id);
        if (deleted.step())
            row.deletedSeenAtMs = deleted.toInt(0);
        deleted.reset();
    }
}

const char *MentionQueries::searchSql()
{
    // Newest first by rowid: FTS5 walks its index in that order, so no sort over all hits.
    // A post's later texts (its revisions, schema 15) are found too: the words it was heard
    // with and the words it has now both lead to it.
    static const QByteArray sql =
        QByteArray("WITH hits AS (SELECT rowid FROM (SELECT rowid FROM mention_fts WHERE "
                   "mention_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) UNION SELECT r.mention_id "
                   "FROM mention_fts_revisions f JOIN mention_revisions r ON r.id = f.rowid "
                   "WHERE mention_fts_revisions MATCH ?1) ")
        + mentionColumns + "JOIN hits ON hits.rowid = m.id ORDER BY m.id DESC LIMIT ?2";
    return sql.constData();
}

std::vector<MentionRow> MentionQueries::search(const QString &userText, int limit)
{
    const QString query = ftsQueryFromUserText(userText);
    if (query.isEmpty())
        return {};
    if (!m_search)
        m_search.emplace(m_db, hasRevisions(m_db) ? searchSql()
                                                  : searchSqlWithoutRevisions().constData());
    Statement &s = *m_search;
    s.bind(1, query).bind(2, limit);
    std::vector<MentionRow> rows;
    rows.reserve(std::size_t(limit));
    while (s.step())
        rows.push_back(readMention(s));
    s.reset();
    return rows;
}

} // namespace earshot
