// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QList>

#include <cstdint>

namespace earshot {

// Snoozed cases whose time has come go back to Open, each with its event, inside the caller's
// transaction. Returns the cases it woke.
QList<qint64> wakeDueCases(Database &writer, std::int64_t nowMs);

} // namespace earshot
