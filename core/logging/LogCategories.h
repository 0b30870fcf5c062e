// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// Earshot's logging categories, one per area. Each logs info and above unless QT_LOGGING_RULES
// or the "logging/rules" setting says otherwise ("earshot.ingest.debug=true",
// "earshot.*.info=false"); see docs/CONTRIBUTING.md, "Logs".
//
// What may be logged, at which level:
// - Never a credential, at any level: no token, password, API key, cookie or authorization
//   header, not even shortened or masked; no URL with one in its query.
// - What other people wrote or are called only at debug: post texts, reply texts, notes, tags
//   and search words agents typed, people's names and handles. Info and above carry what an
//   engineer needs to find a fault without them: paths, counts, ids, durations, schema
//   versions, SQLite's reasons and our own constant SQL.
// - A message text of ours (a StoreError) may name a file, never quote outside text.
namespace earshot {

Q_DECLARE_LOGGING_CATEGORY(lcStore)      // earshot.store: SQLite, opening and migrating files
Q_DECLARE_LOGGING_CATEGORY(lcIngest)     // earshot.ingest: imports and their batches
Q_DECLARE_LOGGING_CATEGORY(lcWriter)     // earshot.writer: the writer thread and its jobs
Q_DECLARE_LOGGING_CATEGORY(lcCases)      // earshot.cases: agents' commands on cases
Q_DECLARE_LOGGING_CATEGORY(lcNet)        // earshot.net: the networks' connectors
Q_DECLARE_LOGGING_CATEGORY(lcLearning)   // earshot.learning: training from corrections
Q_DECLARE_LOGGING_CATEGORY(lcSimulation) // earshot.simulation: the Simulation platform
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)  // earshot.workspace: a window's open workspace
Q_DECLARE_LOGGING_CATEGORY(lcUi)         // earshot.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcCli)        // earshot.cli: earshot-cli
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)   // earshot.accounts: accounts and their secrets (never one)

} // namespace earshot
