// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace earshot {

// Rows per table, for `earshot-cli info`.
std::vector<std::pair<QString, std::int64_t>> tableCounts(Database &db);

} // namespace earshot
