// SPDX-License-Identifier: Apache-2.0
#include "cases/CasePresence.h"

#include "Tr.h"

#include <QStringList>

namespace earshot {

void beatPresence(Database &writer, std::int64_t agentId, std::int64_t caseId, bool writing,
                  std::int64_t nowMs)
{
    Statement elsewhere(writer, "DELETE FROM case_presence WHERE agent_id = ? AND case_id <> ?");
    elsewhere.bind(1, agentId).bind(2, caseId).run();
    // Beats long gone (a window that never said goodbye) are cleared as others beat.
    Statement old(writer, "DELETE FROM case_presence WHERE beat_at < ?");
    old.bind(1, nowMs - 10 * presenceExpiryMs).run();
    Statement beat(writer, "INSERT INTO case_presence (agent_id, case_id, writing, beat_at) "
                           "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (agent_id, case_id) DO UPDATE SET "
                           "writing = excluded.writing, beat_at = excluded.beat_at");
    beat.bind(1, agentId).bind(2, caseId).bind(3, std::int64_t(writing)).bind(4, nowMs).run();
}

void leavePresence(Database &writer, std::int64_t agentId)
{
    Statement leave(writer, "DELETE FROM case_presence WHERE agent_id = ?");
    leave.bind(1, agentId).run();
}

std::vector<CasePresence> presenceOn(Database &reader, std::int64_t caseId,
                                     std::int64_t exceptAgentId, std::int64_t nowMs)
{
    Statement s(reader, "SELECT p.agent_id, a.name, p.writing FROM case_presence p "
                        "JOIN agents a ON a.id = p.agent_id WHERE p.case_id = ? AND "
                        "p.agent_id <> ? AND p.beat_at >= ? ORDER BY a.name, p.agent_id");
    s.bind(1, caseId).bind(2, exceptAgentId).bind(3, nowMs - presenceExpiryMs);
    std::vector<CasePresence> presence;
    while (s.step())
        presence.push_back({s.toInt(0), s.toString(1), s.toInt(2) != 0});
    return presence;
}

QString presenceText(const std::vector<CasePresence> &presence)
{
    QStringList parts;
    for (const CasePresence &p : presence) {
        parts.append(p.writing ? Tr::tr("%1 is writing…").arg(p.agentName)
                               : Tr::tr("%1 is viewing").arg(p.agentName));
    }
    return parts.join(u" · ");
}

} // namespace earshot
