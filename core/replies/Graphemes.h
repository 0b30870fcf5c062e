// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace earshot {

// Where each grapheme (what a reader sees as one character) of `text` ends, in UTF-16 units.
// QTextBoundaryFinder in Qt 6.4 splits a flag into its two regional indicators when an emoji
// ZWJ sequence comes before it ("👨‍👩‍👧🇩🇪"); flags are paired again here.
QList<qsizetype> graphemeEnds(const QString &text);

} // namespace earshot
