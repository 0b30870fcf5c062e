// SPDX-License-Identifier: Apache-2.0
#include "store/CaseChangeLog.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace earshot {

void CaseChangeLog::attach(sqlite3 *db)
{
    sqlite3_update_hook(
        db,
        [](void *self, int operation, const char *database, const char *table,
           sqlite3_int64 rowId) { onChange(self, operation, database, table, rowId); },
        this);
}

void CaseChangeLog::onChange(void *self, int, const char *database, const char *table,
                             std::int64_t rowId)
{
    // A case's row id is its number.
    if (std::strcmp(table, "cases") == 0 && std::strcmp(database, "main") == 0)
        static_cast<CaseChangeLog *>(self)->m_cases.push_back(rowId);
}

void CaseChangeLog::writeBeforeCommit(sqlite3 *db)
{
    if (m_cases.empty())
        return;
    std::vector<std::int64_t> cases;
    cases.swap(m_cases);
    std::sort(cases.begin(), cases.end());
    cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO case_changes (case_id) VALUES (?1)", -1, &insert,
                           nullptr)
        != SQLITE_OK)
        return; // no case_changes yet: a migration of an older workspace
    for (const std::int64_t id : cases) {
        sqlite3_bind_int64(insert, 1, id);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    // The inserts above moved the update hook's list again only for "case_changes", not cases.
    m_cases.clear();
    sqlite3_stmt *prune = nullptr;
    if (sqlite3_prepare_v2(db, "DELETE FROM case_changes WHERE seq <= ?1", -1, &prune, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_int64(prune, 1, sqlite3_last_insert_rowid(db) - kept);
        sqlite3_step(prune);
    }
    sqlite3_finalize(prune);
}

} // namespace earshot
