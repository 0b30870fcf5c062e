// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// The workspace-wide settings a team lead sets from the command line. Exit codes as
// CliCommands.h.
int showGuidelines(const QString &workspace);
int setGuidelines(const QString &workspace, const QString &file);
int showReopenWindow(const QString &workspace);
int setReopenWindow(const QString &workspace, const QString &hours);
// `join-window [MINUTES]`: within how many minutes a person's new post joins their open case.
int showJoinWindow(const QString &workspace);
int setJoinWindow(const QString &workspace, const QString &minutes);

} // namespace earshot::cli
