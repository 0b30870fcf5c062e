// SPDX-License-Identifier: Apache-2.0
// `earshot-cli sync` of a Mastodon account, killed with SIGKILL at random points of its cycle
// (before it asked, between pages, while it writes, after), many times: after every kill the
// workspace is whole, holds only the instance's mentions, none twice, and its cursor never
// stands past a mention it lacks; synced to the end, it holds every mention once and the same
// cases as a workspace that was never killed.
#include "KilledChecks.h"
#include "KilledMastodon.h"

#include <iostream>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int totalMentions = 1000;

struct Sent {
    long long notificationId;
    QString uri;
};

// Every fourth mention is a direct message of one of five customers (their messages join their
// open case); the others are public posts of a customer each (a case each).
std::vector<Sent> makeMentions(std::vector<nlohmann::json> *notifications, std::string (*when)(int))
{
    std::vector<Sent> all;
    for (int i = 0; i < totalMentions; ++i) {
        const bool direct = i % 4 == 0;
        const std::string author =
            direct ? "dm" + std::to_string(i % 5) : "public" + std::to_string(i);
        const long long id = 1000 + i;
        nlohmann::json n =
            mastodonMention(id, 50000 + i, author, when(i), direct ? "direct" : "public",
                            "order " + std::to_string(i) + " has not arrived yet");
        all.push_back({id, QString::fromStdString(n["status"]["uri"].get<std::string>())});
        notifications->push_back(std::move(n));
    }
    return all;
}

std::vector<QString> idsOf(const std::vector<Sent> &all, std::size_t shown)
{
    std::vector<QString> ids;
    for (std::size_t i = 0; i < shown; ++i)
        ids.push_back(all[i].uri);
    return ids;
}

// What must hold after any kill (KilledChecks.h), the cursor being Mastodon's notification id.
void expectWholeWithoutGapOrDouble(const QString &path, const std::vector<Sent> &all,
                                   std::size_t shown, const std::string &when)
{
    test::expectWholeWithoutGapOrDouble(
        path, QStringLiteral("mastodon"), idsOf(all, shown),
        [&](std::size_t i, const QString &cursor) {
            bool isNumber = false;
            const long long at = cursor.toLongLong(&isNumber);
            EXPECT_TRUE(isNumber) << when << ": cursor " << cursor.toStdString();
            return isNumber && all[i].notificationId <= at;
        },
        when);
}

StoredFeed readStored(const QString &path)
{
    return readStoredFeed(path, QStringLiteral("mastodon"));
}

using KilledSync = KilledMastodon;

} // namespace

TEST_F(KilledSync, KilledAtRandomPointsOfItsCycleLosesAndDoublesNothing)
{
    KillDice dice;
    std::vector<nlohmann::json> notifications;
    const std::vector<Sent> all = makeMentions(&notifications, &minutesIntoBackfill);
    instance.pageSize = 40; // full pages of the 40 the connector asks for
    instance.pageDelay = std::chrono::milliseconds(15);
    std::size_t shown = 0;
    const auto showUpTo = [&](std::size_t count) {
        for (; shown < std::min(count, all.size()); ++shown)
            instance.addNotification(notifications[shown]); // newest first
    };
    connect(workspace);

    // Each round the instance shows some more mentions (a page or three, a batch or three to
    // write) and the sync is killed after a random number of the pages it needs, and a random
    // while: before it asked, between pages, while its batches are written, or after.
    const int rounds = 25 * killIterations();
    int killed = 0;
    int killedBeforeWriting = 0;
    int killedWhileWriting = 0;
    for (int round = 0; round < rounds && !HasFailure(); ++round) {
        showUpTo(shown + std::size_t(dice.between(10, 80)));
        const StoredFeed before = readStored(workspace);
        const long long cursor = before.cursor.isEmpty() ? 0 : before.cursor.toLongLong();
        std::size_t pending = 0;
        for (std::size_t i = 0; i < shown; ++i)
            pending += all[i].notificationId > cursor ? 1 : 0;
        const std::size_t pagesBefore = instance.requests("/api/v1/notifications").size();
        // Half the rounds are killed once the last page is asked for, while the cycle writes.
        const int pagesNeeded = int(pending / 40) + 1;
        const bool whileWriting = dice.between(0, 1) == 0;
        const std::size_t pages =
            std::size_t(whileWriting ? pagesNeeded : dice.between(0, pagesNeeded));
        const int thenMs = whileWriting ? dice.between(0, 80) : dice.between(0, 60);
        const std::size_t storedBefore = std::size_t(before.ids.size());
        QProcess sync;
        startCli(sync, withWorkspace(workspace, {QStringLiteral("sync")}),
                 privateKeyring().environment());
        const bool wasKilled = killWhen(
            sync,
            [&] {
                return instance.requests("/api/v1/notifications").size() >= pagesBefore + pages;
            },
            thenMs);
        const std::size_t stored = std::size_t(readStored(workspace).ids.size());
        killed += wasKilled ? 1 : 0;
        // What the kill cut: nothing heard yet, a cycle half written, or after its writes.
        if (wasKilled && stored == storedBefore)
            ++killedBeforeWriting;
        else if (wasKilled && stored < shown)
            ++killedWhileWriting;
        expectWholeWithoutGapOrDouble(
            workspace, all, shown,
            "round " + std::to_string(round) + " (after " + std::to_string(pages) + " pages and "
                + std::to_string(thenMs) + " ms, seed " + std::to_string(dice.seed()) + ")");
    }
    ASSERT_FALSE(HasFailure());
    std::cout << "[ kills     ] " << killed << " of " << rounds
              << " rounds killed: " << killedBeforeWriting << " before writing, "
              << killedWhileWriting
              << " with mentions still to write, the others after their writes" << std::endl;
    EXPECT_GT(killed, 0) << "no round was killed: the kills never landed";

    // To the end: every mention once.
    showUpTo(all.size());
    const ProcessResult synced = cli(workspace, {QStringLiteral("sync")});
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    expectWholeWithoutGapOrDouble(workspace, all, all.size(), "synced to the end");
    const StoredFeed after = readStored(workspace);
    EXPECT_EQ(after.ids.size(), totalMentions);
    EXPECT_EQ(after.cursor, QString::number(all.back().notificationId));

    // The same cases as a workspace that heard everything in one sync: none doubled or split.
    const QString untouched = folder.path(QStringLiteral("untouched.earshot"));
    connect(untouched);
    const ProcessResult once = cli(untouched, {QStringLiteral("sync")});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    const StoredFeed reference = readStored(untouched);
    ASSERT_EQ(reference.ids.size(), totalMentions);
    EXPECT_EQ(after.cases.size(), reference.cases.size());
    EXPECT_TRUE(after.cases == reference.cases) << "the mentions are grouped into other cases";
    // Five customers' direct messages in five cases, and a case per public post.
    EXPECT_EQ(reference.cases.size(), std::size_t(totalMentions - totalMentions / 4 + 5));
}
