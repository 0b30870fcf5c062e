// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Priority.h"
#include "store/Sqlite.h"

namespace earshot {

// The workspace's priority weights (settings key "triage.priority_weights", only the changed
// keys). A stored value that no longer parses gives the defaults and says so in `problem`.
PriorityWeights loadPriorityWeights(Database &db, QString *problem = nullptr);
// Inside a transaction the caller holds (a lead chose these: Durability::PersonWrote).
void writePriorityWeights(Database &db, const PriorityWeights &weights);

} // namespace earshot
