// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace earshot {

// Text from outside (a name, a handle, a post) may carry Unicode direction controls. A display
// name ending in RIGHT-TO-LEFT OVERRIDE (U+202E) reverses whatever we write after it on the same
// line ("@handle (Mastodon) - time - public"), and "refund U+202E gnp.exe U+202C" reads "refund
// exe.png". These helpers keep such text to itself and show what a reader could not see.

// `text` between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), with its own
// controls balanced first (see balancedDirectionControls), so nothing in it can reorder the text
// of ours around it. Every piece of outside text in a line we compose goes through this.
QString isolated(const QString &text);

// `text` with its embeddings, overrides and isolates balanced: a pop with nothing of its own to
// close is dropped (it would close ours), and whatever is left open is closed at the end.
QString balancedDirectionControls(const QString &text);

// True for the characters that change direction or take no room: the embedding, override and
// isolate controls (U+202A-U+202E, U+2066-U+2069), the direction marks (U+200E, U+200F, U+061C)
// and the zero-width characters (U+200B-U+200D, U+2060, U+FEFF).
bool isHiddenControl(char16_t c);

// Where `text` has a hidden control a reader should be told about, in order. A zero-width joiner
// or non-joiner between two letters of a script that joins (Arabic, Devanagari, ...) or between
// two emoji is part of the writing ("👨‍👩‍👧", Persian words) and is not listed.
QList<qsizetype> hiddenControls(QStringView text);

// The name a marker shows for a hidden control: "RLO" for U+202E, "ZWSP" for U+200B.
QString hiddenControlName(char16_t c);

// The visible marker for a hidden control: "⟨RLO⟩".
QString hiddenControlMarker(char16_t c);

// `text` with every hidden control hiddenControls() lists replaced by its marker: what plain
// text views (the case list, the full text of a long post) show.
QString withVisibleControls(const QString &text);

} // namespace earshot
