// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"
#include "platforms/PlatformTraits.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// What Earshot reads of a Mastodon Status entity (docs.joinmastodon.org/entities/Status).
struct MastodonStatus {
    QString id;  // instance-local
    QString uri; // canonical, the same on every instance
    QString url;
    std::int64_t createdAtMs = 0;
    std::int64_t editedAtMs = 0; // `edited_at`; 0 when never edited
    QString content;             // HTML
    QString visibility;
    QString language;
    QString inReplyToId; // instance-local, of the instance that served it
    QString accountUri;  // the author's `uri` (Mastodon 4.2+), else their `url`
    QString acct;        // "anna" for a local account, "anna@other.example" for a remote one
    QString displayName;
    std::optional<std::int64_t> followers;
};

// One Notification entity; `status` is missing when the status was deleted since.
struct MastodonNotification {
    QString id;
    QString type;
    std::optional<MastodonStatus> status;
};

// Each reader returns nothing and sets `problem` (English, for the log and a person's
// "what failed") when the body is not what the documentation shapes.
std::optional<std::vector<MastodonNotification>> readNotifications(const QByteArray &body,
                                                                   QString *problem);
std::optional<MastodonStatus> readStatus(const QByteArray &body, QString *problem);
// GET /api/v1/statuses/:id/context: the ancestors, the thread's root first.
std::optional<std::vector<MastodonStatus>> readAncestors(const QByteArray &body, QString *problem);
// GET /api/v1/statuses/:id/context whole: the ancestors (root first) and the descendants.
struct MastodonContext {
    std::vector<MastodonStatus> ancestors;
    std::vector<MastodonStatus> descendants;
};
std::optional<MastodonContext> readContext(const QByteArray &body, QString *problem);
// An Account entity (GET /api/v1/accounts/lookup, /accounts/:id), as a profile: `userId` is its
// `uri` (else `url`), as mentions name their authors; the bio (`note`) as plain text.
struct MastodonProfile {
    QString userId;
    QString acct;
    QString displayName;
    QString bio;
    std::optional<std::int64_t> followers;
};
std::optional<MastodonProfile> readAccount(const QByteArray &body, QString *problem);
// GET /api/v2/search: the first status found; an empty optional inside when none was.
std::optional<std::optional<MastodonStatus>> readFirstSearchStatus(const QByteArray &body,
                                                                   QString *problem);
// GET /api/v2/search?type=statuses: every status found, as the instance lists them.
std::optional<std::vector<MastodonStatus>> readSearchStatuses(const QByteArray &body,
                                                              QString *problem);
// A timeline (GET /api/v1/timelines/tag/:hashtag): an array of statuses.
std::optional<std::vector<MastodonStatus>> readTimeline(const QByteArray &body, QString *problem);
// GET /api/v2/instance: configuration.statuses, and the instance's domain (empty when absent).
struct MastodonInstance {
    QString domain;
    AccountLimits limits;
};
std::optional<MastodonInstance> readInstance(const QByteArray &body, QString *problem);
// The "error" (and "error_description") of an error answer; empty when it has none.
QString readErrorText(const QByteArray &body);

// The `max_id` of the Link header's rel="next" page; empty when there is none.
QString nextMaxId(const QByteArray &linkHeader);

// "anna" on `domain` is "anna@domain"; "anna@other.example" stays as it is.
QString fullAcct(const QString &acct, const QString &domain);

// A status as the normalized mention; `inReplyTo` and `conversationId` as the caller resolved
// them.
Mention mentionFromStatus(const MastodonStatus &status, const QString &domain,
                          const QString &brandHandle);

} // namespace earshot
