// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace earshot {

// Who has a case open, and who is writing in it (case_presence): each console beats for the case
// it shows, and a beat older than presenceExpiryMs no longer counts (a window that crashed, a
// machine asleep). Coming, going and starting or stopping to write tell the other windows
// through case_changes; a beat alone does not.
inline constexpr std::int64_t presenceBeatMs = 5'000;
inline constexpr std::int64_t presenceExpiryMs = 20'000;

struct CasePresence {
    std::int64_t agentId = 0;
    QString agentName;
    bool writing = false;
};

// Inside the caller's transaction: `agentId` is on `caseId` now (and on no other case).
void beatPresence(Database &writer, std::int64_t agentId, std::int64_t caseId, bool writing,
                  std::int64_t nowMs);
// The agent left the case (another case, or the window closed).
void leavePresence(Database &writer, std::int64_t agentId);
// Everyone else on the case whose beat is recent, by name.
std::vector<CasePresence> presenceOn(Database &reader, std::int64_t caseId,
                                     std::int64_t exceptAgentId, std::int64_t nowMs);
// "Ana Lima is viewing", "Ana Lima is writing…", several joined by " · "; empty for nobody.
QString presenceText(const std::vector<CasePresence> &presence);

} // namespace earshot
