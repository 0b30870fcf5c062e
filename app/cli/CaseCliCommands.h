// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot::cli {

struct CommandOptions;

// A case as an agent reads it (status, owner, the one priority, its messages); reading it marks
// its messages seen for the agent (--agent, else the workspace's first).
int showCase(const CommandOptions &options, const QString &caseArgument);
// Resolve a case, or reply to it, as the agent. Refused when the customer wrote something the
// agent has not seen (`case show` first), unless --seen says they read it elsewhere.
int resolveCase(const CommandOptions &options, const QString &caseArgument);
int replyToCase(const CommandOptions &options, const QString &caseArgument,
                const QStringList &words);

} // namespace earshot::cli
