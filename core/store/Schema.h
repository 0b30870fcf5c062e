// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

namespace earshot {

// One numbered step of the workspace schema. Steps only ever get appended: a released step is
// never edited, because workspaces in the field already ran it.
struct Migration {
    int version;
    const char *sql;
    // The step edits the text of CREATE statements in sqlite_schema (SQLite's documented way to
    // change a CHECK constraint without rebuilding the table): migrate() runs it with
    // writable_schema on and moves the schema cookie on, so every connection reads the new text.
    bool editsSchemaText = false;
};

const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

// PRAGMA application_id of every Earshot workspace ("EaSh"), so a foreign SQLite file is refused.
constexpr int workspaceApplicationId = 0x45615368;

} // namespace earshot
