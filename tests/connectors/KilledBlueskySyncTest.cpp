// SPDX-License-Identifier: Apache-2.0
// `earshot-cli sync` of a Bluesky account over many pages of listNotifications (each page's
// cursor leading to the next), killed with SIGKILL at random points of its cycle, many times:
// after every kill the workspace is whole, holds only the PDS's mentions, none twice, and its
// cursor never stands past a mention it lacks; synced to the end, it holds every mention once
// and the same cases as a workspace that was never killed.
#include "BlueskyMentionMaker.h"
#include "FixturePds.h"
#include "KilledProcess.h"
#include "KilledSyncChecks.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"

#include "platforms/bluesky/BlueskyRecords.h"

#include <QDateTime>

#include <algorithm>
#include <iostream>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int totalMentions = 1000;
constexpr int pageLimit = 50; // what the connector asks for

struct Sent {
    QString uri;
    std::int64_t indexedAtMs = 0;
};

class KilledBlueskySync : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        pds.notifications = nlohmann::json::array();
        pds.listDelay = std::chrono::milliseconds(15);
        server.start();
        workspace = folder.path(u"killed.earshot"_s);
        // Fifty customers, each writing every fifty minutes, with a pause of eighty after every
        // two hundred posts: a post joins the person's open case within the join window (an
        // hour), so cases of several posts come up, and after the pauses new ones.
        for (int i = 0; i < totalMentions; ++i) {
            const std::string when = minutesIntoBlueskyBackfill(i + 30 * (i / 200));
            nlohmann::json n = blueskyMention(i, "c" + std::to_string(i % 50), when,
                                              "order " + std::to_string(i) + " is late");
            all.push_back({QString::fromStdString(n["uri"].get<std::string>()),
                           QDateTime::fromString(QString::fromStdString(when), Qt::ISODateWithMs)
                               .toMSecsSinceEpoch()});
            notifications.push_back(std::move(n));
        }
    }

    ProcessResult cli(const QString &path, QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(path);
        arguments.prepend(u"--workspace"_s);
        return runCli(arguments, input, privateKeyring().environment());
    }

    // The brand account on the fixture PDS, added as a person adds it.
    void connect(const QString &path)
    {
        const ProcessResult added =
            cli(path,
                {u"account"_s, u"add"_s, u"bluesky"_s, u"--base-url"_s,
                 server.url(QString()).toString(), u"--handle"_s, u"brand.example.com"_s},
                QByteArray(FixturePds::password) + '\n');
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    // The PDS shows the mentions up to `count` (the newest first, as listNotifications pages).
    void showUpTo(std::size_t count)
    {
        for (; shown < std::min(count, all.size()); ++shown)
            pds.prepend(notifications[shown]);
    }

    std::size_t pagesAsked()
    {
        std::lock_guard lock(pds.mutex);
        return std::size_t(std::count(pds.calls.begin(), pds.calls.end(), "listNotifications"));
    }

    // What must hold after any kill (KilledSyncChecks.h), the cursor being Bluesky's FeedCursor:
    // the newest indexedAt heard and the uris heard at that time.
    void expectWhole(std::size_t count, const std::string &when)
    {
        std::vector<ShownItem> heard;
        for (std::size_t i = 0; i < count; ++i) {
            const Sent &item = all[i];
            heard.push_back({item.uri, [item, when](const QString &cursor) {
                                 const std::optional<bluesky::FeedCursor> read =
                                     bluesky::FeedCursor::parse(cursor);
                                 EXPECT_TRUE(read.has_value())
                                     << when << ": cursor " << cursor.toStdString();
                                 return read && read->covers(item.indexedAtMs, item.uri);
                             }});
        }
        expectWholeWithoutGapOrDouble(storedFeed(), heard, when);
    }

    StoredFeed storedFeed() const
    {
        return readStoredFeed(workspace, u"bluesky"_s, u"bluesky:%"_s);
    }

    TempFolder folder;
    QString workspace;
    FixtureServer server;
    FixturePds pds{server};
    std::vector<Sent> all;
    std::vector<nlohmann::json> notifications;
    std::size_t shown = 0;
};

} // namespace

TEST_F(KilledBlueskySync, KilledAtRandomPointsOfItsCycleLosesAndDoublesNothing)
{
    KillDice dice;
    connect(workspace);

    // Each round the PDS shows some more mentions (a page or several) and the sync is killed after
    // a random number of the pages it needs, and a random while: before it asked, between pages,
    // while its batches are written, or after.
    const int rounds = 25 * killIterations();
    int killed = 0;
    int killedBeforeWriting = 0;
    int killedWhileWriting = 0;
    for (int round = 0; round < rounds && !HasFailure(); ++round) {
        showUpTo(shown + std::size_t(dice.between(20, 120)));
        const StoredFeed before = storedFeed();
        const std::size_t pending = shown - std::size_t(before.ids.size());
        const std::size_t pagesBefore = pagesAsked();
        // Half the rounds are killed once the last page is asked for, while the cycle writes.
        const int pagesNeeded = int(pending / pageLimit) + 1;
        const bool whileWriting = dice.between(0, 1) == 0;
        const std::size_t pages =
            std::size_t(whileWriting ? pagesNeeded : dice.between(0, pagesNeeded));
        const int thenMs = whileWriting ? dice.between(0, 80) : dice.between(0, 60);
        QProcess sync;
        startCli(sync, {u"--workspace"_s, workspace, u"sync"_s}, privateKeyring().environment());
        const bool wasKilled = killWhen(
            sync, [&] { return pagesAsked() >= pagesBefore + pages; }, thenMs);
        const std::size_t stored = std::size_t(storedFeed().ids.size());
        killed += wasKilled ? 1 : 0;
        if (wasKilled && stored == std::size_t(before.ids.size()))
            ++killedBeforeWriting;
        else if (wasKilled && stored < shown)
            ++killedWhileWriting;
        expectWhole(shown, "round " + std::to_string(round) + " (after " + std::to_string(pages)
                               + " pages and " + std::to_string(thenMs) + " ms, seed "
                               + std::to_string(dice.seed()) + ")");
    }
    ASSERT_FALSE(HasFailure());
    std::cout << "[ kills     ] " << killed << " of " << rounds
              << " rounds killed: " << killedBeforeWriting << " before writing, "
              << killedWhileWriting
              << " with mentions still to write, the others after their writes" << std::endl;
    EXPECT_GT(killed, 0) << "no round was killed: the kills never landed";

    // To the end: every mention once, the cursor at the newest.
    showUpTo(all.size());
    const ProcessResult synced = cli(workspace, {u"sync"_s});
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    expectWhole(all.size(), "synced to the end");
    const StoredFeed after = storedFeed();
    EXPECT_EQ(after.ids.size(), totalMentions);
    const std::optional<bluesky::FeedCursor> cursor = bluesky::FeedCursor::parse(after.cursor);
    ASSERT_TRUE(cursor.has_value());
    EXPECT_EQ(cursor->indexedAtMs, all.back().indexedAtMs);

    // The same cases as a workspace that heard everything in one sync: none doubled or split.
    const QString untouched = folder.path(u"untouched.earshot"_s);
    connect(untouched);
    const ProcessResult once = cli(untouched, {u"sync"_s});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    const StoredFeed reference = readStoredFeed(untouched, u"bluesky"_s, u"bluesky:%"_s);
    ASSERT_EQ(reference.ids.size(), totalMentions);
    EXPECT_EQ(after.cases.size(), reference.cases.size());
    EXPECT_TRUE(after.cases == reference.cases) << "the mentions are grouped into other cases";
    EXPECT_GT(reference.cases.size(), 50u) << "customers write again after the join window";
    EXPECT_LT(reference.cases.size(), std::size_t(totalMentions)) << "and within it";
}
