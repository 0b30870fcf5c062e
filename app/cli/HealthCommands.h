// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `check`: SQLite's full check of every page and index of the workspace.
int checkWorkspace(const QString &workspace);
// `recover DAMAGED NEW`: saves what can be read from a damaged workspace into a new file.
int recover(const QString &damaged, const QString &target);

} // namespace earshot::cli
