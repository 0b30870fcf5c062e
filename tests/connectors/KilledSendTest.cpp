// SPDX-License-Identifier: Apache-2.0
// Replies queued by an agent and sent by `earshot-cli listen` to a Mastodon instance that honours
// Idempotency-Key and answers slowly, the listener killed with SIGKILL at random points (before
// a post, after the instance made the status but before its answer came, while it records),
// many times: no reply is lost or changed, none is posted twice, and once settled as an agent
// settles them (`earshot-cli outbox resolve` / `retry`) each is on the instance exactly once.
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
    // sent (or waiting for a person to say whether it arrived), and none is on the instance
    // twice; a sent one names the status the instance made of it.
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
            EXPECT_TRUE(row.state == u"queued" || row.state == u"sending" || row.state == u"sent"
                        || row.state == u"uncertain")
                << when << ": reply " << q.outboxId << " is " << row.state.toStdString();
            // An agent who found it on the instance says "sent" without its id.
            if (row.state == u"sent" && !row.postId.isEmpty()) {
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
    int decided = 0;
    const int rounds = 20 * killIterations();
    for (int round = 0; round < rounds && !HasFailure(); ++round) {
        const std::size_t before = posts();
        // A listener runs until it is stopped: it is killed after at most as many posts as
        // there are replies to send.
        const int queuedNow = repliesIn(workspace, QStringLiteral("queued"));
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
        // The agent looks on the instance at once: there, some say "sent", some send it
        // again (the same key gives the same status); not there, it goes again.
        decided += decideUncertain(workspace, [&](const OutboxRow &row) {
            const bool there = !postedUri(row.body).isEmpty();
            return there && dice.between(0, 1) == 0 ? OutboxState::Sent : OutboxState::Queued;
        });
    }
    std::cout << "[ kills     ] " << killed << " of " << rounds << " listeners killed, " << posts()
              << " posts asked for, " << decided << " uncertain replies decided by the agent"
              << std::endl;
    ASSERT_FALSE(HasFailure());

    // A listener left alone sends what is queued, and settles what killed ones left sending:
    // the instance may have it, so a person decides.
    listenUntilEvery(workspace, {QStringLiteral("sent"), QStringLiteral("uncertain")});
    expectNothingLostOrDoubled(queued, "after a listener was left to send");
    ASSERT_FALSE(HasFailure());

    // The agent looks on the instance: there, it is sent; not there, it goes again. A reply
    // that is there may also be sent again (the same key gives the same status): every other
    // one is, to prove it.
    bool again = false;
    int turn = 0;
    for (const auto &[id, row] : outboxRows(workspace)) {
        if (row.state != u"uncertain")
            continue;
        const bool there = !postedUri(row.body).isEmpty();
        const bool resendAnyway = there && turn++ % 2 == 1;
        const ProcessResult answer =
            there && !resendAnyway
                ? cli(workspace, {QStringLiteral("outbox"), QStringLiteral("resolve"),
                                  QString::number(id), QStringLiteral("sent")})
                : cli(workspace,
                      {QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(id)});
        ASSERT_EQ(answer.exitCode, 0) << answer.err.toStdString();
        again = again || !there || resendAnyway;
    }
    if (again)
        listenUntilEvery(workspace, {QStringLiteral("sent")});

    // Each reply on the instance exactly once, and sent.
    expectNothingLostOrDoubled(queued, "settled");
    const auto rows = outboxRows(workspace);
    for (const QueuedReply &q : queued)
        EXPECT_EQ(rows.at(q.outboxId).state, QStringLiteral("sent")) << "reply " << q.outboxId;
    const auto bodies = postedBodies();
    EXPECT_EQ(bodies.size(), queued.size());
    for (const QueuedReply &q : queued)
        EXPECT_EQ(bodies.count(q.body), 1u) << q.body.toStdString();
    EXPECT_EQ(instance.posted().size(), queued.size());
}
