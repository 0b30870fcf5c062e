// SPDX-License-Identifier: Apache-2.0
// What the kill tests of a sync check after every kill, whichever network they sync: the
// workspace is whole, it holds only what the server showed, nothing twice, no case without a
// mention, and its cursor never stands past a mention it lacks.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace earshot::test {

// One network's mentions in a workspace, as a kill test reads them back.
struct StoredFeed {
    QStringList ids;                   // every mention's platform_id, in the order they were stored
    QString cursor;                    // the feed's stored cursor; empty before its first batch
    QStringList problems;              // the full integrity check
    std::set<std::set<QString>> cases; // the cases, each as the set of its mentions' ids
    std::int64_t emptyCases = 0;
};

// The mentions of `platform` and the cursor of its one feed ("<platform>:<account>").
StoredFeed readStoredFeed(const QString &path, const QString &platform);

// What must hold after any kill, given the ids of the mentions the server had shown
// (`shownIds`). `cursorCovers(i, cursor)` says whether the stored cursor stands at or past the
// i-th shown mention (each network writes its cursor its own way); every one it covers must be
// stored.
void expectWholeWithoutGapOrDouble(
    const QString &path, const QString &platform, const std::vector<QString> &shownIds,
    const std::function<bool(std::size_t index, const QString &cursor)> &cursorCovers,
    const std::string &when);

} // namespace earshot::test
