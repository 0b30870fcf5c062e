// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;

namespace earshot {

// Untrusted text as rich text of our own making: every piece of it escaped, and only the web
// addresses LinkFinder finds wrapped in our <a>. Nothing from outside can become markup.
QString linkedTextHtml(const QString &untrusted);

// Shows untrusted text on `label`: as plain text when it has no address; otherwise as
// linkedTextHtml() whose links only emit QLabel::linkActivated (nothing opens by itself), for
// the caller to ask before opening.
void setUntrustedText(QLabel *label, const QString &untrusted);

} // namespace earshot
