// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XNetwork.h"

#include "Error.h"
#include "Tr.h"
#include "platforms/x/XSender.h"
#include "platforms/x/XSpendMeter.h"

#include <QPointer>

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
    // A secret from a browser sign-in carries a refresh token: the connector renews the access
    // token when it expires or X refuses it, and the session keeps the new one in the keychain.
    XTokens tokens = XTokens::fromSecret(account.secret);
    if (tokens.canRefresh()) {
        api.credentials = std::make_shared<XCredentials>();
        api.credentials->tokens = tokens;
        if (context.secretRenewed) {
            const auto renewed = context.secretRenewed;
            const std::int64_t accountId = account.accountId;
            api.credentials->renewed = [renewed, accountId](const QString &secret) {
                renewed(accountId, secret);
            };
        }
    } else {
        api.token = tokens.accessToken;
    }
    api.handle = account.handle;
    api.accountKey = account.feed.isEmpty() ? u"x:@"_s + account.handle : account.feed;
    api.readTimeout = readTimeout;
    auto user = std::make_shared<XUserId>();

    // What the account reads and writes is counted in the workspace, and its spending cap holds
    // fetching back (docs/networks/x.md).
    XSpendMeter *meter = nullptr;
    if (context.writer) {
        meter = new XSpendMeter(context.writer, account.accountId, context.clock);
        QPointer<XSpendMeter> guard(meter);
        options.readsDone = [guard](const XReadUsage &usage) {
            if (guard)
                guard->recordReads(usage.postIds, usage.userIds, usage.search);
        };
        options.holdBack = [guard](std::int64_t nowMs) {
            return guard ? guard->holdBack(nowMs) : std::pair<QString, std::int64_t>();
        };
        options.searchHoldBack = [guard](std::int64_t nowMs) {
            return guard ? guard->searchHoldBack(nowMs) : std::pair<QString, std::int64_t>();
        };
    }
    auto connector =
        std::make_unique<XConnector>(context.net, api, user, context.clock, std::move(options));
    auto sender = std::make_unique<XSender>(context.net, api, user, context.clock);
    if (meter) {
        meter->setParent(connector.get());
        QPointer<XSpendMeter> guard(meter);
        sender->writeDone = [guard](const XWriteUsage &usage) {
            if (guard)
                guard->recordWrite(usage.withLink);
        };
        sender->readsDone = [guard](const XReadUsage &usage) {
            if (guard)
                guard->recordReads(usage.postIds, usage.userIds);
        };
    }
    NetworkParts parts;
    parts.connector = std::move(connector);
    parts.sender = std::move(sender);
    return parts;
}

NetworkParts makeXNetwork(const ConnectorAccount &account, const NetworkContext &context)
{
    return makeXNetworkWith(account, context, XConnectorOptions{});
}

} // namespace earshot
