// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

namespace earshot {

// One numbered step of the workspace schema. Steps only ever get appended: a released step is
// never edited, because workspaces in the field already ran it.
struct Migration {
    int version;
    const char *sql;
};

const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

// PRAGMA application_id of every Earshot workspace ("EaSh"), so a foreign SQLite file is refused.
constexpr int workspaceApplicationId = 0x45615368;

} // namespace earshot
