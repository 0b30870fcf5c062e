// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"
#include "ingest/PostChange.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace earshot::bluesky {

// app.bsky.feed.getPostThread's answer: every post of the thread that could be read, and the
// uris of those the AppView says are gone (#notFoundPost). Bluesky posts cannot be edited.
struct ThreadRead {
    std::vector<Mention> posts;
    std::vector<QString> gone;
    QSet<QString> seen; // every uri the thread named, blocked ones too
};
std::optional<ThreadRead> readThread(const QByteArray &body, const QString &account,
                                     QString *problem);
// app.bsky.feed.getPosts's answer: the uris it returned (a deleted post is left out).
std::optional<QSet<QString>> readPostUris(const QByteArray &body, QString *problem);
// app.bsky.actor.getProfile's answer (ProfileViewDetailed): did, handle, displayName,
// description, followersCount, and verification.verifiedStatus where the AppView gives it.
std::optional<ProfileUpdate> readProfile(const QByteArray &body, QString *problem);

} // namespace earshot::bluesky
