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

// `templates list`, `templates search WORDS...` (the variants for `platform`),
// `templates install-starter` and `templates import FILE`.
int listTemplates(const QString &workspace, bool json);
int searchTemplates(const QString &workspace, const QString &words, const QString &platform,
                    bool json);
int installTemplates(const QString &workspace, const QString &file);

// `learn FILE`: labelled examples (JSON Lines) as corrections; `learning`: what was learned;
// `learning reset`: forget every example and model.
int learn(const QString &workspace, const QString &file);
int showLearning(const QString &workspace);
int resetLearning(const QString &workspace);

} // namespace earshot::cli
