// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/Connector.h"
#include "platforms/mastodon/MastodonAccess.h"
#include "platforms/mastodon/MastodonJson.h"

#include <QObject>

#include <functional>
#include <memory>

namespace earshot {

struct HttpResult;

// What a Mastodon account reads when an agent asks (docs/networks/mastodon.md, "Read on request"):
//
// - The whole conversation: the post's instance-local id (known from what the connector heard,
//   else found with GET /api/v2/search?resolve=true), the post itself (GET /api/v1/statuses/:id)
//   and its context (GET /api/v1/statuses/:id/context: ancestors and descendants). Every post of
//   the thread but the brand's own becomes a mention, threaded to its parent's and the root's
//   uri; one with `edited_at` also comes as an edit (the ingest keeps a revision only when its
//   text differs from what is held). The case's known posts that are not in the thread are read
//   one by one, at most `maxChecks`: a 404 (or a search that no longer finds the uri) is a
//   deletion.
// - A profile: GET /api/v1/accounts/lookup?acct=… (the Account entity; its `note` is the bio).
//   Mastodon publishes no "verified" flag, so none is stored.
class MastodonReads final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonReads)

public:
    static constexpr int maxChecks = 20;

    // `domain`: the instance's own domain as the connector learned it (for full handles).
    MastodonReads(MastodonAccess access, std::function<QString()> domain,
                  QObject *parent = nullptr);
    ~MastodonReads() override;

    void conversation(const ConversationRequest &request, OnDemandDone done);
    void profile(const ProfileRequest &request, OnDemandDone done);

private:
    struct Read;
    using Found = std::function<void(bool failed, const std::optional<MastodonStatus> &status)>;
    void find(const std::shared_ptr<Read> &read, const QString &uri, Found then);
    void readRoot(const std::shared_ptr<Read> &read, const QString &localId);
    void readContext(const std::shared_ptr<Read> &read, const MastodonStatus &root);
    void checkKnown(const std::shared_ptr<Read> &read);
    void finish(const std::shared_ptr<Read> &read);
    void fail(const std::shared_ptr<Read> &read, const HttpResult &result, const QString &doing);
    void add(const std::shared_ptr<Read> &read, const MastodonStatus &status);
    bool isBrands(const MastodonStatus &status) const;

    MastodonAccess m_access;
    std::function<QString()> m_domain;
};

} // namespace earshot
