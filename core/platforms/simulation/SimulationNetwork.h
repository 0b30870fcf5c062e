// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/NetworkRegistry.h"

namespace earshot {

// The Simulation platform's parts for one account, registered as the network "simulation":
// its feed (SimulationFeed) plays the scenario at `account.baseUrl` (a file or a Qt resource),
// its sender (SimulationReplies) posts every network's replies in a demo. Throws ScenarioError
// when the scenario cannot be read.
NetworkParts makeSimulationNetwork(const ConnectorAccount &account, const NetworkContext &context);

} // namespace earshot
