// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "cases/Agents.h"
#include "cases/CaseCommands.h"
#include "cases/CaseDetails.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSeen.h"
#include "clock/ManualClock.h"
#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "store/MentionQueries.h"
#include "store/Workspace.h"

#include <chrono>

using namespace earshot;
using namespace earshot::test;

namespace {

class CaseCommandsTest : public ::testing::Test {
protected:
    CaseCommandsTest()
        : db(Workspace::openForWriting(folder.path(QStringLiteral("w.earshot"))))
        , ingestor(db)
        , commands(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-priya', 'Priya Natarajan', "
                "0)");
    }

    std::int64_t newCase(const QString &id, const QString &author, std::int64_t atMs = base)
    {
        return ingestor.ingest({{makeMention(id, author, atMs)}, {}, {}}).caseIds.front();
    }

    std::int64_t version(std::int64_t caseId)
    {
        Statement s(db, "SELECT version FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toInt(0) : -1;
    }

    QString column(std::int64_t caseId, const char *name)
    {
        const QByteArray sql =
            QByteArray("SELECT coalesce(") + name + ", '') FROM cases WHERE id = ?";
        Statement s(db, sql.constData());
        s.bind(1, caseId);
        return s.step() ? s.toString(0) : QString();
    }

    CaseCommand command(CaseCommand::Kind kind, std::int64_t caseId, std::int64_t agent = mira)
    {
        CaseCommand c;
        c.kind = kind;
        c.caseId = caseId;
        c.agentId = agent;
        c.seenVersion = version(caseId);
        return c;
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

TEST_F(CaseCommandsTest, AssigningANewCaseOpensItAndRecordsBothEvents)
{
    const std::int64_t caseId = newCase(QStringLiteral("1"), QStringLiteral("u1"));
    CaseCommand assign = command(CaseCommand::Kind::Assign, caseId);
    assign.assigneeId = mira;
    const CommandOutcome outcome = commands.execute(assign);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(column(caseId, "assignee_id"), QStringLiteral("1"));
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("open"));
    EXPECT_EQ(outcome.version, 3); // created, assigned, status_changed
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE type IN ('assigned', "
                          "'status_changed') AND actor = 'a-mira'"),
              2);
}

TEST_F(CaseCommandsTest, ACommandOnACaseAColleagueChangedIsRefusedWithWhatChanged)
{
    const std::int64_t caseId = newCase(QStringLiteral("2"), QStringLiteral("u2"));
    CaseCommand miraResolves = command(CaseCommand::Kind::SetStatus, caseId, mira);
    miraResolves.status = CaseStatus::Resolved;
    // Priya takes the case while Mira still looks at the old version.
    CaseCommand priyaTakes = command(CaseCommand::Kind::Assign, caseId, priya);
    priyaTakes.assigneeId = priya;
    ASSERT_TRUE(commands.execute(priyaTakes).ok);

    const CommandOutcome outcome = commands.execute(miraResolves);
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error, QStringLiteral("Case #%1 changed since you opened it.").arg(caseId));
    ASSERT_FALSE(outcome.changes.isEmpty());
    EXPECT_TRUE(outcome.changes.front().startsWith(
        QStringLiteral("Priya Natarajan assigned it to Priya Natarajan at")))
        << outcome.changes.front().toStdString();
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("open"));

    // Seen again, the same command goes through.
    miraResolves.seenVersion = version(caseId);
    EXPECT_TRUE(commands.execute(miraResolves).ok);
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("resolved"));
    EXPECT_NE(column(caseId, "resolved_at"), QString());
}

TEST_F(CaseCommandsTest, NotesAndTagsNeverCollideAndNotesFindColleagues)
{
    const std::int64_t caseId = newCase(QStringLiteral("3"), QStringLiteral("u3"));
    CaseCommand note = command(CaseCommand::Kind::AddNote, caseId);
    note.seenVersion = 0; // long ago: notes add, they overrule nothing
    note.text = QStringLiteral("@priya can you check the billing side? <b>urgent</b>");
    ASSERT_TRUE(commands.execute(note).ok);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE type = 'note' AND "
                          "payload LIKE '%\"mentions\":[\"a-priya\"]%'"),
              1);
    CaseCommand tag = command(CaseCommand::Kind::AddTag, caseId);
    tag.text = QStringLiteral("  Billing   Error ");
    ASSERT_TRUE(commands.execute(tag).ok);
    ASSERT_TRUE(commands.execute(tag).ok); // twice is once
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_tags WHERE tag = 'billing-error'"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE type = 'tag_added'"), 1);
    CaseCommand empty = command(CaseCommand::Kind::AddNote, caseId);
    empty.text = QStringLiteral("   ");
    EXPECT_EQ(commands.execute(empty).error, QStringLiteral("An empty note is not saved."));
}

TEST_F(CaseCommandsTest, CorrectionsChangeTheCaseAndAreKeptAsEvents)
{
    const std::int64_t caseId = newCase(QStringLiteral("4"), QStringLiteral("u4"));
    CaseCommand correct = command(CaseCommand::Kind::Correct, caseId);
    correct.field = QStringLiteral("sentiment");
    correct.value = QStringLiteral("very negative");
    ASSERT_TRUE(commands.execute(correct).ok);
    EXPECT_EQ(column(caseId, "sentiment"), QStringLiteral("very negative"));
    correct.field = QStringLiteral("category");
    correct.value = QStringLiteral("loud");
    EXPECT_FALSE(commands.execute(correct).ok);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE type = 'corrected' AND payload "
                          "LIKE '%\"field\":\"sentiment\"%\"to\":\"very negative\"%'"),
              1);
}

TEST_F(CaseCommandsTest, CorrectionsBecomeExamplesAndOutliveLaterReadings)
{
    const std::int64_t caseId = newCase(QStringLiteral("41"), QStringLiteral("u41"));
    // The customer writes again: the agent corrects what they read last.
    Mention again = makeMention(QStringLiteral("42"), QStringLiteral("u41"), base + 60'000);
    again.inReplyTo = QStringLiteral("41");
    ASSERT_EQ(ingestor.ingest({{again}, {}, {}}).caseIds.front(), caseId);
    CaseCommand correct = command(CaseCommand::Kind::Correct, caseId);
    correct.field = QStringLiteral("sentiment");
    // Earshot read the refund as negative or worse; the agent knows it was meant kindly.
    correct.value = QStringLiteral("positive");
    ASSERT_TRUE(commands.execute(correct).ok);
    EXPECT_EQ(column(caseId, "corrected"), QStringLiteral("1"));
    Statement example(db, "SELECT field, label, text, source, case_id FROM learning_examples");
    ASSERT_TRUE(example.step());
    EXPECT_EQ(example.toString(0), QStringLiteral("sentiment"));
    EXPECT_EQ(example.toString(1), QStringLiteral("positive"));
    EXPECT_EQ(example.toString(2), QStringLiteral("Mention 42 about my refund"));
    EXPECT_EQ(example.toString(3), QStringLiteral("a-mira"));
    EXPECT_EQ(example.toInt(4), caseId);
    EXPECT_FALSE(example.step());

    // A refused correction stores nothing; priority is marked but teaches no model.
    correct.field = QStringLiteral("category");
    correct.value = QStringLiteral("loud");
    EXPECT_FALSE(commands.execute(correct).ok);
    correct.field = QStringLiteral("priority");
    correct.value = QStringLiteral("90");
    ASSERT_TRUE(commands.execute(correct).ok);
    EXPECT_EQ(column(caseId, "corrected"), QStringLiteral("5"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learning_examples"), 1);

    correct.field = QStringLiteral("category");
    correct.value = QStringLiteral("praise");
    ASSERT_TRUE(commands.execute(correct).ok);
    EXPECT_EQ(column(caseId, "corrected"), QStringLiteral("7"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learning_examples WHERE field = 'category' AND "
                          "label = 'praise' AND source = 'a-mira'"),
              1);
}

TEST_F(CaseCommandsTest, AReplyIsQueuedDurablyAndTheCaseWaitsOnTheCustomer)
{
    const std::int64_t caseId = newCase(QStringLiteral("5"), QStringLiteral("u5"));
    CaseCommand draft = command(CaseCommand::Kind::SaveDraft, caseId);
    draft.text = QStringLiteral("Sorry to hear");
    ASSERT_TRUE(commands.execute(draft).ok);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM drafts"), 1);

    CaseCommand reply = command(CaseCommand::Kind::Reply, caseId);
    reply.text = QStringLiteral("@useru5@social.example Sorry to hear that, we are on it.");
    const CommandOutcome outcome = commands.execute(reply);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_GT(outcome.outboxId, 0);
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("pending"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM drafts"), 0); // sent: the draft is gone
    const auto items = Outbox(db).forCase(caseId);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].state, OutboxState::Queued);
    EXPECT_EQ(items[0].inReplyTo, QStringLiteral("5"));
    EXPECT_EQ(items[0].agentName, QStringLiteral("Mira Olsen"));

    CaseCommand resolveWithIt = command(CaseCommand::Kind::Reply, caseId);
    resolveWithIt.text = QStringLiteral("Fixed now.");
    resolveWithIt.status = CaseStatus::Resolved;
    ASSERT_TRUE(commands.execute(resolveWithIt).ok);
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("resolved"));
}

// A replied case once became "Pending - unassigned": the customer's answer then went back to the
// unassigned queue instead of to the agent who was talking to them.
TEST_F(CaseCommandsTest, WhoRepliesOrResolvesOwnsTheCaseUnlessSomeoneElseHasIt)
{
    const std::int64_t replied = newCase(QStringLiteral("51"), QStringLiteral("u51"));
    CaseCommand reply = command(CaseCommand::Kind::Reply, replied, priya);
    reply.text = QStringLiteral("We are looking into it.");
    ASSERT_TRUE(commands.execute(reply).ok);
    EXPECT_EQ(column(replied, "assignee_id"), QString::number(priya));
    EXPECT_EQ(column(replied, "status"), QStringLiteral("pending"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE type = 'assigned' "
                          "AND actor = 'a-priya'"),
              1);

    const std::int64_t resolved = newCase(QStringLiteral("52"), QStringLiteral("u52"));
    CaseCommand resolve = command(CaseCommand::Kind::SetStatus, resolved, mira);
    resolve.status = CaseStatus::Resolved;
    ASSERT_TRUE(commands.execute(resolve).ok);
    EXPECT_EQ(column(resolved, "assignee_id"), QString::number(mira));

    // Assigned to Priya, answered by Mira: it stays Priya's.
    const std::int64_t theirs = newCase(QStringLiteral("53"), QStringLiteral("u53"));
    CaseCommand toPriya = command(CaseCommand::Kind::Assign, theirs, mira);
    toPriya.assigneeId = priya;
    ASSERT_TRUE(commands.execute(toPriya).ok);
    CaseCommand miraReplies = command(CaseCommand::Kind::Reply, theirs, mira);
    miraReplies.text = QStringLiteral("Covering for Priya: a fix is coming.");
    miraReplies.status = CaseStatus::Resolved;
    ASSERT_TRUE(commands.execute(miraReplies).ok);
    EXPECT_EQ(column(theirs, "assignee_id"), QString::number(priya));
    EXPECT_EQ(column(theirs, "status"), QStringLiteral("resolved"));
}

TEST_F(CaseCommandsTest, EmptyAndOverLongRepliesAreRefusedWithTheReason)
{
    const std::int64_t caseId = newCase(QStringLiteral("6"), QStringLiteral("u6"));
    CaseCommand reply = command(CaseCommand::Kind::Reply, caseId);
    reply.text = QStringLiteral(" \n ");
    EXPECT_EQ(commands.execute(reply).error, QStringLiteral("An empty reply cannot be sent."));
    reply.text = QString(501, u'a'); // Mastodon takes 500
    EXPECT_EQ(commands.execute(reply).error,
              QStringLiteral("This reply is 1 over the limit of 500 on this network; shorten it "
                             "first."));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM outbox"), 0);
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("new"));
}

TEST_F(CaseCommandsTest, NextCaseHandsOutTheLongestWaitingUnassignedCase)
{
    const std::int64_t newer = newCase(QStringLiteral("7"), QStringLiteral("u7"), base + 5000);
    const std::int64_t older = newCase(QStringLiteral("8"), QStringLiteral("u8"), base);
    CaseCommand next;
    next.kind = CaseCommand::Kind::TakeNext;
    next.agentId = priya;
    CommandOutcome outcome = commands.execute(next);
    ASSERT_TRUE(outcome.ok);
    EXPECT_EQ(outcome.caseId, older);
    EXPECT_EQ(column(older, "assignee_id"), QStringLiteral("2"));
    outcome = commands.execute(next);
    EXPECT_EQ(outcome.caseId, newer);
    outcome = commands.execute(next);
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error, QStringLiteral("No unassigned case is waiting for an answer."));
}

// Issue 16, item 2: the list said 58 and the case "66 now", and Next case handed out an 85 while
// cases at 87 and 88 now waited. One priority, the wait included, everywhere.
TEST_F(CaseCommandsTest, NextCaseTakesTheTopOfTheOnePriorityTheListAndCaseShow)
{
    using namespace std::chrono_literals;
    auto clock = std::make_shared<ManualClock>(base);
    db.setClock(clock);
    constexpr std::int64_t hour = 3'600'000;
    const std::int64_t fresh =
        newCase(QStringLiteral("p1"), QStringLiteral("u-p1"), base + 5 * hour);
    const std::int64_t fiveHours = newCase(QStringLiteral("p2"), QStringLiteral("u-p2"), base);
    const std::int64_t fourHours =
        newCase(QStringLiteral("p3"), QStringLiteral("u-p3"), base + hour);
    // What the reading scored, the wait left out (as every writer stores it).
    db.exec(QStringLiteral("UPDATE cases SET priority = CASE id WHEN %1 THEN 85 WHEN %2 THEN 77 "
                           "ELSE 80 END")
                .arg(fresh)
                .arg(fiveHours)
                .toUtf8()
                .constData());
    clock->advanceBy(5h + 1min); // 2 points an hour: +10 and +8

    CaseCommand next;
    next.kind = CaseCommand::Kind::TakeNext;
    next.agentId = priya;
    CommandOutcome outcome = commands.execute(next);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(outcome.caseId, fourHours);                // 80 + 8 = 88
    EXPECT_EQ(commands.execute(next).caseId, fiveHours); // 77 + 10 = 87
    EXPECT_EQ(commands.execute(next).caseId, fresh);     // 85

    // The list's row, the case header and "Why priority" say the same number.
    CaseQueries cases(db, mira);
    MentionQueries mentions(db);
    const std::optional<CaseRow> row = cases.caseById(fourHours);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->priority, 88);
    const std::optional<CaseDetails> details =
        loadCaseDetails(db, cases, mentions, fourHours, clock->nowMs());
    ASSERT_TRUE(details);
    EXPECT_EQ(details->priorityNow.total, 88);
    int waiting = 0;
    for (const PriorityReason &reason : details->priorityNow.reasons) {
        if (reason.key == QStringLiteral("waiting"))
            waiting = reason.points;
    }
    EXPECT_EQ(waiting, 8);
}

// Issue 16, item 1: Resolve went through a second after the customer wrote again. The customer's
// message moves no version, so what the agent has seen is checked apart from it.
TEST_F(CaseCommandsTest, AReplyOrResolveOverAMessageTheAgentHasNotSeenIsRefused)
{
    const std::int64_t caseId = newCase(QStringLiteral("s1"), QStringLiteral("u-s1"));
    const std::int64_t first = newestMentionOf(db, caseId);
    CaseQueries cases(db, mira);
    EXPECT_TRUE(cases.caseById(caseId)->unseen()); // never opened: shown as unread
    markCaseSeen(db, mira, caseId, first, base);
    EXPECT_FALSE(cases.caseById(caseId)->unseen());

    // The customer writes again into the open case.
    Mention again = makeMention(QStringLiteral("s2"), QStringLiteral("u-s1"), base + 60'000);
    again.text = QStringLiteral("Are you still there?");
    ASSERT_EQ(ingestor.ingest({{again}, {}, {}}).caseIds.front(), caseId);
    const std::optional<CaseRow> row = cases.caseById(caseId);
    EXPECT_TRUE(row->unseen());
    EXPECT_EQ(row->newestText, QStringLiteral("Are you still there?"));

    CaseCommand resolve = command(CaseCommand::Kind::SetStatus, caseId);
    resolve.status = CaseStatus::Resolved;
    resolve.seenMentionId = first;
    CommandOutcome outcome = commands.execute(resolve);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.startsWith(QStringLiteral("The customer wrote again at ")))
        << outcome.error.toStdString();
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("new"));
    CaseCommand reply = command(CaseCommand::Kind::Reply, caseId);
    reply.text = QStringLiteral("Sorted, thanks!");
    reply.seenMentionId = first;
    EXPECT_FALSE(commands.execute(reply).ok);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM outbox"), 0);

    // Seen, it goes through and the agent's seen mark moves with it.
    resolve.seenMentionId = newestMentionOf(db, caseId);
    outcome = commands.execute(resolve);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(column(caseId, "status"), QStringLiteral("resolved"));
    EXPECT_EQ(seenMentionOf(db, mira, caseId), newestMentionOf(db, caseId));
    EXPECT_FALSE(cases.caseById(caseId)->unseen());
    EXPECT_EQ(seenMentionOf(db, priya, caseId), 0); // seen is per agent
}

TEST_F(CaseCommandsTest, TheConsoleWorksAsAnAgentOfTheWorkspace)
{
    EXPECT_EQ(ensureConsoleAgent(db, QStringLiteral("a-priya"), QStringLiteral("Me")).name,
              QStringLiteral("Priya Natarajan"));
    EXPECT_EQ(ensureConsoleAgent(db, QStringLiteral("gone"), QStringLiteral("Me")).key,
              QStringLiteral("a-mira"));
    TempFolder other;
    Database empty = Workspace::openForWriting(other.path(QStringLiteral("e.earshot")));
    const AgentRow created = ensureConsoleAgent(empty, {}, QStringLiteral("Sam"));
    EXPECT_EQ(created.name, QStringLiteral("Sam"));
    EXPECT_EQ(ensureConsoleAgent(empty, {}, QStringLiteral("Other")).id, created.id);
}
