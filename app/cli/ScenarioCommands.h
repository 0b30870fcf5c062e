// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `scenario validate FILE`: every problem of a scenario file, each with its file and line.
int validateScenario(const QString &file);
// `scenario run FILE --speed N --workspace W [--replies FILE]`: a headless training run in a
// fresh training workspace at W, at N times real time (1 to 60).
int runScenario(const QString &file, const QString &workspace, const QString &speed,
                const QString &repliesFile);
// `scenario score --workspace W --format json|csv`: the scores and timeline of the run in W.
int scoreScenario(const QString &workspace, const QString &format);

} // namespace earshot::cli
