// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;

namespace earshot {

// Untrusted text as rich text of our own making: every piece of it escaped, only the web
// addresses LinkFinder finds wrapped in our <a>, and every hidden direction or zero-width
// control (text/OutsideText.h) shown as a marker such as "⟨RLO⟩" in a colour of its own instead
// of acting. Nothing from outside can become markup or reorder what the reader sees.
QString linkedTextHtml(const QString &untrusted);

// Shows untrusted text on `label`: as plain text when it has no address and nothing hidden;
// otherwise as linkedTextHtml() whose links only emit QLabel::linkActivated (nothing opens by
// itself), for the caller to ask before opening.
void setUntrustedText(QLabel *label, const QString &untrusted);

} // namespace earshot
