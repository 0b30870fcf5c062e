// SPDX-License-Identifier: Apache-2.0
// What the kill tests of a sync check after every SIGKILL, whatever the network: the workspace
// is whole, holds only what the fixture showed and nothing twice, no case is without a mention,
// and the stored cursor never stands past something it lacks; and what they compare at the end
// with a workspace that was never killed (the same cases).
#pragma once

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace earshot::test {

// What one network's feed holds in a workspace.
struct StoredFeed {
    QStringList ids; // every mention of the network stored (platform_id), in id order
    QString cursor;  // the feed's cursor, empty when none was written
    QStringList problems;
    std::set<std::set<QString>> cases; // the cases as sets of their mentions
    std::int64_t emptyCases = 0;
};

// The mentions of `platform` and the cursor of the feeds LIKE `feedPattern` ("x:%").
inline StoredFeed readStoredFeed(const QString &path, const QString &platform,
                                 const QString &feedPattern)
{
    StoredFeed stored;
    Database db = Workspace::openForReading(path);
    stored.problems = Workspace::integrityProblems(db, Workspace::Check::Full);
    std::map<std::int64_t, std::set<QString>> byCase;
    Statement mentions(db, "SELECT platform_id, case_id FROM mentions WHERE platform = ? "
                           "ORDER BY id");
    mentions.bind(1, platform);
    while (mentions.step()) {
        stored.ids << mentions.toString(0);
        byCase[mentions.toInt(1)].insert(mentions.toString(0));
    }
    for (auto &[id, ids] : byCase)
        stored.cases.insert(std::move(ids));
    Statement cursor(db, "SELECT cursor FROM feed_cursors WHERE feed LIKE ?");
    cursor.bind(1, feedPattern);
    if (cursor.step())
        stored.cursor = cursor.toString(0);
    stored.emptyCases =
        db.queryInt("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE "
                    "m.case_id = c.id)");
    return stored;
}

// One item a fixture showed: the id it is stored under, and whether a stored cursor says it was
// heard (then it must be in the workspace).
struct ShownItem {
    QString id;
    std::function<bool(const QString &cursor)> coveredBy;
};

// What must hold after any kill, given what the fixture had shown.
inline void expectWholeWithoutGapOrDouble(const StoredFeed &stored,
                                          const std::vector<ShownItem> &shown,
                                          const std::string &when)
{
    EXPECT_EQ(stored.problems, QStringList()) << when;
    QSet<QString> served;
    for (const ShownItem &item : shown)
        served.insert(item.id);
    QSet<QString> seen;
    for (const QString &id : stored.ids) {
        EXPECT_TRUE(served.contains(id)) << when << ": not the fixture's: " << id.toStdString();
        EXPECT_FALSE(seen.contains(id)) << when << ": stored twice: " << id.toStdString();
        seen.insert(id);
    }
    EXPECT_EQ(stored.emptyCases, 0) << when << ": a case without a mention";
    if (stored.cursor.isEmpty())
        return;
    for (const ShownItem &item : shown) {
        if (item.coveredBy(stored.cursor)) {
            EXPECT_TRUE(seen.contains(item.id))
                << when << ": the cursor " << stored.cursor.toStdString() << " passed the missing "
                << item.id.toStdString();
        }
    }
}

} // namespace earshot::test
