// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot::cli {

// The triage settings a team lead sets from the command line: the points behind priorities and
// the lists of handles that name staff, VIPs and customers, and the risks left to a lead. Exit
// codes as CliCommands.h.
int showPriorityWeights(const QString &workspace);
int setPriorityWeights(const QString &workspace, const QString &file);
int showSpeakers(const QString &workspace, const QString &list);
int setSpeakers(const QString &workspace, const QString &list, const QString &file);
int showLeadRisks(const QString &workspace);
// `keys`: risk keys, or the single word "none".
int setLeadRisks(const QString &workspace, const QStringList &keys);

} // namespace earshot::cli
