// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// Where a person's workspaces live when no --workspace is given.
namespace AppPaths {

// The demo workspace in the platform's data folder (created on first start).
QString defaultWorkspace();
// The folder of the log files, "logs" in the data folder; both made the owner's only.
QString logFolder();
// Where tokens are kept for accounts whose person chose a file over the keychain
// (--store-secret-in-file): "secrets" in the data folder, the owner's only. Not made here.
QString secretFolder();
// Creates the demo workspace at `path` from the bundled scenario if it does not exist yet.
// Throws StoreError or ScenarioError.
void ensureDemoWorkspace(const QString &path);

} // namespace AppPaths

} // namespace earshot
