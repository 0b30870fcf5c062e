// SPDX-License-Identifier: Apache-2.0
// The Simulation platform's parts of a demo session, found through its connector host.
#pragma once

#include "connectors/ConnectorHost.h"
#include "platforms/simulation/SimulationFeed.h"
#include "platforms/simulation/SimulationReplies.h"
#include "session/WorkspaceSession.h"

namespace earshot::test {

inline SimulationFeed *simulationFeed(WorkspaceSession &session)
{
    return qobject_cast<SimulationFeed *>(
        session.connectors()->connector(SimulationFeed::feedName()));
}

inline SimulationReplies *simulationReplies(WorkspaceSession &session)
{
    return qobject_cast<SimulationReplies *>(
        session.connectors()->sender(SimulationFeed::feedName()));
}

} // namespace earshot::test
