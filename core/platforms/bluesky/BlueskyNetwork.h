// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/NetworkRegistry.h"

namespace earshot {

// The Bluesky network's parts for one account, registered as "bluesky": a BlueskyConnector that
// hears the account's mentions, replies and quotes and a BlueskySender that posts its replies,
// sharing one signed-in session (app password in `account.secret`, memory only).
// `account.baseUrl` is the account's PDS (https://bsky.social when empty); AppView reads go through
// the PDS, which proxies them, unless `account.services` names another AppView; direct messages
// go through the PDS to `account.services.chatService` (Bluesky's own when empty). Throws
// earshot::Error when there is no NetworkLoop (a demo or a training run) or no handle.
NetworkParts makeBlueskyNetwork(const ConnectorAccount &account, const NetworkContext &context);

} // namespace earshot
