// SPDX-License-Identifier: Apache-2.0
// Triage on a real workspace: every mention is read as it is stored, the case carries its
// reading and priority, queues and Next case follow the triage order, speaker lists badge people.
#include "TriageWorkspace.h"

#include "cases/CaseCommands.h"
#include "cases/CaseDetails.h"
#include "cases/CaseQueries.h"
#include "ingest/Ingestor.h"
#include "learning/LearnedModelStore.h"
#include "learning/LearningExamples.h"
#include "learning/LearningTrainer.h"
#include "people/SpeakerLists.h"
#include "store/Workspace.h"

#include <map>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString calm = QStringLiteral("Just saw the new broadband ads on the tram this morning");
const QString threat =
    QStringLiteral("Third outage this week and still no refund. I will sue you, my lawyer "
                   "is already on it.");

class TriageIngestTest : public TriageWorkspace {
protected:
    std::int64_t number(const QByteArray &sql) { return db.queryInt(sql.constData()); }
};

} // namespace

TEST_F(TriageIngestTest, EachMentionIsReadAsItIsStoredAndTheCaseCarriesTheReading)
{
    const std::int64_t caseId = ingest(QStringLiteral("m1"), QStringLiteral("u1"), threat, base);
    const QByteArray id = QByteArray::number(caseId);
    EXPECT_EQ(number("SELECT risks & 1 FROM mentions WHERE platform_id = 'm1'"), 1); // legal
    EXPECT_EQ(number("SELECT count(*) FROM mentions WHERE sentiment IS NOT NULL AND category "
                     "IS NOT NULL AND sentiment_score IS NOT NULL"),
              1);
    EXPECT_EQ(number("SELECT risks & 1 FROM cases WHERE id = " + id), 1);
    const std::int64_t priority = number("SELECT priority FROM cases WHERE id = " + id);
    EXPECT_GE(priority, 45); // base, a legal threat and more
    EXPECT_EQ(number("SELECT priority_at_arrival FROM cases WHERE id = " + id), priority);
    EXPECT_EQ(number("SELECT waiting_since FROM cases WHERE id = " + id), base);

    // The customer writes again, calmly: the risk stays with the case, the wait started earlier.
    ingest(QStringLiteral("m2"), QStringLiteral("u1"), QStringLiteral("hello? anyone?"),
           base + 60'000, QStringLiteral("m1"));
    EXPECT_EQ(number("SELECT risks & 1 FROM cases WHERE id = " + id), 1);
    EXPECT_EQ(number("SELECT waiting_since FROM cases WHERE id = " + id), base);
    EXPECT_EQ(number("SELECT mention_count FROM cases WHERE id = " + id), 2);
}

TEST_F(TriageIngestTest, QueuesAndNextCaseFollowThePriorityThenTheLongestWait)
{
    const std::int64_t calmFirst = ingest(QStringLiteral("c1"), QStringLiteral("u1"), calm, base);
    const std::int64_t calmLater =
        ingest(QStringLiteral("c2"), QStringLiteral("u2"), calm, base + 1000);
    const std::int64_t urgent =
        ingest(QStringLiteral("t1"), QStringLiteral("u3"), threat, base + 2000);
    Database reader = Workspace::openForReading(path);
    CaseQueries queries(reader);
    const auto page = queries.page(Queue::Unassigned, {}, std::nullopt, 10);
    ASSERT_EQ(page.size(), 3u);
    EXPECT_EQ(page[0].id, urgent);
    EXPECT_EQ(page[1].id, calmFirst);
    EXPECT_EQ(page[2].id, calmLater);

    CaseCommands commands(db);
    CaseCommand next;
    next.kind = CaseCommand::Kind::TakeNext;
    next.agentId = 1;
    const CommandOutcome outcome = commands.execute(next);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(outcome.caseId, urgent);
}

TEST_F(TriageIngestTest, ASpamAccountPostingAgainIsNoCustomer)
{
    const QString scam = QStringLiteral(
        "Outage compensation is LIVE, claim in 2 minutes → fernline-refunds.example");
    ingest(QStringLiteral("s1"), QStringLiteral("u1"), scam, base);
    ingest(QStringLiteral("s2"), QStringLiteral("u1"), scam, base + 86'400'000);
    EXPECT_EQ(number("SELECT count(*) FROM cases"), 2);
    EXPECT_EQ(number("SELECT count(*) FROM person_badges WHERE badge = 'customer'"), 0);
    // A customer who wrote about a real problem before is one, whatever they write next.
    ingest(QStringLiteral("c1"), QStringLiteral("u2"), threat, base);
    ingest(QStringLiteral("c2"), QStringLiteral("u2"), calm, base + 86'400'000);
    EXPECT_EQ(number("SELECT count(*) FROM person_badges WHERE badge = 'customer'"), 1);
}

TEST_F(TriageIngestTest, OurReplyEndsTheWait)
{
    const std::int64_t caseId = ingest(QStringLiteral("m1"), QStringLiteral("u1"), threat, base);
    CaseCommands commands(db);
    CaseCommand reply;
    reply.kind = CaseCommand::Kind::Reply;
    reply.caseId = caseId;
    reply.agentId = 1;
    reply.seenVersion =
        number("SELECT version FROM cases WHERE id = " + QByteArray::number(caseId));
    reply.text = QStringLiteral("We are sorry, we are on it.");
    ASSERT_TRUE(commands.execute(reply).ok);
    EXPECT_EQ(
        number("SELECT waiting_since IS NULL FROM cases WHERE id = " + QByteArray::number(caseId)),
        1);
}

TEST_F(TriageIngestTest, SpeakerListsBadgePeopleBeforeAndAfter)
{
    ingest(QStringLiteral("m1"), QStringLiteral("u1"), calm, base); // handle useru1@social.example
    const int badged =
        writeSpeakerList(db, SpeakerList::Staff,
                         {QStringLiteral("@USERu1@social.example"), QStringLiteral("bad handle")});
    EXPECT_EQ(badged, 1);
    EXPECT_EQ(speakerListEntries(db, SpeakerList::Staff),
              QStringList{QStringLiteral("useru1@social.example")});
    EXPECT_EQ(number("SELECT count(*) FROM person_badges WHERE badge = 'employee'"), 1);

    // A VIP on the list who writes for the first time carries the badge and its points.
    writeSpeakerList(db, SpeakerList::Vip, {QStringLiteral("mastodon:useru9@social.example")});
    const std::int64_t vipCase = ingest(QStringLiteral("v1"), QStringLiteral("u9"), calm, base);
    const std::int64_t plainCase = ingest(QStringLiteral("p1"), QStringLiteral("u8"), calm, base);
    EXPECT_EQ(number("SELECT count(*) FROM person_badges WHERE badge = 'vip'"), 1);
    EXPECT_GT(number("SELECT priority FROM cases WHERE id = " + QByteArray::number(vipCase)),
              number("SELECT priority FROM cases WHERE id = " + QByteArray::number(plainCase)));
}

TEST_F(TriageIngestTest, SomeoneWithAnEarlierCaseIsACustomer)
{
    const std::int64_t first = ingest(QStringLiteral("m1"), QStringLiteral("u1"), calm, base);
    db.exec(QByteArray("UPDATE cases SET status = 'closed' WHERE id = " + QByteArray::number(first))
                .constData());
    ingest(QStringLiteral("m2"), QStringLiteral("u1"), calm, base + 1000);
    EXPECT_EQ(number("SELECT count(*) FROM person_badges WHERE badge = 'customer' AND set_by = "
                     "'earshot'"),
              1);
}

TEST_F(TriageIngestTest, TheIngestReadsWithWhatAgentsTaughtOnceItIsSaved)
{
    const QString probe = QStringLiteral("the Zapp plan again, last night");
    ingest(QStringLiteral("before"), QStringLiteral("u1"), probe, base);
    EXPECT_EQ(number("SELECT sentiment = 'neutral' FROM mentions WHERE platform_id = 'before'"), 1);

    {
        Transaction transaction(db);
        LearningExamples examples(db);
        for (int i = 0; i < 120; ++i) {
            const bool zapp = i % 2 == 0;
            const QString text = zapp ? QStringLiteral("the Zapp plan again %1").arg(i)
                                      : QStringLiteral("where is the nearest shop %1").arg(i);
            LearningExample example;
            example.field = LearnedModel::Field::Sentiment;
            example.label = zapp ? QStringLiteral("negative") : QStringLiteral("neutral");
            example.text = text;
            example.source = QStringLiteral("a-mira");
            ASSERT_TRUE(examples.add(example));
        }
        transaction.commit();
    }
    Database reader = Workspace::openForReading(path);
    const TrainingRun run = trainAll(reader, mentionReaderBuiltIns(), base);
    ASSERT_TRUE(run.models.sentiment);
    Transaction saving(db);
    ASSERT_TRUE(LearnedModelStore::save(db, *run.models.sentiment, base));
    saving.commit();

    // The next batch reads with the saved model, without a restart.
    ingest(QStringLiteral("after"), QStringLiteral("u2"), probe, base + 1000);
    EXPECT_EQ(number("SELECT sentiment = 'negative' FROM mentions WHERE platform_id = 'after'"), 1);
}

// A risk raised by any message stays with the case until an agent clears it, in the window's
// command or with earshot-cli; a later message that raises it again raises it again.
TEST_F(TriageIngestTest, ARiskStaysUntilAnAgentClearsIt)
{
    const std::int64_t caseId = ingest(QStringLiteral("m1"), QStringLiteral("u1"), threat, base);
    const QByteArray id = QByteArray::number(caseId);
    ingest(QStringLiteral("m2"), QStringLiteral("u1"),
           QStringLiteral("Thank you for getting back to me so quickly."), base + 60'000,
           QStringLiteral("m1"));
    EXPECT_EQ(number("SELECT risks & 1 FROM cases WHERE id = " + id), 1);
    const std::int64_t before = number("SELECT priority FROM cases WHERE id = " + id);

    CaseCommands commands(db);
    CaseCommand clear;
    clear.kind = CaseCommand::Kind::Correct;
    clear.caseId = caseId;
    clear.agentId = 1;
    clear.field = QStringLiteral("risk");
    clear.value = QStringLiteral("legal");
    ASSERT_TRUE(commands.execute(clear).ok);
    EXPECT_EQ(number("SELECT risks & 1 FROM cases WHERE id = " + id), 0);
    EXPECT_LT(number("SELECT priority FROM cases WHERE id = " + id), before);
    EXPECT_EQ(number("SELECT count(*) FROM case_events WHERE case_id = " + id
                     + " AND type = 'corrected' AND payload LIKE '%\"risk\"%'"),
              1);
    clear.value = QStringLiteral("nonsense");
    EXPECT_FALSE(commands.execute(clear).ok);

    // earshot-cli clears a risk of another case the same way.
    const std::int64_t other =
        ingest(QStringLiteral("c1"), QStringLiteral("u2"),
               QStringLiteral("Cancelling my contract and switching to another provider."), base);
    const QByteArray otherId = QByteArray::number(other);
    ASSERT_EQ(number("SELECT risks & 2 FROM cases WHERE id = " + otherId), 2);
    const ProcessResult cleared =
        runCli({QStringLiteral("-w"), path, QStringLiteral("case"), QStringLiteral("clear-risk"),
                QString::number(other), QStringLiteral("churn")});
    EXPECT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();
    EXPECT_EQ(number("SELECT risks & 2 FROM cases WHERE id = " + otherId), 0);
    const ProcessResult typo =
        runCli({QStringLiteral("-w"), path, QStringLiteral("case"), QStringLiteral("clear-risk"),
                QString::number(other), QStringLiteral("chrun")});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("chrun"))) << typo.err.toStdString();
}

// The case view says which message decided what: the complaint and its legal threat came first,
// how the customer feels now comes from their latest message.
TEST_F(TriageIngestTest, TheCaseSaysWhichMessageDecidedWhat)
{
    const std::int64_t caseId = ingest(QStringLiteral("m1"), QStringLiteral("u1"), threat, base);
    ingest(QStringLiteral("m2"), QStringLiteral("u1"),
           QStringLiteral("Thank you for replying so quickly, the engineer is booked."),
           base + 60'000, QStringLiteral("m1"));
    Database reader = Workspace::openForReading(path);
    CaseQueries cases(reader);
    MentionQueries mentions(reader);
    const auto details = loadCaseDetails(reader, cases, mentions, caseId, base + 120'000);
    ASSERT_TRUE(details);
    EXPECT_EQ(details->row.category, Category::Complaint);
    const std::int64_t first = number("SELECT id FROM mentions WHERE platform_id = 'm1'");
    const std::int64_t second = number("SELECT id FROM mentions WHERE platform_id = 'm2'");
    std::map<QString, std::int64_t> decided;
    for (const ReadingSource &source : details->sources)
        decided[source.field] = source.mentionId;
    EXPECT_EQ(decided[QStringLiteral("category")], first);
    EXPECT_EQ(decided[QStringLiteral("legal")], first);
    EXPECT_EQ(decided[QStringLiteral("sentiment")], second);
}
