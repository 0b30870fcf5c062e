// SPDX-License-Identifier: Apache-2.0
// The outbox on a real workspace file: every move of a reply on its way out, the moves it refuses
// (a reply is never sent twice, never un-sent), and what each leaves in the case's history.
#include "TestSupport.h"

#include "cases/CaseTimeline.h"
#include "clock/ManualClock.h"
#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace earshot;
using namespace earshot::test;

namespace {

class OutboxTest : public ::testing::Test {
protected:
    OutboxTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , db(Workspace::openForWriting(path))
        , outbox(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        Ingestor ingestor(db);
        Mention first = makeMention(QStringLiteral("m1"), QStringLiteral("u1"), base);
        Mention second = makeMention(QStringLiteral("m2"), QStringLiteral("u1"), base + 1000);
        second.inReplyTo = first.id;
        caseId = ingestor.ingest({{first, second}, {}, {}}).caseIds.front();
    }

    std::int64_t queue(const QString &text, bool isPrivate = false,
                       const QString &platform = QStringLiteral("mastodon"))
    {
        QString problem;
        const std::int64_t id = outbox.queue(caseId, platform, 0, mira, text, isPrivate, &problem);
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
        return id;
    }

    OutboxItem item(std::int64_t id)
    {
        for (const OutboxItem &reply : outbox.forCase(caseId)) {
            if (reply.id == id)
                return reply;
        }
        ADD_FAILURE() << "no outbox item " << id;
        return {};
    }

    std::int64_t version()
    {
        Statement s(db, "SELECT version FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toInt(0) : -1;
    }

    struct Event {
        QString type;
        QString actor;
        QJsonObject payload;
    };
    std::vector<Event> replyEvents()
    {
        Statement s(db, "SELECT type, actor, payload FROM case_events WHERE case_id = ? "
                        "AND type LIKE 'reply_%' ORDER BY version");
        s.bind(1, caseId);
        std::vector<Event> events;
        while (s.step())
            events.push_back({s.toString(0), s.toString(1),
                              QJsonDocument::fromJson(s.toString(2).toUtf8()).object()});
        return events;
    }

    static std::vector<std::int64_t> ids(const std::vector<OutboxItem> &items)
    {
        std::vector<std::int64_t> out;
        out.reserve(items.size());
        for (const OutboxItem &i : items)
            out.push_back(i.id);
        return out;
    }

    static constexpr std::int64_t base = 1'790'000'000'000;
    static constexpr std::int64_t mira = 1;
    TempFolder folder;
    QString path;
    Database db;
    Outbox outbox;
    std::int64_t caseId = 0;
};

} // namespace

TEST_F(OutboxTest, AQueuedReplyAnswersTheLatestMessageAndWaitsItsTurn)
{
    const std::int64_t first = queue(QStringLiteral("We are on it"));
    const std::int64_t second = queue(QStringLiteral("Sent you the details"), true);
    ASSERT_GT(first, 0);
    ASSERT_GT(second, first);
    const OutboxItem reply = item(first);
    EXPECT_EQ(reply.state, OutboxState::Queued);
    EXPECT_EQ(reply.inReplyTo, QStringLiteral("m2")); // the customer's latest, not the first
    EXPECT_EQ(reply.platform, QStringLiteral("mastodon"));
    EXPECT_EQ(reply.body, QStringLiteral("We are on it"));
    EXPECT_EQ(reply.agentName, QStringLiteral("Mira Olsen"));
    EXPECT_FALSE(reply.isPrivate);
    EXPECT_TRUE(item(second).isPrivate);
    EXPECT_EQ(ids(outbox.waiting({}, 10)), (std::vector<std::int64_t>{first, second}));
    EXPECT_EQ(ids(outbox.waiting(QStringLiteral("mastodon"), 1)),
              (std::vector<std::int64_t>{first}));
    EXPECT_TRUE(outbox.waiting(QStringLiteral("x"), 10).empty());
}

TEST_F(OutboxTest, ARefusedReplyIsNeverQueued)
{
    QString problem;
    EXPECT_EQ(outbox.queue(caseId, QStringLiteral("mastodon"), 0, mira, QStringLiteral("  \n"),
                           false, &problem),
              0);
    EXPECT_EQ(problem, QStringLiteral("An empty reply cannot be sent."));
    EXPECT_EQ(
        outbox.queue(caseId, QStringLiteral("x"), 0, mira, QString(281, u'a'), false, &problem), 0);
    EXPECT_TRUE(problem.contains(QStringLiteral("over the limit of 280"))) << problem.toStdString();
    // A private message on X may be longer than a post.
    EXPECT_GT(
        outbox.queue(caseId, QStringLiteral("x"), 0, mira, QString(281, u'a'), true, &problem), 0);
    EXPECT_TRUE(problem.isEmpty());
    EXPECT_EQ(outbox.forCase(caseId).size(), 1u);
}

TEST_F(OutboxTest, QueuedSendingSentTellsTheCaseOnceWithThePost)
{
    const std::int64_t id = queue(QStringLiteral("Fixed now"));
    const std::int64_t before = version();

    ASSERT_TRUE(outbox.markSending(id));
    EXPECT_EQ(item(id).state, OutboxState::Sending);
    EXPECT_TRUE(outbox.waiting({}, 10).empty()); // a connector never picks it up twice
    EXPECT_EQ(version(), before);                // a step on the way: nothing in the history
    EXPECT_TRUE(replyEvents().empty());

    ASSERT_TRUE(outbox.markSent(id, QStringLiteral("post-77")));
    const OutboxItem sent = item(id);
    EXPECT_EQ(sent.state, OutboxState::Sent);
    EXPECT_EQ(sent.platformPostId, QStringLiteral("post-77"));
    EXPECT_TRUE(sent.error.isEmpty());
    EXPECT_EQ(version(), before + 1);
    const std::vector<Event> events = replyEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].type, QStringLiteral("reply_sent"));
    EXPECT_EQ(events[0].actor, QStringLiteral("system"));
    EXPECT_EQ(events[0].payload[QStringLiteral("outbox")].toInteger(), id);
    EXPECT_EQ(events[0].payload[QStringLiteral("post")].toString(), QStringLiteral("post-77"));
}

TEST_F(OutboxTest, AReplyFailsWhileSendingOrBeforeItCouldBeTriedAndSaysWhy)
{
    const std::int64_t whileSending = queue(QStringLiteral("One"));
    const std::int64_t beforeTrying = queue(QStringLiteral("Two"));
    ASSERT_TRUE(outbox.markSending(whileSending));
    ASSERT_TRUE(outbox.markFailed(whileSending, QStringLiteral("the network said 429")));
    ASSERT_TRUE(outbox.markFailed(beforeTrying, QStringLiteral("no account for this network")));

    EXPECT_EQ(item(whileSending).state, OutboxState::Failed);
    EXPECT_EQ(item(whileSending).error, QStringLiteral("the network said 429"));
    EXPECT_TRUE(item(whileSending).platformPostId.isEmpty());
    EXPECT_EQ(item(beforeTrying).state, OutboxState::Failed);
    EXPECT_TRUE(outbox.waiting({}, 10).empty());
    const std::vector<Event> events = replyEvents();
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].type, QStringLiteral("reply_failed"));
    EXPECT_EQ(events[0].payload[QStringLiteral("outbox")].toInteger(), whileSending);
    EXPECT_EQ(events[0].payload[QStringLiteral("error")].toString(),
              QStringLiteral("the network said 429"));
    EXPECT_EQ(events[1].payload[QStringLiteral("outbox")].toInteger(), beforeTrying);

    // The agent reads it in the case's timeline.
    Database reader = Workspace::openForReading(path);
    QStringList texts;
    for (const TimelineEntry &entry : CaseTimeline(reader).forCase(caseId))
        texts.append(entry.text);
    EXPECT_TRUE(texts.contains(QStringLiteral("Reply failed: the network said 429")))
        << texts.join(u" | ").toStdString();
}

// Moves outside queued -> sending -> sent | failed change nothing: no state, no post id, no
// second event in the case's history.
TEST_F(OutboxTest, EveryOtherMoveIsRefusedAndLeavesNoTrace)
{
    const std::int64_t queued = queue(QStringLiteral("queued"));
    const std::int64_t sending = queue(QStringLiteral("sending"));
    const std::int64_t sent = queue(QStringLiteral("sent"));
    const std::int64_t failed = queue(QStringLiteral("failed"));
    ASSERT_TRUE(outbox.markSending(sending));
    ASSERT_TRUE(outbox.markSending(sent));
    ASSERT_TRUE(outbox.markSent(sent, QStringLiteral("post-1")));
    ASSERT_TRUE(outbox.markFailed(failed, QStringLiteral("refused")));
    const std::int64_t before = version();
    const std::size_t eventsBefore = replyEvents().size();

    // Sent without ever being sent.
    EXPECT_FALSE(outbox.markSent(queued, QStringLiteral("post-2")));
    // Picked up a second time.
    EXPECT_FALSE(outbox.markSending(sending));
    // Sent twice, or failed after it was sent: the network has it.
    EXPECT_FALSE(outbox.markSent(sent, QStringLiteral("post-3")));
    EXPECT_FALSE(outbox.markFailed(sent, QStringLiteral("late error")));
    EXPECT_FALSE(outbox.markSending(sent));
    // A failed reply does not go out again by itself.
    EXPECT_FALSE(outbox.markSending(failed));
    EXPECT_FALSE(outbox.markSent(failed, QStringLiteral("post-4")));
    EXPECT_FALSE(outbox.markFailed(failed, QStringLiteral("again")));
    // A reply that does not exist.
    EXPECT_FALSE(outbox.markSending(9999));
    EXPECT_FALSE(outbox.markSent(9999, QStringLiteral("post-5")));
    EXPECT_FALSE(outbox.markFailed(9999, QStringLiteral("none")));

    EXPECT_EQ(item(queued).state, OutboxState::Queued);
    EXPECT_TRUE(item(queued).platformPostId.isEmpty());
    EXPECT_EQ(item(sending).state, OutboxState::Sending);
    EXPECT_EQ(item(sent).state, OutboxState::Sent);
    EXPECT_EQ(item(sent).platformPostId, QStringLiteral("post-1"));
    EXPECT_TRUE(item(sent).error.isEmpty());
    EXPECT_EQ(item(failed).state, OutboxState::Failed);
    EXPECT_EQ(item(failed).error, QStringLiteral("refused"));
    EXPECT_EQ(version(), before);
    EXPECT_EQ(replyEvents().size(), eventsBefore);
}

// Every reply carries a key of its own from the moment it is queued, kept through every try: a
// network that honours one posts a retried reply once.
TEST_F(OutboxTest, EachReplyHasItsOwnIdempotencyKeyKeptThroughEveryTry)
{
    const std::int64_t first = queue(QStringLiteral("One"));
    const std::int64_t second = queue(QStringLiteral("Two"));
    const QString key = item(first).idempotencyKey;
    EXPECT_TRUE(key.startsWith(QStringLiteral("earshot-"))) << key.toStdString();
    EXPECT_EQ(key.size(), 8 + 32);
    EXPECT_NE(key, item(second).idempotencyKey);

    ASSERT_TRUE(outbox.markSending(first, QStringLiteral("host-a")));
    ASSERT_TRUE(outbox.requeue(first));
    ASSERT_TRUE(outbox.markSending(first, QStringLiteral("host-a")));
    EXPECT_EQ(item(first).idempotencyKey, key);
    EXPECT_EQ(item(first).attempts, 2);
    EXPECT_EQ(item(second).attempts, 0);
}

// A network that asks to wait (429, a server busy) gets the reply back in the queue with a time:
// it is not handed out again before then, and a restart keeps the time.
TEST_F(OutboxTest, ARetryWaitsInTheQueueUntilItsTime)
{
    auto clock = std::make_shared<ManualClock>(base);
    db.setClock(clock);
    const std::int64_t id = queue(QStringLiteral("Later"));
    ASSERT_TRUE(outbox.markSending(id, QStringLiteral("host-a")));
    ASSERT_TRUE(outbox.requeue(id, base + 60'000));
    EXPECT_EQ(item(id).state, OutboxState::Queued);
    EXPECT_EQ(item(id).nextAttemptAtMs, base + 60'000);
    EXPECT_TRUE(outbox.waiting({}, 10).empty());
    clock->advanceTo(base + 59'999);
    EXPECT_TRUE(outbox.waiting({}, 10).empty());
    clock->advanceTo(base + 60'000);
    EXPECT_EQ(ids(outbox.waiting({}, 10)), std::vector<std::int64_t>{id});
    // Taken again, it waits for nothing any more.
    ASSERT_TRUE(outbox.markSending(id, QStringLiteral("host-a")));
    EXPECT_EQ(item(id).nextAttemptAtMs, 0);
    EXPECT_TRUE(replyEvents().empty());
}

// A process killed while its reply was out leaves it "sending". Once that is longer ago than any
// send takes, on a network where nothing tells whether it arrived (Bluesky) it becomes
// "uncertain": the network may have it, so it is neither sent again by itself nor forgotten. A
// reply another process took a moment ago is left alone.
TEST_F(OutboxTest, RepliesLeftSendingBySomeoneGoneBecomeUncertain)
{
    auto clock = std::make_shared<ManualClock>(base);
    db.setClock(clock);
    const QString bluesky = QStringLiteral("bluesky");
    const std::int64_t abandoned = queue(QStringLiteral("Abandoned"), false, bluesky);
    const std::int64_t recent = queue(QStringLiteral("Recent"), false, bluesky);
    ASSERT_TRUE(outbox.markSending(abandoned, QStringLiteral("killed-process")));
    clock->advanceBy(std::chrono::minutes(3));
    ASSERT_TRUE(outbox.markSending(recent, QStringLiteral("other-window")));

    const std::vector<OutboxItem> settled = outbox.settleAbandoned(base + 60'000);
    EXPECT_EQ(ids(settled), std::vector<std::int64_t>{abandoned});
    EXPECT_EQ(item(abandoned).state, OutboxState::Uncertain);
    EXPECT_TRUE(item(abandoned).error.contains(QStringLiteral("may or may not be on the network")))
        << item(abandoned).error.toStdString();
    EXPECT_EQ(item(recent).state, OutboxState::Sending);
    EXPECT_TRUE(outbox.waiting({}, 10).empty()); // not sent again by itself
    // Settled once: a second look finds nothing more.
    EXPECT_TRUE(outbox.settleAbandoned(base + 60'000).empty());
    EXPECT_TRUE(replyEvents().empty());
}

// A process killed a moment after it took a reply need not be waited for: when its claim names a
// process that has ended, the reply is settled at once; a live claimer's reply is left alone.
TEST_F(OutboxTest, RepliesOfAClaimerThatEndedBecomeUncertainAtOnce)
{
    auto clock = std::make_shared<ManualClock>(base);
    db.setClock(clock);
    const std::int64_t orphaned =
        queue(QStringLiteral("Orphaned"), false, QStringLiteral("bluesky"));
    const std::int64_t live = queue(QStringLiteral("Live"), false, QStringLiteral("bluesky"));
    ASSERT_TRUE(outbox.markSending(orphaned, QStringLiteral("pid-41-killed")));
    ASSERT_TRUE(outbox.markSending(live, QStringLiteral("pid-42-running")));
    QStringList asked;
    const auto gone = [&](const QString &claimer) {
        asked << claimer;
        return claimer == u"pid-41-killed";
    };
    const std::vector<OutboxItem> settled = outbox.settleAbandoned(base - 60'000, gone);
    EXPECT_EQ(ids(settled), std::vector<std::int64_t>{orphaned});
    EXPECT_EQ(item(orphaned).state, OutboxState::Uncertain);
    EXPECT_EQ(item(live).state, OutboxState::Sending);
    EXPECT_EQ(asked,
              (QStringList{QStringLiteral("pid-41-killed"), QStringLiteral("pid-42-running")}));
    EXPECT_TRUE(outbox.settleAbandoned(base - 60'000, gone).empty());
}

// Where a resend cannot double a reply, one left "sending" by a process that is gone goes again by
// itself: on X (the sender looks among the account's posts first) however long ago it was taken,
// on Mastodon (the same Idempotency-Key) while the instance still knows the key. Bluesky's wait
// for a person.
TEST_F(OutboxTest, LostRepliesGoAgainByThemselvesWhereTheNetworkCannotDoubleThem)
{
    auto clock = std::make_shared<ManualClock>(base);
    db.setClock(clock);
    const std::int64_t xLongAgo = queue(QStringLiteral("X, a day ago"), false, QStringLiteral("x"));
    const std::int64_t mastodonLongAgo = queue(QStringLiteral("Mastodon, a day ago"));
    ASSERT_TRUE(outbox.markSending(xLongAgo, QStringLiteral("pid-41-killed")));
    ASSERT_TRUE(outbox.markSending(mastodonLongAgo, QStringLiteral("pid-41-killed")));
    clock->advanceBy(std::chrono::hours(24));
    const std::int64_t xNow = queue(QStringLiteral("X, now"), true, QStringLiteral("x"));
    const std::int64_t mastodonNow = queue(QStringLiteral("Mastodon, now"));
    const std::int64_t blueskyNow =
        queue(QStringLiteral("Bluesky, now"), false, QStringLiteral("bluesky"));
    for (const std::int64_t id : {xNow, mastodonNow, blueskyNow})
        ASSERT_TRUE(outbox.markSending(id, QStringLiteral("pid-41-killed")));
    clock->advanceBy(std::chrono::seconds(5));

    const std::vector<OutboxItem> settled = outbox.settleAbandoned(
        base, [](const QString &claimer) { return claimer == u"pid-41-killed"; });
    EXPECT_EQ(settled.size(), 5u);
    EXPECT_EQ(item(xLongAgo).state, OutboxState::Queued);
    EXPECT_EQ(item(xNow).state, OutboxState::Queued);
    EXPECT_EQ(item(mastodonNow).state, OutboxState::Queued);
    EXPECT_EQ(item(mastodonLongAgo).state, OutboxState::Uncertain); // its key is forgotten
    EXPECT_EQ(item(blueskyNow).state, OutboxState::Uncertain);
    for (const OutboxItem &settledItem : settled)
        EXPECT_EQ(settledItem.state, item(settledItem.id).state) << settledItem.id;
    // Queued again with the same key and its attempts counted: a sender knows it was tried.
    const OutboxItem again = item(mastodonNow);
    EXPECT_EQ(again.attempts, 1);
    EXPECT_FALSE(again.idempotencyKey.isEmpty());
    std::vector<std::int64_t> waiting = ids(outbox.waiting({}, 10));
    std::sort(waiting.begin(), waiting.end());
    std::vector<std::int64_t> expected{xLongAgo, xNow, mastodonNow};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(waiting, expected);
}

// What an agent may decide on a reply that failed or may not have arrived, and nothing else.
TEST_F(OutboxTest, APersonDecidesOnlyOnFailedOrUncertainReplies)
{
    const std::int64_t uncertainFound = queue(QStringLiteral("found"));
    const std::int64_t uncertainAgain = queue(QStringLiteral("again"));
    const std::int64_t uncertainGivenUp = queue(QStringLiteral("given up"));
    const std::int64_t failed = queue(QStringLiteral("failed"));
    const std::int64_t queued = queue(QStringLiteral("queued"));
    for (const std::int64_t id : {uncertainFound, uncertainAgain, uncertainGivenUp}) {
        ASSERT_TRUE(outbox.markSending(id));
        ASSERT_TRUE(outbox.markUncertain(id, QStringLiteral("no answer")));
    }
    ASSERT_TRUE(outbox.markFailed(failed, QStringLiteral("token revoked")));

    // A failed reply cannot be declared sent or given up twice; a queued one needs no decision.
    EXPECT_FALSE(outbox.decide(failed, OutboxState::Sent));
    EXPECT_FALSE(outbox.decide(failed, OutboxState::Failed));
    EXPECT_FALSE(outbox.decide(queued, OutboxState::Queued));
    EXPECT_FALSE(outbox.decide(queued, OutboxState::Sent));
    EXPECT_FALSE(outbox.decide(uncertainFound, OutboxState::Sending));

    EXPECT_TRUE(outbox.decide(uncertainFound, OutboxState::Sent));
    EXPECT_TRUE(outbox.decide(uncertainAgain, OutboxState::Queued));
    EXPECT_TRUE(outbox.decide(uncertainGivenUp, OutboxState::Failed));
    EXPECT_TRUE(outbox.decide(failed, OutboxState::Queued));

    EXPECT_EQ(item(uncertainFound).state, OutboxState::Sent);
    EXPECT_EQ(item(uncertainAgain).state, OutboxState::Queued);
    EXPECT_TRUE(item(uncertainAgain).error.isEmpty());
    EXPECT_EQ(item(uncertainGivenUp).state, OutboxState::Failed);
    EXPECT_EQ(item(failed).state, OutboxState::Queued);
    EXPECT_EQ(ids(outbox.waiting({}, 10)),
              (std::vector<std::int64_t>{uncertainAgain, failed, queued}));
    // Decided once: a sent reply is never sent again.
    EXPECT_FALSE(outbox.decide(uncertainFound, OutboxState::Queued));
}

// The moves the outbox makes are those of the table, and the table keeps a sent reply sent.
TEST(OutboxMoves, NoMoveLeavesSentAndNoneSkipsSending)
{
    for (const OutboxMove &move : outboxMoves) {
        EXPECT_NE(move.from, OutboxState::Sent);
        EXPECT_NE(move.from, move.to);
        if (move.to == OutboxState::Sent) {
            EXPECT_TRUE(move.from == OutboxState::Sending || move.from == OutboxState::Uncertain);
        }
    }
    EXPECT_FALSE(isOutboxMove(OutboxState::Draft, OutboxState::Sending));
    EXPECT_FALSE(isOutboxMove(OutboxState::AwaitingApproval, OutboxState::Sending));
    EXPECT_TRUE(isOutboxMove(OutboxState::Sending, OutboxState::Uncertain));
}
