// SPDX-License-Identifier: Apache-2.0
#include "cases/Agents.h"

namespace earshot {

namespace {

AgentRow readAgent(const Statement &s)
{
    return {s.toInt(0), s.toString(1), s.toString(2), s.toString(3)};
}

} // namespace

std::vector<AgentRow> listAgents(Database &db)
{
    Statement s(db, "SELECT id, key, name, role FROM agents ORDER BY name, id");
    std::vector<AgentRow> agents;
    while (s.step())
        agents.push_back(readAgent(s));
    return agents;
}

std::optional<AgentRow> agentById(Database &db, std::int64_t id)
{
    Statement s(db, "SELECT id, key, name, role FROM agents WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readAgent(s);
}

AgentRow ensureConsoleAgent(Database &writer, const QString &preferredKey,
                            const QString &newAgentName)
{
    if (!preferredKey.isEmpty()) {
        Statement s(writer, "SELECT id, key, name, role FROM agents WHERE key = ?");
        s.bind(1, preferredKey);
        if (s.step())
            return readAgent(s);
    }
    {
        // Agents answer cases; leads and trainers are picked only when there is nobody else.
        Statement first(writer, "SELECT id, key, name, role FROM agents "
                                "ORDER BY role <> 'agent', id LIMIT 1");
        if (first.step())
            return readAgent(first);
    }
    Transaction transaction(writer, Transaction::Durability::PersonWrote);
    Statement insert(writer, "INSERT INTO agents (key, name, role, created_at) "
                             "VALUES ('local', ?, 'admin', ?)");
    insert.bind(1, newAgentName).bind(2, writer.clock().nowMs()).run();
    AgentRow created{writer.lastInsertId(), QStringLiteral("local"), newAgentName,
                     QStringLiteral("admin")};
    transaction.commit();
    return created;
}

} // namespace earshot
