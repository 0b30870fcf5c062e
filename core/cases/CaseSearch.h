// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>

namespace earshot {

class Statement;

// What an agent typed in the search box, read every way a case can be found by: the words of
// its messages (FTS5), its number ("1175", "#1175"), the name or a handle of its person
// ("Rhys", "@rhys"), and a tag ("refund", "#refund"). A case matches when any of them does.
struct CaseSearch {
    QString ftsQuery; // from ftsQueryFromUserText(): the messages' words; empty, no text search
    std::optional<std::int64_t> caseNumber;
    QString namePattern;   // a LIKE pattern over display names (the text anywhere in the name)
    QString handlePattern; // a LIKE pattern over handles (the text without "@", at the start)
    QString tag;           // the text as a tag is stored (normalizedTag, without "#")
    QStringList terms;     // what to highlight where the case is shown, longest first

    static CaseSearch fromUserText(const QString &text);
    bool isEmpty() const;
    bool operator==(const CaseSearch &other) const;
};

// " AND (...)" on table alias `c` with named parameters (constant text, never input); empty for
// an empty search.
QByteArray caseSearchSql(const CaseSearch &search);
// Binds what caseSearchSql() asked for.
void bindCaseSearch(Statement &statement, const CaseSearch &search);

// Where the terms occur in `text` (case-insensitive, not overlapping), as (start, length) pairs
// in order: what a row highlights.
QList<std::pair<qsizetype, qsizetype>> searchMatches(const QString &text, const QStringList &terms);

} // namespace earshot
