// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace earshot {

// Tooltips guess whether text is HTML (Qt::mightBeRichText), so a post saying "<b>hi</b>" would
// be rendered. This wraps untrusted text so the tooltip shows it exactly as written.
QString plainTextToolTip(const QString &untrusted);

// Text for a menu entry or button made of words from outside (a tag, a handle, a name): "&"
// would otherwise mark the next letter as a keyboard accelerator and vanish.
QString literalActionText(const QString &text);

// A word-wrapping label that shows its text exactly as written, never as markup: every label
// that may carry text from outside is made here, so none can forget Qt::PlainText.
QLabel *newPlainLabel(QWidget *parent);

} // namespace earshot
