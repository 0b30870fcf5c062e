// SPDX-License-Identifier: Apache-2.0
#include "replies/Graphemes.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace earshot {

namespace {

constexpr qsizetype flagUnits = 4; // two regional indicators, each a surrogate pair

bool isRegionalIndicatorAt(const QString &text, qsizetype i)
{
    if (i + 1 >= text.size() || !text.at(i).isHighSurrogate() || !text.at(i + 1).isLowSurrogate())
        return false;
    const char32_t cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

} // namespace

QList<qsizetype> graphemeEnds(const QString &text)
{
    QList<qsizetype> ends;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        if (end > 0)
            ends.append(end);
    }
    // Inside a run of regional indicators, a flag is every pair counted from the run's start.
    for (qsizetype i = 0; i < text.size();) {
        if (!isRegionalIndicatorAt(text, i)) {
            ++i;
            continue;
        }
        const qsizetype runStart = i;
        while (isRegionalIndicatorAt(text, i))
            i += 2;
        const qsizetype runEnd = i;
        ends.erase(std::remove_if(ends.begin(), ends.end(),
                                  [&](qsizetype e) { return e > runStart && e < runEnd; }),
                   ends.end());
        for (qsizetype e = runStart + flagUnits; e < runEnd; e += flagUnits)
            ends.append(e);
    }
    std::sort(ends.begin(), ends.end());
    return ends;
}

qsizetype graphemeCut(QStringView text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.size();
    if (limit <= 0)
        return 0;
    // One code point more than kept, so the boundary at `limit` itself is judged with what
    // follows it (a joiner before an emoji, the second half of a flag).
    const qsizetype judged = limit + (text.at(limit).isHighSurrogate() ? 2 : 1);
    const QList<qsizetype> ends = graphemeEnds(text.left(judged).toString());
    for (auto it = ends.crbegin(); it != ends.crend(); ++it) {
        if (*it <= limit)
            return *it;
    }
    // A single grapheme longer than the limit (a pile of combining marks): cut it, but never
    // between the halves of a surrogate pair.
    return text.at(limit).isLowSurrogate() ? limit - 1 : limit;
}

} // namespace earshot
