// SPDX-License-Identifier: Apache-2.0
// Helpers for tests that run several real Earshot processes on one workspace.
#pragma once

#include "KilledProcess.h" // killIterations()

#include <QProcess>
#include <QSet>
#include <QString>

#include <cstdint>

namespace earshot::test {

// A demo workspace whose Simulation feed adds a mention every second, so a window started on it
// writes steadily while other processes work on the same file.
QString makeBusyDemoWorkspace(const QString &folder);

// Starts the real window (offscreen) on `workspace`, with its settings kept in `folder`.
void startWindow(QProcess &window, const QString &workspace, const QString &folder);

// The platform ids of every mention stored, read through a connection that is closed before
// returning: the test process must not keep a lock that would hide the bug under test.
QSet<QString> storedMentionIds(const QString &workspace);

// JSON Lines of `count` new mentions whose ids start with `prefix`.
QByteArray mentionLines(const QString &prefix, int count);

} // namespace earshot::test
