// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// What an agent was writing on a case when they left it (saved by CaseCommand::SaveDraft).
struct Draft {
    QString body;
    bool isPrivate = false;
};

std::optional<Draft> loadDraft(Database &db, std::int64_t caseId, std::int64_t agentId);

} // namespace earshot
