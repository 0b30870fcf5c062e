// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace earshot {

// Where each grapheme (what a reader sees as one character) of `text` ends, in UTF-16 units.
// QTextBoundaryFinder in Qt 6.4 splits a flag into its two regional indicators when an emoji
// ZWJ sequence comes before it ("👨‍👩‍👧🇩🇪"); flags are paired again here.
QList<qsizetype> graphemeEnds(const QString &text);

// Where to cut `text` so that at most `limit` UTF-16 units stay and no grapheme is split: the
// last grapheme end at or before `limit`. Looks only at the text up to `limit`, so cutting a
// megabyte-long post costs what the part kept costs.
qsizetype graphemeCut(QStringView text, qsizetype limit);

} // namespace earshot
