// SPDX-License-Identifier: Apache-2.0
#include "logging/LogCategories.h"

namespace earshot {

// Info and above by default: what an engineer needs when something went wrong, without
// asking the person to reproduce it with other settings.
Q_LOGGING_CATEGORY(lcStore, "earshot.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "earshot.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWriter, "earshot.writer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCases, "earshot.cases", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "earshot.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLearning, "earshot.learning", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimulation, "earshot.simulation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "earshot.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "earshot.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "earshot.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "earshot.accounts", QtInfoMsg)

} // namespace earshot
