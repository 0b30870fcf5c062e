// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace earshot {

// A status's `content` (the HTML Mastodon serves) as the plain text a person wrote: paragraphs
// and <br> become line breaks, every tag is dropped and its text kept (a link keeps the whole
// address, including the parts Mastodon hides in <span class="invisible">), character
// references are decoded, custom emoji stay as the `:shortcode:` the content carries. Nothing is
// ever rendered: the result is shown as plain text.
QString plainTextFromHtml(QStringView html);

} // namespace earshot
