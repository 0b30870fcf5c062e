// SPDX-License-Identifier: Apache-2.0
// The case timeline read back from events written the way the console writes them.
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "cases/CaseTimeline.h"
#include "cases/CaseVocabulary.h"
#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "store/Workspace.h"

#include <functional>

using namespace earshot;
using namespace earshot::test;

namespace {

class CaseTimelineTest : public ::testing::Test {
protected:
    CaseTimelineTest()
        : db(Workspace::openForWriting(folder.path(QStringLiteral("w.earshot"))))
        , ingestor(db)
        , commands(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-priya', 'Priya Natarajan', "
                "0)");
    }

    std::int64_t version(std::int64_t caseId)
    {
        Statement s(db, "SELECT version FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toInt(0) : -1;
    }

    CommandOutcome run(CaseCommand::Kind kind, std::int64_t caseId, std::int64_t agent,
                       const std::function<void(CaseCommand &)> &fill = {})
    {
        CaseCommand c;
        c.kind = kind;
        c.caseId = caseId;
        c.agentId = agent;
        c.seenVersion = version(caseId);
        if (fill)
            fill(c);
        const CommandOutcome outcome = commands.execute(c);
        EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
        return outcome;
    }

    // "who: what" for each entry, oldest first.
    QStringList lines(std::int64_t caseId)
    {
        QStringList result;
        for (const TimelineEntry &entry : CaseTimeline(db).forCase(caseId))
            result.append(entry.actorName + QStringLiteral(": ") + entry.text);
        return result;
    }

    static constexpr std::int64_t base = 1'790'000'000'000;
    static constexpr std::int64_t mira = 1;
    static constexpr std::int64_t priya = 2;
    TempFolder folder;
    Database db;
    Ingestor ingestor;
    CaseCommands commands;
};

} // namespace

TEST_F(CaseTimelineTest, EveryCommandReadsAsASentenceWithWhoDidIt)
{
    const Mention first = makeMention(QStringLiteral("m1"), QStringLiteral("u1"), base);
    const std::int64_t caseId = ingestor.ingest({{first}, {}, {}}).caseIds.front();
    // What Earshot read in the first message, as the timeline names it.
    Statement readSentiment(db, "SELECT sentiment FROM cases WHERE id = ?");
    readSentiment.bind(1, caseId);
    ASSERT_TRUE(readSentiment.step());
    const QString machineRead = sentimentTitle(readSentiment.toString(0));
    ASSERT_NE(machineRead, sentimentTitle(QStringLiteral("very positive")));
    using Kind = CaseCommand::Kind;
    run(Kind::Assign, caseId, mira, [](CaseCommand &c) { c.assigneeId = priya; });
    run(Kind::AddNote, caseId, priya,
        [](CaseCommand &c) { c.text = QStringLiteral("@mira <b>billing</b> knows"); });
    run(Kind::AddTag, caseId, priya, [](CaseCommand &c) { c.text = QStringLiteral("Billing"); });
    run(Kind::RemoveTag, caseId, priya, [](CaseCommand &c) { c.text = QStringLiteral("billing"); });
    run(Kind::Correct, caseId, priya, [](CaseCommand &c) {
        c.field = QStringLiteral("sentiment");
        c.value = QStringLiteral("very positive");
    });
    run(Kind::Correct, caseId, priya, [](CaseCommand &c) {
        c.field = QStringLiteral("sentiment");
        c.value = QStringLiteral("negative");
    });
    const CommandOutcome sent = run(Kind::Reply, caseId, priya, [](CaseCommand &c) {
        c.text = QStringLiteral("Sorry about that, let us look.");
        c.isPrivate = true;
    });
    Outbox outbox(db);
    outbox.markSending(sent.outboxId); // a step on the way: no event
    outbox.markSent(sent.outboxId, QStringLiteral("post-1"));
    const CommandOutcome failed = run(Kind::Reply, caseId, priya,
                                      [](CaseCommand &c) { c.text = QStringLiteral("Any news?"); });
    outbox.markFailed(failed.outboxId, QStringLiteral("rate limited"));
    Mention again = makeMention(QStringLiteral("m2"), QStringLiteral("u1"), base + 60'000);
    again.inReplyTo = first.id;
    ASSERT_EQ(ingestor.ingest({{again}, {}, {}}).caseIds.front(), caseId);

    EXPECT_EQ(lines(caseId),
              QStringList({
                  QStringLiteral("Earshot: Case opened"),
                  QStringLiteral("Mira Olsen: Assigned to Priya Natarajan"),
                  QStringLiteral("Mira Olsen: Status: New → Open"),
                  QStringLiteral("Priya Natarajan: Note: @mira <b>billing</b> knows"),
                  QStringLiteral("Priya Natarajan: Tag added: billing"),
                  QStringLiteral("Priya Natarajan: Tag removed: billing"),
                  QStringLiteral("Priya Natarajan: Sentiment corrected: %1 → Very positive")
                      .arg(machineRead),
                  QStringLiteral("Priya Natarajan: Sentiment corrected: Very positive → Negative"),
                  QStringLiteral("Priya Natarajan: Reply queued (private)"),
                  QStringLiteral("Priya Natarajan: Status: Open → Pending"),
                  QStringLiteral("Earshot: Reply sent"),
                  QStringLiteral("Priya Natarajan: Reply queued (public)"),
                  QStringLiteral("Earshot: Reply failed: rate limited"),
                  QStringLiteral("Earshot: Status: Pending → Open (the customer wrote again)"),
              }));
    const auto entries = CaseTimeline(db).forCase(caseId);
    EXPECT_EQ(entries.front().atMs, base);
    EXPECT_EQ(entries.front().type, QStringLiteral("created"));
    EXPECT_EQ(entries.back().atMs, base + 60'000);
}

TEST_F(CaseTimelineTest, UnassigningAndSnoozingSayWhatHappened)
{
    const std::int64_t caseId =
        ingestor.ingest({{makeMention(QStringLiteral("s1"))}, {}, {}}).caseIds.front();
    using Kind = CaseCommand::Kind;
    run(Kind::Assign, caseId, mira, [](CaseCommand &c) { c.assigneeId = mira; });
    run(Kind::Assign, caseId, mira, [](CaseCommand &c) { c.assigneeId = 0; });
    run(Kind::SetStatus, caseId, mira, [](CaseCommand &c) {
        c.status = CaseStatus::Snoozed;
        c.snoozeUntilMs = base;
    });
    const QStringList all = lines(caseId);
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all[3], QStringLiteral("Mira Olsen: Unassigned"));
    EXPECT_TRUE(all[4].startsWith(QStringLiteral("Mira Olsen: Status: Open → Snoozed, until ")))
        << all[4].toStdString();
}

TEST_F(CaseTimelineTest, HostilePayloadsGiveNeutralSentencesNotACrash)
{
    const std::int64_t caseId =
        ingestor.ingest({{makeMention(QStringLiteral("h1"))}, {}, {}}).caseIds.front();
    // Whatever an older, newer or broken desktop might have put in the log.
    db.exec("INSERT INTO case_events (case_id, version, type, actor, at, payload) VALUES "
            "(1001, 90, 'status_changed', 'system', 1, '{\"to\": '),"
            "(1001, 91, 'status_changed', 'a-mira', 2, '{\"to\": 5, \"from\": []}'),"
            "(1001, 92, 'assigned', 'a-ghost', 3, '[]'),"
            "(1001, 93, 'note', 'scenario', 4, '{\"text\": {\"nested\": true}}'),"
            "(1001, 94, 'reply_failed', 'system', 5, 'null'),"
            "(1001, 95, 'corrected', 'a-mira', 6, '{\"field\": \"mood\", \"to\": \"x\"}'),"
            "(1001, 96, 'merged', 'a-mira', 7, '{}'),"
            "(1001, 97, 'tag_added', 'a-mira', 8, '')");
    ASSERT_EQ(caseId, 1001);
    const QStringList all = lines(caseId);
    EXPECT_EQ(all.mid(1), QStringList({
                              QStringLiteral("Earshot: Status changed"),
                              QStringLiteral("Mira Olsen: Status changed"),
                              QStringLiteral("a-ghost: Assignment changed"),
                              QStringLiteral("Scenario: Note"),
                              QStringLiteral("Earshot: Reply failed"),
                              QStringLiteral("Mira Olsen: A reading of the case was corrected"),
                              QStringLiteral("Mira Olsen: Other change (merged)"),
                              QStringLiteral("Mira Olsen: A tag was added"),
                          }));
}

TEST_F(CaseTimelineTest, ScenarioEventsNameStatusAndAgentTheirOwnWay)
{
    const QHash<QString, QString> agents{{QStringLiteral("a-priya"), QStringLiteral("Priya")}};
    EXPECT_EQ(describeCaseEvent(QStringLiteral("status_changed"),
                                QStringLiteral(R"({"status":"resolved"})"), agents),
              QStringLiteral("Status: Resolved"));
    EXPECT_EQ(describeCaseEvent(QStringLiteral("assigned"),
                                QStringLiteral(R"({"agent":"a-priya"})"), agents),
              QStringLiteral("Assigned to Priya"));
    EXPECT_EQ(describeCaseEvent(QStringLiteral("status_changed"),
                                QStringLiteral(R"({"from":"snoozed","to":"open",)"
                                               R"("reason":"snooze ended"})")),
              QStringLiteral("Status: Snoozed → Open (the snooze ended)"));
}
