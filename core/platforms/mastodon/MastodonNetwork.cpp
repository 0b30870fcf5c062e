// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonNetwork.h"

#include "Error.h"
#include "Tr.h"
#include "platforms/mastodon/MastodonConnector.h"
#include "platforms/mastodon/MastodonSender.h"

namespace earshot {

using namespace Qt::StringLiterals;

NetworkParts makeMastodonNetwork(const ConnectorAccount &account, const NetworkContext &context)
{
    return makeMastodonNetworkWith(account, context, MastodonOptions{});
}

NetworkParts makeMastodonNetworkWith(const ConnectorAccount &account, const NetworkContext &context,
                                     const MastodonOptions &options)
{
    if (!context.net)
        throw Error(Tr::tr("Mastodon needs the network, and this workspace refuses it (a demo or "
                           "a training run): the account %1 is not heard")
                        .arg(account.handle));
    const QUrl base(account.baseUrl);
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != u"https" && base.scheme() != u"http"))
        throw Error(Tr::tr("\"%1\" is not the address of a Mastodon instance (https://…)")
                        .arg(account.baseUrl));
    MastodonAccess access;
    access.net = context.net;
    access.clock = context.clock ? context.clock : systemClock();
    access.baseUrl = base;
    access.token = account.secret;
    access.handle = account.handle;
    // The feed names the account uniquely ("mastodon:@brand@example.social"); rate limits pause it.
    access.accountKey = account.feed.isEmpty() ? u"mastodon:"_s + account.handle : account.feed;
    access.options = options;

    auto connector = std::make_unique<MastodonConnector>(access, account.limits);
    NetworkParts parts;
    // The sender shares the connector's ids (same localIds), so a reply to a mention it heard
    // needs no lookup.
    parts.sender = std::make_unique<MastodonSender>(connector->access());
    parts.connector = std::move(connector);
    return parts;
}

} // namespace earshot
