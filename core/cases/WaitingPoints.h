// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QList>

#include <cstdint>

namespace earshot {

// What a customer's wait adds to their case's priority, brought up to date for every case still
// waiting for us, inside the caller's transaction: the stored `priority` leaves waiting out, and
// `priority_now` (the list, the case header, "Why priority" and Next case) is it plus these
// points. They grow by the hour, as scorePriority() counts them ("waiting.per-hour" up to
// "waiting.max"). Only rows whose points moved are written. Returns those cases.
QList<qint64> refreshWaitingPoints(Database &writer, std::int64_t nowMs);

} // namespace earshot
