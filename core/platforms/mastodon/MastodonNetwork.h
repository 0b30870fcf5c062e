// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/NetworkRegistry.h"
#include "platforms/mastodon/MastodonAccess.h"

namespace earshot {

// The Mastodon network's parts for one account, registered as "mastodon": a MastodonConnector
// and a MastodonSender on the instance at `account.baseUrl`, with the account's token
// (`account.secret`). Throws earshot::Error when the workspace refuses the network (no
// NetworkLoop: a demo or a training run) or the address is not an instance's.
NetworkParts makeMastodonNetwork(const ConnectorAccount &account, const NetworkContext &context);

// The same with options of one's own (tests shorten the poll interval and timeouts).
NetworkParts makeMastodonNetworkWith(const ConnectorAccount &account, const NetworkContext &context,
                                     const MastodonOptions &options);

} // namespace earshot
