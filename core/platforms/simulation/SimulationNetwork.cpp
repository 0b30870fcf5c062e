// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationNetwork.h"

#include "platforms/simulation/ScenarioReader.h"
#include "platforms/simulation/SimulationFeed.h"
#include "platforms/simulation/SimulationReplies.h"

namespace earshot {

NetworkParts makeSimulationNetwork(const ConnectorAccount &account, const NetworkContext &context)
{
    Scenario scenario = ScenarioReader::readFile(account.baseUrl);
    auto replies = std::make_unique<SimulationReplies>(
        scenario.answers, context.clock, RandomSource(context.seed, "simulation:replies"));
    auto feed = std::make_unique<SimulationFeed>(std::move(scenario), context.clock,
                                                 RandomSource(context.seed, "simulation:feed"));
    // The customers' answers are heard by the feed, like every mention of the platform.
    QObject::connect(replies.get(), &SimulationReplies::customerAnswered, feed.get(),
                     &SimulationFeed::hear);
    NetworkParts parts;
    parts.connector = std::move(feed);
    parts.sender = std::move(replies);
    parts.sendsForEveryNetwork = true; // in a demo it stands in for every network
    return parts;
}

} // namespace earshot
