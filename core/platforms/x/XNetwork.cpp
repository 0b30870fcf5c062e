// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XNetwork.h"

#include "Error.h"
#include "Tr.h"
#include "platforms/x/XSender.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString defaultXBaseUrl()
{
    return u"https://api.x.com"_s;
}

NetworkParts makeXNetworkWith(const ConnectorAccount &account, const NetworkContext &context,
                              XConnectorOptions options, std::chrono::milliseconds readTimeout)
{
    if (!context.net)
        throw Error(Tr::tr("X needs a network connection, and this session has none (a demo or "
                           "training session cannot reach X)"));
    XApiSettings api;
    api.baseUrl = QUrl(account.baseUrl.isEmpty() ? defaultXBaseUrl() : account.baseUrl);
    if (!api.baseUrl.isValid() || api.baseUrl.host().isEmpty())
        throw Error(
            Tr::tr("The X server address \"%1\" is not a web address").arg(account.baseUrl));
    api.token = account.secret;
    api.handle = account.handle;
    api.accountKey = account.feed.isEmpty() ? u"x:@"_s + account.handle : account.feed;
    api.readTimeout = readTimeout;
    auto user = std::make_shared<XUserId>();

    NetworkParts parts;
    parts.connector =
        std::make_unique<XConnector>(context.net, api, user, context.clock, std::move(options));
    parts.sender = std::make_unique<XSender>(context.net, api, user, context.clock);
    return parts;
}

NetworkParts makeXNetwork(const ConnectorAccount &account, const NetworkContext &context)
{
    return makeXNetworkWith(account, context, XConnectorOptions{});
}

} // namespace earshot
