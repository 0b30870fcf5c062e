// SPDX-License-Identifier: Apache-2.0
#include "session/Networks.h"

#include "connectors/NetworkRegistry.h"
#include "platforms/bluesky/BlueskyNetwork.h"
#include "platforms/mastodon/MastodonNetwork.h"
#include "platforms/simulation/SimulationNetwork.h"
#include "platforms/x/XNetwork.h"

#include <mutex>

namespace earshot {

using namespace Qt::StringLiterals;

void registerBuiltInNetworks()
{
    // Once per process: a network registered later under the same key (a test's fixture network)
    // is not replaced when the next session opens.
    static std::once_flag once;
    std::call_once(once, [] {
        // A new network is one folder (core/platforms/<network>) and one line here.
        registerNetwork(u"simulation"_s, makeSimulationNetwork);
        registerNetwork(u"mastodon"_s, makeMastodonNetwork);
        registerNetwork(u"bluesky"_s, makeBlueskyNetwork);
        registerNetwork(u"x"_s, makeXNetwork);
    });
}

} // namespace earshot
