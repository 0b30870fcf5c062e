// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <vector>

struct sqlite3;

namespace earshot {

// Which cases a connection changed in its open transaction, written to case_changes in that same
// transaction just before it commits, so every other window on the workspace (in this process or
// another) learns which cases to show again (WorkspaceWatcher). SQLite's update hook collects
// the ids: an import changes a case several times per mention, and a trigger per change cost a
// tenth of the import's instructions; this costs one row per case per transaction.
class CaseChangeLog final {
public:
    // How many changes case_changes keeps; a window further behind reads everything again.
    static constexpr std::int64_t kept = 10000;

    void attach(sqlite3 *db);
    // Writes the collected ids (a workspace without case_changes, during its migrations, is
    // skipped) and forgets them. Errors are the caller's COMMIT's to report: it fails the same way.
    void writeBeforeCommit(sqlite3 *db);
    void forget() { m_cases.clear(); }

private:
    static void onChange(void *self, int operation, const char *database, const char *table,
                         std::int64_t rowId);

    std::vector<std::int64_t> m_cases;
};

} // namespace earshot
