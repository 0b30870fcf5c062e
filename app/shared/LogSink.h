// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RotatingLogFile.h"

#include <QString>

namespace earshot {

// Where both programs' log messages go, from construction until destruction: every message the
// logging rules let through goes to a rotating file (RotatingLogFile), one line each:
//
//   2026-11-20T09:15:00.250Z info earshot.store [earshot-writer] Opened workspace ...
//
// (UTC time, level, category, thread, message). The terminal (standard error; never standard
// output, which is earshot-cli's results) gets what it got before: warnings and errors, and
// everything that is not Earshot's own; Earshot's info and debug lines only when
// QT_LOGGING_RULES or QT_LOGGING_CONF is set, that is, when someone asked to watch.
//
// One sink at a time per process; construct it after QCoreApplication's names are set.
class LogSink final {
public:
    LogSink(const QString &folder, RotatingLogFile::Limits limits = {});
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    QString filePath() const;

    // Applies the "logging/rules" setting: Qt's filter rules ("earshot.*.debug=true"), separated
    // by ';' or new lines. QT_LOGGING_RULES, when set, still wins (Qt reads it last).
    static void applyRules(const QString &rules);
};

} // namespace earshot
