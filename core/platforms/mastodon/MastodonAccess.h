// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/RetryPolicy.h"

#include <QHash>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace earshot {

class NetworkLoop;

// How a Mastodon account is polled; the defaults are for real instances, tests shorten them.
struct MastodonOptions {
    std::chrono::milliseconds pollInterval{60'000};
    // The first connect (no cursor yet) reads back this many days of mentions at most ...
    int backfillDays = 7;
    // ... and at most this many pages of 40.
    int backfillPages = 25;
    // A later cycle follows the pages down to its cursor, at most this many (10,000 mentions).
    int maxPages = 250;
    // Replies whose thread is looked up per cycle (one request each); the others keep the
    // instance-local id of the post they answer.
    int threadLookupsPerCycle = 40;
    // Mentions per batch handed to the host (one transaction each).
    int batchSize = 40;
    // Listening searches (v2/search, hashtag timelines): statuses per page (Mastodon's most is
    // 40) and pages per term and cycle.
    int searchPageSize = 40;
    int searchPages = 5;
    std::chrono::milliseconds readTimeout{30'000};
    RetryPolicy retry;
};

// What the connector and the sender of one account share: where the instance is, the token,
// the account's key for rate limits, and the instance-local ids of statuses seen, by uri.
struct MastodonAccess {
    NetworkLoop *net = nullptr;
    std::shared_ptr<Clock> clock;
    QUrl baseUrl;
    QString token;      // memory only, never logged
    QString handle;     // the brand account's
    QString accountKey; // HttpRequest::account: "mastodon:<feed>"
    MastodonOptions options;
    // uri -> id on this instance, of the statuses the connector heard (the sender answers them).
    std::shared_ptr<QHash<QString, QString>> localIds = std::make_shared<QHash<QString, QString>>();

    // The instance as a person names it: its host (and port when one is given).
    QString instanceName() const;
    // A request to `path` on the instance with the token, the account and the options' timeouts.
    HttpRequest request(const QByteArray &method, const QString &path,
                        const QUrlQuery &query = {}) const;
};

// What went wrong with `result` in words a person reads, naming the instance and what Earshot
// was doing (`doing`: "reading the notifications").
QString describeMastodonFailure(const MastodonAccess &access, const HttpResult &result,
                                const QString &doing);
// The answer could not be read.
QString describeUnreadableAnswer(const MastodonAccess &access, const QString &doing);

} // namespace earshot
