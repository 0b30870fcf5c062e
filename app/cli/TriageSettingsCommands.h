// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// The triage settings a team lead sets from the command line: the points behind priorities and
// the lists of handles that name staff, VIPs and customers. Exit codes as CliCommands.h.
int showPriorityWeights(const QString &workspace);
int setPriorityWeights(const QString &workspace, const QString &file);
int showSpeakers(const QString &workspace, const QString &list);
int setSpeakers(const QString &workspace, const QString &list, const QString &file);

} // namespace earshot::cli
