// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseSearch.h"

#include "cases/CaseVocabulary.h"
#include "store/SearchQuery.h"
#include "store/Sqlite.h"

#include <QRegularExpression>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// A name or handle needs two characters: one letter would find nearly everybody.
constexpr qsizetype shortestName = 2;

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"%"_s, u"\\%"_s);
    escaped.replace(u"_"_s, u"\\_"_s);
    return escaped;
}

QString withoutLeading(QString text, QChar c)
{
    while (text.startsWith(c))
        text.remove(0, 1);
    return text;
}

// The words to highlight: what was typed, and each of its words without quotes, a trailing *
// or a leading @ or #.
QStringList highlightTerms(const QString &text)
{
    QStringList terms;
    const auto add = [&terms](QString term) {
        term.remove(u'"');
        while (term.endsWith(u'*'))
            term.chop(1);
        term = withoutLeading(withoutLeading(term, u'@'), u'#').trimmed();
        if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive))
            terms.append(term);
    };
    add(text);
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        add(word);
    std::stable_sort(terms.begin(), terms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

} // namespace

CaseSearch CaseSearch::fromUserText(const QString &text)
{
    CaseSearch search;
    const QString typed = text.simplified();
    search.ftsQuery = ftsQueryFromUserText(typed);
    static const QRegularExpression number(u"^#?([0-9]{1,15})$"_s);
    if (const QRegularExpressionMatch m = number.match(typed); m.hasMatch())
        search.caseNumber = m.captured(1).toLongLong();
    // A number is a case's number (and words in messages), not a part of a name or a tag.
    const QString name = withoutLeading(typed, u'@');
    if (!search.caseNumber && name.size() >= shortestName) {
        search.namePattern = u'%' + likeEscaped(name) + u'%';
        search.handlePattern = likeEscaped(name) + u'%';
    }
    if (!search.caseNumber)
        search.tag = normalizedTag(withoutLeading(typed, u'#'));
    if (!search.isEmpty())
        search.terms = highlightTerms(typed);
    return search;
}

bool CaseSearch::isEmpty() const
{
    return ftsQuery.isEmpty() && !caseNumber && namePattern.isEmpty() && tag.isEmpty();
}

bool CaseSearch::operator==(const CaseSearch &other) const
{
    return ftsQuery == other.ftsQuery && caseNumber == other.caseNumber
           && namePattern == other.namePattern && handlePattern == other.handlePattern
           && tag == other.tag;
}

QByteArray caseSearchSql(const CaseSearch &search)
{
    if (search.isEmpty())
        return {};
    QByteArray sql = " AND (0";
    if (!search.ftsQuery.isEmpty()) {
        sql += " OR c.id IN (SELECT m.case_id FROM mention_fts JOIN mentions m "
               "ON m.id = mention_fts.rowid WHERE mention_fts MATCH :search "
               "UNION SELECT m.case_id FROM mention_fts_revisions f "
               "JOIN mention_revisions r ON r.id = f.rowid JOIN mentions m ON m.id = r.mention_id "
               "WHERE mention_fts_revisions MATCH :search)";
    }
    if (search.caseNumber)
        sql += " OR c.id = :case_number";
    // Names and handles are scanned (no index on them: see migration 4); people are far fewer
    // than mentions.
    if (!search.namePattern.isEmpty()) {
        sql += " OR c.person_id IN (SELECT p.id FROM people p WHERE p.display_name LIKE :name "
               "ESCAPE '\\' UNION SELECT h.person_id FROM handles h WHERE h.handle LIKE :handle "
               "ESCAPE '\\')";
    }
    if (!search.tag.isEmpty())
        sql += " OR c.id IN (SELECT t.case_id FROM case_tags t WHERE t.tag = :search_tag)";
    sql += ")";
    return sql;
}

void bindCaseSearch(Statement &statement, const CaseSearch &search)
{
    const auto bindText = [&statement](const char *name, const QString &value) {
        if (const int index = statement.parameterIndex(name); index > 0 && !value.isEmpty())
            statement.bind(index, value);
    };
    bindText(":search", search.ftsQuery);
    bindText(":name", search.namePattern);
    bindText(":handle", search.handlePattern);
    bindText(":search_tag", search.tag);
    if (const int index = statement.parameterIndex(":case_number");
        index > 0 && search.caseNumber) {
        statement.bind(index, *search.caseNumber);
    }
}

QList<std::pair<qsizetype, qsizetype>> searchMatches(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    for (const QString &term : terms) {
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            const qsizetype end = at + term.size();
            const bool overlaps = std::any_of(found.cbegin(), found.cend(), [&](const auto &r) {
                return at < r.first + r.second && r.first < end;
            });
            if (!overlaps)
                found.append({at, term.size()});
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace earshot
