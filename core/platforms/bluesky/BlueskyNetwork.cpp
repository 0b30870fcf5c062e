// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskyNetwork.h"

#include "Error.h"
#include "Tr.h"
#include "platforms/bluesky/BlueskyConnector.h"
#include "platforms/bluesky/BlueskySender.h"

namespace earshot {

using namespace Qt::StringLiterals;

NetworkParts makeBlueskyNetwork(const ConnectorAccount &account, const NetworkContext &context)
{
    if (!context.net)
        throw Error(Tr::tr("Bluesky needs the network, and this session has none (a demo or a "
                           "training run): the account @%1 is not connected")
                        .arg(account.handle));
    if (account.handle.isEmpty())
        throw Error(Tr::tr("A Bluesky account needs its handle to sign in"));
    bluesky::BlueskyOptions options;
    options.pds = QUrl(account.baseUrl.isEmpty() ? u"https://bsky.social"_s : account.baseUrl);
    if (!options.pds.isValid() || options.pds.host().isEmpty())
        throw Error(Tr::tr("The Bluesky server address \"%1\" of @%2 is not a web address")
                        .arg(account.baseUrl, account.handle));
    // A person may point reads at another AppView and direct messages at another chat service;
    // the address was checked when it was set (https, or http only to this computer).
    if (!account.services.appViewUrl.isEmpty())
        options.appView = QUrl(account.services.appViewUrl);
    if (!account.services.chatService.isEmpty())
        options.chatProxy = account.services.chatService;
    options.handle = account.handle.startsWith(u'@') ? account.handle.mid(1) : account.handle;
    options.password = account.secret;
    options.account = u"bluesky:"_s + options.handle;
    options.accountId = account.accountId;
    auto session = std::make_shared<bluesky::Session>(
        std::move(options), context.net, context.clock ? context.clock : systemClock());
    NetworkParts parts;
    parts.connector = std::make_unique<bluesky::BlueskyConnector>(session);
    parts.sender = std::make_unique<bluesky::BlueskySender>(session);
    return parts;
}

} // namespace earshot
