// SPDX-License-Identifier: Apache-2.0
// The queue follows the priority stored with each case; these tests change what a priority is
// made of after the message was read (our reply, a correction, a badge, new weights) and check
// that the stored priority, and so the queue, follows at once and agrees with the case desk.
#include "TriageWorkspace.h"

#include "cases/CaseCommands.h"
#include "cases/CaseDetails.h"
#include "cases/CaseQueries.h"
#include "cases/PersonCommands.h"
#include "cases/PrioritySettings.h"
#include "ingest/Ingestor.h"
#include "store/MentionQueries.h"
#include "store/Workspace.h"

#include <algorithm>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString question = QStringLiteral("How do I change the date my direct debit comes out?");
const QString calm = QStringLiteral("Just saw the new broadband ads on the tram this morning");

class RescoreTest : public TriageWorkspace {
protected:
    RescoreTest()
        : commands(db)
    {
        // Each post its own case: a person here has several open cases to rescore.
        db.exec("INSERT INTO settings (key, value) VALUES ('cases.join_window_minutes', '0')");
    }

    std::int64_t field(const char *column, std::int64_t caseId)
    {
        const QByteArray sql =
            QByteArray("SELECT ") + column + " FROM cases WHERE id = " + QByteArray::number(caseId);
        return db.queryInt(sql.constData());
    }

    CommandOutcome run(CaseCommand command)
    {
        command.agentId = 1;
        command.seenVersion = field("version", command.caseId);
        return commands.execute(command);
    }

    CommandOutcome correct(std::int64_t caseId, const QString &what, const QString &value)
    {
        CaseCommand command;
        command.kind = CaseCommand::Kind::Correct;
        command.caseId = caseId;
        command.field = what;
        command.value = value;
        return run(command);
    }

    // The case desk's "why", read as the window reads it.
    PriorityBreakdown desk(std::int64_t caseId)
    {
        Database reader = Workspace::openForReading(path);
        CaseQueries cases(reader);
        MentionQueries mentions(reader);
        const auto details = loadCaseDetails(reader, cases, mentions, caseId, base);
        return details ? details->priorityNow : PriorityBreakdown{};
    }

    static bool hasReason(const PriorityBreakdown &breakdown, const QString &key)
    {
        return std::any_of(breakdown.reasons.cbegin(), breakdown.reasons.cend(),
                           [&](const PriorityReason &r) { return r.key == key; });
    }

    CaseCommands commands;
};

} // namespace

TEST_F(RescoreTest, OurReplyTakesAwayTheNeedsAReplyPoints)
{
    const std::int64_t caseId = ingest(QStringLiteral("q1"), QStringLiteral("u1"), question, base);
    ASSERT_EQ(field("needs_reply", caseId), 1);
    const std::int64_t before = field("priority", caseId);
    ASSERT_TRUE(hasReason(desk(caseId), QStringLiteral("needs-reply")));

    CaseCommand reply;
    reply.kind = CaseCommand::Kind::Reply;
    reply.caseId = caseId;
    reply.text = QStringLiteral("You can change it under Account, Payments.");
    ASSERT_TRUE(run(reply).ok);

    EXPECT_EQ(field("needs_reply", caseId), 0);
    EXPECT_EQ(field("priority", caseId),
              before - PriorityWeights().points(QStringLiteral("needs-reply")));
    const PriorityBreakdown now = desk(caseId);
    EXPECT_FALSE(hasReason(now, QStringLiteral("needs-reply")));
    EXPECT_EQ(now.total, field("priority", caseId)); // nobody waits: no waiting points either
}

TEST_F(RescoreTest, ACorrectedCategoryMovesTheCaseInTheQueueAtOnce)
{
    const std::int64_t caseId = ingest(QStringLiteral("c1"), QStringLiteral("u1"), calm, base);
    ASSERT_EQ(field("needs_reply", caseId), 0);
    const std::int64_t before = field("priority", caseId);

    ASSERT_TRUE(correct(caseId, QStringLiteral("category"), QStringLiteral("complaint")).ok);

    const PriorityWeights weights;
    EXPECT_EQ(field("priority", caseId),
              before + weights.points(QStringLiteral("category.complaint"))
                  - weights.points(QStringLiteral("category.observation")));
    EXPECT_TRUE(hasReason(desk(caseId), QStringLiteral("category.complaint")));
}

TEST_F(RescoreTest, ABadgeSetByHandMovesThePersonsOpenCasesButNotTheResolvedOnes)
{
    const std::int64_t open = ingest(QStringLiteral("a1"), QStringLiteral("u1"), question, base);
    const std::int64_t done = ingest(QStringLiteral("a2"), QStringLiteral("u1"), calm, base + 1);
    db.exec(
        QByteArray("UPDATE cases SET status = 'resolved' WHERE id = " + QByteArray::number(done))
            .constData());
    const std::int64_t openBefore = field("priority", open);
    const std::int64_t doneBefore = field("priority", done);

    PersonCommands people(db);
    PersonCommand vip;
    vip.kind = PersonCommand::Kind::SetBadge;
    vip.agentId = 1;
    vip.personId = field("person_id", open);
    vip.badge = QStringLiteral("vip");
    vip.badgeOn = true;
    const PersonOutcome outcome = people.execute(vip);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();

    EXPECT_EQ(field("priority", open),
              openBefore + PriorityWeights().points(QStringLiteral("vip")));
    EXPECT_EQ(field("priority", done), doneBefore);
    EXPECT_EQ(outcome.changedCases, QList<qint64>{open});

    vip.badgeOn = false;
    ASSERT_TRUE(people.execute(vip).ok);
    EXPECT_EQ(field("priority", open), openBefore);
}

TEST_F(RescoreTest, BecomingACustomerMovesTheOtherOpenCasesToo)
{
    const std::int64_t first = ingest(QStringLiteral("b1"), QStringLiteral("u1"), question, base);
    const std::int64_t before = field("priority", first);
    // A new conversation from the same person: a second case, and now they are a customer.
    const IngestResult second = post(QStringLiteral("b2"), QStringLiteral("u1"), calm, base + 1);
    ASSERT_NE(second.caseIds.front(), first);
    EXPECT_EQ(field("priority", first),
              before + PriorityWeights().points(QStringLiteral("customer")));
    EXPECT_EQ(second.rescoredCaseIds, std::vector<std::int64_t>{first});
}

TEST_F(RescoreTest, NewWeightsRankTheCasesAlreadyInTheQueueExceptAPriorityAgentsSet)
{
    const std::int64_t asked = ingest(QStringLiteral("w1"), QStringLiteral("u1"), question, base);
    const std::int64_t pinned = ingest(QStringLiteral("w2"), QStringLiteral("u2"), question, base);
    const std::int64_t askedBefore = field("priority", asked);
    ASSERT_TRUE(correct(pinned, QStringLiteral("priority"), QStringLiteral("33")).ok);

    // Written by the command line, in a process of its own, as a lead would.
    const QString weights = writeFile(folder, QStringLiteral("weights.json"),
                                      QByteArrayLiteral("{\"category.question\": 30}"));
    const ProcessResult set =
        runCli({QStringLiteral("-w"), path, QStringLiteral("priority-weights"),
                QStringLiteral("set"), weights});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(QStringLiteral("Open cases that moved in the queue: 1.")))
        << set.err.toStdString();

    EXPECT_EQ(field("priority", asked),
              askedBefore + 30 - PriorityWeights().points(QStringLiteral("category.question")));
    EXPECT_EQ(field("priority", pinned), 33);
}
