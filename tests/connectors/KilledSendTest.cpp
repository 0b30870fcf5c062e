// SPDX-License-Identifier: Apache-2.0
// Replies queued by an agent and sent by `earshot-cli listen` to a Mastodon instance that honours
// Idempotency-Key and answers slowly, the listener killed with SIGKILL at random points (before
// a post, after the instance made the status but before its answer came, while it records),
// many times: no reply is lost or changed, none is posted twice, and none waits for a person:
// a reply a killed listener left "sending" goes again by itself with its key (Mastodon's traits,
// PlatformTraits::resendsLostReply), so each ends on the instance exactly once, sent.
#include "KilledMastodon.h"
#include "KilledOutbox.h"

#include <QSet>

#include <iostream>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

constexpr int replies = 12;

class KilledSend : public KilledMastodon {
protected:
    // One post of the instance's customers for each reply to answer, found by its uri too.
    void SetUp() override
    {
        KilledMastodon::SetUp();
        if (HasFatalFailure())
            return;
        for (int i = 0; i < replies; ++i) {
            nlohmann::json n = mastodonMention(2000 + i, 60000 + i, "waiting" + std::to_string(i),
                                               minutesIntoBackfill(i), "public",
                                               "where is my parcel " + std::to_string(i));
            instance.searchable[n["status"]["uri"].get<std::string>()] = n["status"];
            instance.addNotification(std::move(n));
        }
        connect(workspace);
        const ProcessResult synced = cli(workspace, {QStringLiteral("sync")});
        ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    }

    // How often the instance made a status of each reply's text.
    std::map<QString, int> postedBodies()
    {
        std::map<QString, int> count;
        for (const nlohmann::json &status : instance.posted()) {
            QString content = QString::fromStdString(status["content"].get<std::string>());
            content = content.mid(3, content.size() - 7); // <p>...</p>
            ++count[content];
        }
        return count;
    }
    QString postedUri(const QString &body)
    {
        for (const nlohmann::json &status : instance.posted()) {
            if (status["content"].get<std::string>() == "<p>" + body.toStdString() + "</p>")
                return QString::fromStdString(status["uri"].get<std::string>());
        }
        return {};
    }
    std::size_t posts() { return instance.requests("/api/v1/statuses").size(); }

    // What holds after any kill: every reply is there with its text and key, on its way or
    // sent, never "uncertain" (the next listener sends what a killed one left with the same
    // key), and none is on the instance twice; a sent one names the status the instance made of
    // it.
    void expectNothingLostOrDoubled(const std::vector<QueuedReply> &queued, const std::string &when)
    {
        const auto rows = outboxRows(workspace);
        EXPECT_EQ(rows.size(), queued.size()) << when;
        QSet<QString> keys;
        for (const QueuedReply &q : queued) {
            keys.insert(q.key);
            const auto it = rows.find(q.outboxId);
            ASSERT_NE(it, rows.end()) << when << ": reply " << q.outboxId << " vanished";
            const OutboxRow &row = it->second;
            EXPECT_EQ(row.body, q.body) << when;
            EXPECT_EQ(row.key, q.key) << when;
            EXPECT_TRUE(row.state == u"queued" || row.state == u"sending" || row.state == u"sent")
                << when << ": reply " << q.outboxId << " is " << row.state.toStdString();
            if (row.state == u"sent") {
                EXPECT_EQ(row.postId, postedUri(q.body)) << when << ": reply " << q.outboxId;
            }
        }
        for (const auto &[body, count] : postedBodies())
            EXPECT_EQ(count, 1) << when << ": posted " << count << " times: " << body.toStdString();
        for (const RecordedRequest &post : instance.requests("/api/v1/statuses"))
            EXPECT_TRUE(keys.contains(QString::fromStdString(post.idempotencyKey)))
                << when << ": a post without its reply's key: " << post.idempotencyKey;
    }
};

} // namespace

TEST_F(KilledSend, KilledWhileSendingLosesNoReplyAndPostsNoneTwice)
{
    KillDice dice;
    instance.postAnswerDelay = 150ms; // the status is made; its answer comes later
    const std::vector<QueuedReply> queued = queueReplyOnEveryCase(workspace);
    ASSERT_EQ(queued.size(), std::size_t(replies));

    int killed = 0;
    int resent = 0; // replies found left "sending" by a killed listener at a round's start
    const int rounds = 20 * killIterations();
    for (int round = 0; round < rounds && !HasFailure(); ++round) {
        const std::size_t before = posts();
        resent += repliesIn(workspace, QStringLiteral("sending"));
        // A listener runs until it is stopped: it is killed after at most as many posts as
        // there are replies to send.
        const int queuedNow = repliesIn(workspace, QStringLiteral("queued"))
                              + repliesIn(workspace, QStringLiteral("sending"));
        const std::size_t after = std::size_t(dice.between(0, std::min(2, queuedNow)));
        const int thenMs = dice.between(0, 300);
        QProcess listener;
        startCli(listener, withWorkspace(workspace, {QStringLiteral("listen")}),
                 privateKeyring().environment());
        killed += killWhen(
            listener, [&] { return posts() >= before + after; }, thenMs);
        expectNothingLostOrDoubled(queued, "round " + std::to_string(round) + " (after "
                                               + std::to_string(after) + " posts and "
                                               + std::to_string(thenMs) + " ms, seed "
                                               + std::to_string(dice.seed()) + ")");
    }
    std::cout
        << "[ kills     ] " << killed << " of " << rounds << " listeners killed, " << posts()
        << " posts asked for, " << resent
        << " times a round began with a reply a killed listener left sending (none waited for a "
           "person)"
        << std::endl;
    ASSERT_FALSE(HasFailure());

    // A listener left alone sends what is queued and what killed ones left sending, with no
    // person asked: each reply on the instance exactly once, and sent.
    listenUntilEvery(workspace, {QStringLiteral("sent")});
    expectNothingLostOrDoubled(queued, "settled");
    EXPECT_EQ(repliesIn(workspace, QStringLiteral("uncertain")), 0);
    const auto rows = outboxRows(workspace);
    for (const QueuedReply &q : queued)
        EXPECT_EQ(rows.at(q.outboxId).state, QStringLiteral("sent")) << "reply " << q.outboxId;
    const auto bodies = postedBodies();
    EXPECT_EQ(bodies.size(), queued.size());
    for (const QueuedReply &q : queued)
        EXPECT_EQ(bodies.count(q.body), 1u) << q.body.toStdString();
    EXPECT_EQ(instance.posted().size(), queued.size());
}
