// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace earshot {

// Tooltips guess whether text is HTML (Qt::mightBeRichText), so a post saying "<b>hi</b>" would
// be rendered. This wraps untrusted text so the tooltip shows it exactly as written, isolated
// (its direction controls stay in it) and cut to a few thousand characters: a tooltip lays out
// all it is given, at once.
QString plainTextToolTip(const QString &untrusted);

// Text for a menu entry or button made of words from outside (a tag, a handle, a name): "&"
// would otherwise mark the next letter as a keyboard accelerator and vanish.
QString literalActionText(const QString &text);

// A piece of outside text (a name, a handle, a tag, a subject) inside a line of ours: isolated
// (text/OutsideText.h), so a right-to-left override in a display name cannot reverse the
// handle, network, time and visibility after it; and cut after `maxLength` characters with
// "…", so a megabyte-long name cannot stall the line that shows it.
QString outsidePiece(const QString &text, qsizetype maxLength = 200);

// A word-wrapping label that shows its text exactly as written, never as markup: every label
// that may carry text from outside is made here, so none can forget Qt::PlainText.
QLabel *newPlainLabel(QWidget *parent);

} // namespace earshot
