// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// A member of the care team as the workspace knows them.
struct AgentRow {
    std::int64_t id = 0;
    QString key; // stable, used as the actor of events
    QString name;
    QString role; // agent, lead, trainer, admin
};

std::vector<AgentRow> listAgents(Database &db);
std::optional<AgentRow> agentById(Database &db, std::int64_t id);

// The agent this console works as: the one with `preferredKey` if the workspace has it, else
// its first agent, else a new one named `newAgentName` (a workspace of one person). Writes only
// in the last case.
AgentRow ensureConsoleAgent(Database &writer, const QString &preferredKey,
                            const QString &newAgentName);

} // namespace earshot
