// SPDX-License-Identifier: Apache-2.0
#include "replies/Drafts.h"

namespace earshot {

std::optional<Draft> loadDraft(Database &db, std::int64_t caseId, std::int64_t agentId)
{
    Statement s(db, "SELECT body, visibility = 'private' FROM drafts "
                    "WHERE case_id = ? AND agent_id = ?");
    s.bind(1, caseId).bind(2, agentId);
    if (!s.step())
        return std::nullopt;
    return Draft{s.toString(0), s.toInt(1) != 0};
}

} // namespace earshot
