// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/ReplySender.h"
#include "platforms/mastodon/MastodonAccess.h"

namespace earshot {

struct HttpResult;

// Posts one brand account's replies as statuses (POST /api/v1/statuses) with the reply's
// Idempotency-Key, so a reply handed over again posts once (Mastodon keeps the key an hour).
// The answered post is named by its uri; its id on the brand's instance is the one the
// connector heard, or is looked up (GET /api/v2/search?resolve=true). A private reply is
// "direct"; a public one is "unlisted": it stands in the customer's thread and notifies them,
// without filling the instance's public timelines with customer care.
class MastodonSender final : public ReplySender {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonSender)

public:
    explicit MastodonSender(MastodonAccess access, QObject *parent = nullptr);
    ~MastodonSender() override;

    void send(const OutgoingReply &reply, Done done) override;

private:
    void post(const OutgoingReply &reply, const QString &inReplyToId, const Done &done);
    SendOutcome outcomeOfPost(const OutgoingReply &reply, const HttpResult &result) const;
    // What a failed request that surely posted nothing means (a lookup, a refused POST).
    SendOutcome notPosted(const HttpResult &result, const QString &doing) const;
    std::chrono::milliseconds waitFor(const HttpResult &result) const;

    MastodonAccess m_access;
};

} // namespace earshot
