// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// The mention a public reply starts with so that the person is notified, by the network's
// MentionPrefixRule (PlatformTraits): "@anna " on X, "@anna@example.social " on Mastodon, nothing
// on Bluesky (a reply there notifies by itself).
class MentionPrefix final {
public:
    // `handle` as the network gives it, with or without a leading "@". Where the full address
    // is used (Mastodon) a handle without a domain belongs to `homeInstance`, the instance of the
    // brand's own account.
    MentionPrefix(const QString &platform, const QString &handle, const QString &homeInstance = {});

    // Empty when the network needs no prefix or the handle is unknown.
    QString text() const { return m_prefix; }
    // Whether the draft already mentions the person among the mentions it starts with.
    bool isPresentIn(const QString &draft) const;
    // The draft starting with the prefix; a draft that already has it is returned unchanged.
    QString applyTo(const QString &draft) const;

private:
    bool mentions(const QString &word) const;

    QString m_user;   // without "@" and domain
    QString m_domain; // full addresses (Mastodon) only, lower case
    QString m_homeInstance;
    QString m_prefix;
};

} // namespace earshot
