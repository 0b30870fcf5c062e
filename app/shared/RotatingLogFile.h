// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace earshot {

// A log file that rolls over: when `earshot.log` passes `maxBytes`, it becomes `earshot.1.log`,
// the one before `earshot.2.log`, and so on; the oldest beyond `keep` is deleted. The folder is
// made the owner's only (0700), every file is created 0600.
//
// Several processes may share one folder (two windows, the command line): appends are atomic
// per line, rotation is done by one of them at a time (a lock file), and a process whose file
// was rolled away by another one reopens the new file before its next line.
//
// Not thread-safe: LogSink serialises the calls.
class RotatingLogFile final {
public:
    struct Limits {
        qint64 maxBytes = 5 * 1024 * 1024;
        int keep = 3; // rolled files kept besides the current one
    };

    RotatingLogFile(const QString &folder, Limits limits);
    RotatingLogFile(const RotatingLogFile &) = delete;
    RotatingLogFile &operator=(const RotatingLogFile &) = delete;

    // Appends `line` (which ends with '\n') and rolls the file over once it is full. Failures are
    // dropped silently: logging must never stop the program or log about itself.
    void write(const QByteArray &line);

    QString path() const { return m_path; }
    // The path of the n-th rolled file (1 is the newest).
    QString rolledPath(int n) const;

private:
    bool ensureOpen();
    bool isStillCurrent() const;
    void rollOver();

    QString m_folder;
    QString m_path;
    Limits m_limits;
    QFile m_file;
};

} // namespace earshot
