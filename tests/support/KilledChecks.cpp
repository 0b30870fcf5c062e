// SPDX-License-Identifier: Apache-2.0
#include "KilledChecks.h"

#include "TestSupport.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QSet>

#include <gtest/gtest.h>

#include <map>

namespace earshot::test {

StoredFeed readStoredFeed(const QString &path, const QString &platform)
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
    Statement cursor(db, "SELECT cursor FROM feed_cursors WHERE feed LIKE ? || ':%'");
    cursor.bind(1, platform);
    if (cursor.step())
        stored.cursor = cursor.toString(0);
    stored.emptyCases =
        db.queryInt("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE "
                    "m.case_id = c.id)");
    return stored;
}

void expectWholeWithoutGapOrDouble(
    const QString &path, const QString &platform, const std::vector<QString> &shownIds,
    const std::function<bool(std::size_t index, const QString &cursor)> &cursorCovers,
    const std::string &when)
{
    const StoredFeed stored = readStoredFeed(path, platform);
    EXPECT_EQ(stored.problems, QStringList()) << when;
    const QSet<QString> served(shownIds.begin(), shownIds.end());
    QSet<QString> seen;
    for (const QString &id : stored.ids) {
        EXPECT_TRUE(served.contains(id)) << when << ": not the server's: " << id.toStdString();
        EXPECT_FALSE(seen.contains(id)) << when << ": stored twice: " << id.toStdString();
        seen.insert(id);
    }
    EXPECT_EQ(stored.emptyCases, 0) << when << ": a case without a mention";
    if (stored.cursor.isEmpty())
        return;
    for (std::size_t i = 0; i < shownIds.size(); ++i) {
        if (cursorCovers(i, stored.cursor)) {
            EXPECT_TRUE(seen.contains(shownIds[i]))
                << when << ": the cursor " << stored.cursor.toStdString()
                << " passed the missing mention " << shownIds[i].toStdString();
        }
    }
}

} // namespace earshot::test
