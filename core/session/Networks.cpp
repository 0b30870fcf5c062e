// SPDX-License-Identifier: Apache-2.0
#include "session/Networks.h"

#include "connectors/NetworkRegistry.h"
#include "platforms/simulation/SimulationNetwork.h"
#include "platforms/x/XNetwork.h"

namespace earshot {

using namespace Qt::StringLiterals;

void registerBuiltInNetworks()
{
    // A new network is one folder (core/platforms/<network>) and one line here.
    registerNetwork(u"simulation"_s, makeSimulationNetwork);
    registerNetwork(u"x"_s, makeXNetwork);
}

} // namespace earshot
