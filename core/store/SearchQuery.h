// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// Turns what a person types into a safe FTS5 MATCH expression. Every word becomes a quoted
// string, so FTS5 syntax in the input (`"x`, AND, C++, body:x, NEAR(...)) is searched as text and
// can never cause an error. "Quoted phrases" stay phrases and a trailing * keeps prefix search
// (refund*). Words are ANDed; an emoji is a word of its own, as in the index. Returns an empty
// string when nothing searchable is left.
QString ftsQueryFromUserText(const QString &text);

} // namespace earshot
