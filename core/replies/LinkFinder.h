// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace earshot {

// A web address in a draft, as the networks that link it automatically would see it.
struct FoundLink {
    qsizetype start = 0;
    qsizetype length = 0;
    QString host; // lower case, without user info, port or trailing dot
};

enum class LinkStyle {
    SchemeOnly,         // Mastodon links only what starts with http:// or https://
    SchemeOrBareDomain, // X also links "example.com/help" with no scheme
};

// The links in `text`, in order. Trailing punctuation (a full stop, an unbalanced closing
// parenthesis) is not part of a link, as in the networks' own link detection.
QList<FoundLink> findLinks(const QString &text, LinkStyle style);

} // namespace earshot
