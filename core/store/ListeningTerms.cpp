// SPDX-License-Identifier: Apache-2.0
#include "store/ListeningTerms.h"

#include "Tr.h"
#include "store/StoreError.h"

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

bool isPhrase(const QString &term)
{
    return term.size() >= 2 && term.startsWith(u'"') && term.endsWith(u'"');
}

QString listensAlready(const QString &term, std::int64_t id)
{
    return Tr::tr("Earshot listens for %1 already (term %2)").arg(term).arg(id);
}

bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

} // namespace

QString ListeningSearch::text() const
{
    switch (kind) {
    case ListeningTermKind::Phrase:
        return term.mid(1, term.size() - 2);
    case ListeningTermKind::Hashtag:
        return term.mid(1);
    case ListeningTermKind::Word:
        break;
    }
    return term;
}

ListeningTermKind listeningTermKind(const QString &term)
{
    if (term.startsWith(u'#'))
        return ListeningTermKind::Hashtag;
    if (isPhrase(term))
        return ListeningTermKind::Phrase;
    return ListeningTermKind::Word;
}

std::optional<QString> normalizeListeningTerm(const QString &typed, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QString term = typed.trimmed();
    // Curly quotes a keyboard may have typed are phrases too.
    if (term.size() >= 2
        && ((term.front() == u'\u201C' && term.back() == u'\u201D')
            || (term.front() == u'\u201E' && term.back() == u'\u201C')))
        term = u'"' + term.mid(1, term.size() - 2) + u'"';
    if (term.isEmpty())
        return refuse(Tr::tr("A listening term needs a word, a \"phrase\" or a #hashtag"));
    for (const QChar c : term) {
        if (c.category() == QChar::Other_Control)
            return refuse(Tr::tr("A listening term cannot hold control characters"));
    }
    if (term.size() > 100)
        return refuse(Tr::tr("A listening term can have at most 100 characters"));
    if (term.startsWith(u'#')) {
        const QString tag = term.mid(1);
        if (tag.isEmpty() || !std::all_of(tag.begin(), tag.end(), isTagCharacter))
            return refuse(Tr::tr("A hashtag is one word of letters, digits and _ after the #"));
        return u'#' + tag;
    }
    if (term.startsWith(u'"')) {
        const QString words =
            isPhrase(term) ? term.mid(1, term.size() - 2).simplified() : QString();
        if (words.isEmpty() || words.contains(u'"'))
            return refuse(Tr::tr("A phrase is words between two double quotes: \"late delivery\""));
        return u'"' + words + u'"';
    }
    if (term.contains(u'"'))
        return refuse(Tr::tr("A phrase is words between two double quotes: \"late delivery\""));
    if (term.simplified().contains(u' '))
        return refuse(Tr::tr("Several words are searched as a phrase: put them in double quotes "
                             "(\"%1\")")
                          .arg(term.simplified()));
    return term;
}

std::int64_t addListeningTerm(Database &db, const QString &typed, const QString &platform)
{
    Transaction transaction(db, Transaction::Durability::PersonWrote);
    const std::int64_t id = insertListeningTerm(db, typed, platform);
    transaction.commit();
    return id;
}

std::int64_t insertListeningTerm(Database &db, const QString &typed, const QString &platform)
{
    QString problem;
    const std::optional<QString> term = normalizeListeningTerm(typed, &problem);
    if (!term)
        throw StoreError(problem);
    Statement known(db, "SELECT id FROM listening_terms WHERE lower(term) = lower(?) "
                        "AND ifnull(platform, '') = ?");
    known.bind(1, *term).bind(2, platform.isEmpty() ? u""_s : platform);
    if (known.step())
        throw StoreError(listensAlready(*term, known.toInt(0)));
    Statement insert(db, "INSERT INTO listening_terms (term, platform, created_at) "
                         "VALUES (?, ?, ?)");
    insert.bind(1, *term)
        .bind(2, platform.isEmpty() ? QString() : platform)
        .bind(3, db.clock().nowMs())
        .run();
    return db.lastInsertId();
}

bool removeListeningTerm(Database &db, std::int64_t id)
{
    Transaction transaction(db, Transaction::Durability::PersonWrote);
    const bool removed = deleteListeningTerm(db, id);
    transaction.commit();
    return removed;
}

bool deleteListeningTerm(Database &db, std::int64_t id)
{
    Statement remove(db, "DELETE FROM listening_terms WHERE id = ?");
    remove.bind(1, id).run();
    return db.changes() > 0;
}

std::vector<ListeningTerm> listListeningTerms(Database &db)
{
    std::vector<ListeningTerm> terms;
    Statement s(db, "SELECT id, term, platform, created_at FROM listening_terms ORDER BY id");
    while (s.step()) {
        ListeningTerm t;
        t.id = s.toInt(0);
        t.term = s.toString(1);
        t.platform = s.isNull(2) ? QString() : s.toString(2);
        t.createdAtMs = s.toInt(3);
        terms.push_back(t);
    }
    Statement count(db, "SELECT count(*) FROM mentions WHERE listening_term_id = ?");
    Statement last(db, "SELECT ingested_at, text FROM mentions WHERE listening_term_id = ? "
                       "ORDER BY id DESC LIMIT 1");
    for (ListeningTerm &t : terms) {
        count.reset();
        count.bind(1, t.id);
        if (count.step())
            t.heard = count.toInt(0);
        last.reset();
        last.bind(1, t.id);
        if (last.step()) {
            t.lastHeardAtMs = last.toInt(0);
            t.lastHeardText = last.toString(1);
        }
    }
    return terms;
}

std::vector<ListeningSearch> listeningSearchesFor(Database &db, std::int64_t accountId,
                                                  const QString &platform)
{
    std::vector<ListeningSearch> searches;
    Statement s(db, "SELECT t.id, t.term, c.cursor FROM listening_terms t "
                    "LEFT JOIN listening_cursors c ON c.term_id = t.id AND c.account_id = ? "
                    "WHERE t.platform IS NULL OR t.platform = ? ORDER BY t.id");
    s.bind(1, accountId).bind(2, platform);
    while (s.step()) {
        ListeningSearch search;
        search.termId = s.toInt(0);
        search.term = s.toString(1);
        search.kind = listeningTermKind(search.term);
        search.cursor = s.isNull(2) ? QString() : s.toString(2);
        searches.push_back(search);
    }
    return searches;
}

} // namespace earshot
