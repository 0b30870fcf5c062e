// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/NetworkRegistry.h"
#include "platforms/x/XConnector.h"

namespace earshot {

// X (API v2) for one account, registered as the network "x": its connector (XConnector) and its
// sender (XSender), sharing the account's token and user id. `account.baseUrl` is where the API
// is (empty: https://api.x.com). Throws earshot::Error when the session has no network.
NetworkParts makeXNetwork(const ConnectorAccount &account, const NetworkContext &context);

// The same with the connector's options set (tests: a shorter wait, fewer backfill pages) and
// the requests' read timeout.
NetworkParts makeXNetworkWith(const ConnectorAccount &account, const NetworkContext &context,
                              XConnectorOptions options,
                              std::chrono::milliseconds readTimeout = std::chrono::seconds(30));

// Where X's API is when an account names no server.
QString defaultXBaseUrl();

} // namespace earshot
