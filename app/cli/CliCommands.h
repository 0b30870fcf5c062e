// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot::cli {

// Exit codes of earshot-cli, documented in its --help.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, SomeLinesRejected = 3 };

int info(const QString &workspace);
int import(const QString &workspace, const QString &file);
int search(const QString &workspace, const QString &query, int limit, bool json);
int createDemo(const QString &workspace, const QString &scenario);

} // namespace earshot::cli
