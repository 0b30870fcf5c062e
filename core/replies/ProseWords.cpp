// SPDX-License-Identifier: Apache-2.0
#include "replies/ProseWords.h"

#include "replies/LinkFinder.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

struct Range {
    qsizetype start = 0;
    qsizetype end = 0;
};

// Addresses, handles, tags and template placeholders: text that is not prose even though it is
// made of letters.
QList<Range> nonProseRanges(const QString &text)
{
    QList<Range> ranges;
    for (const FoundLink &link : findLinks(text, LinkStyle::SchemeOrBareDomain))
        ranges.append({link.start, link.start + link.length});

    static const QRegularExpression patterns(
        // e-mail address
        u"[\\p{L}\\p{M}\\p{N}._%+-]+@[\\p{L}\\p{M}\\p{N}-]+(?:\\.[\\p{L}\\p{M}\\p{N}-]+)+"
        // @mention, @handle.bsky.social, @user@instance.social
        "|(?<![\\p{L}\\p{M}\\p{N}_])@[\\p{L}\\p{M}\\p{N}_.-]+(?:@[\\p{L}\\p{M}\\p{N}.-]+)?"
        // #hashtag
        "|(?<![\\p{L}\\p{M}\\p{N}_&/])#[\\p{L}\\p{M}\\p{N}_]+"
        // {variable}, {variable|fallback}, {?prompt}
        "|\\{[^{}\\n]*\\}"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    auto it = patterns.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        ranges.append({match.capturedStart(), match.capturedEnd()});
    }
    return ranges;
}

bool overlapsAny(const QList<Range> &ranges, qsizetype start, qsizetype end)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [=](const Range &r) { return start < r.end && r.start < end; });
}

bool isAcronym(QStringView word)
{
    // "FAQs", "URLs": the plural s does not make an acronym a word.
    if (word.size() > 2 && word.endsWith(u's'))
        word.chop(1);
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters > 0 && letters <= 5;
}

bool isProse(QStringView word)
{
    bool hasLetter = false;
    for (const char32_t c : word.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Number_DecimalDigit || category == QChar::Number_Letter
            || category == QChar::Number_Other || c == U'_')
            return false;
        // Emoji are symbols, not letters: a segment of only emoji is left out.
        hasLetter = hasLetter || QChar::isLetter(c);
    }
    return hasLetter && !isAcronym(word);
}

} // namespace

QList<WordSpan> proseWords(const QString &text)
{
    QList<WordSpan> words;
    const QList<Range> skipped = nonProseRanges(text);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QStringView word = QStringView(text).mid(start, end - start);
        if (!word.isEmpty() && isProse(word) && !overlapsAny(skipped, start, end))
            words.append({start, end - start, word.toString()});
        start = end;
    }
    return words;
}

} // namespace earshot
