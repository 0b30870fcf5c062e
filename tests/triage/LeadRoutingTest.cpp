// SPDX-License-Identifier: Apache-2.0
// Cases a team leaves to a lead: "Take the next case" never hands them to an agent, hands them
// to a lead first, and says why when nothing else waits; the filter bar's risk finds them.
#include "TriageWorkspace.h"

#include "cases/CaseCommands.h"
#include "cases/CaseDetails.h"
#include "cases/CaseFilter.h"
#include "cases/CaseQueries.h"
#include "cases/LeadRouting.h"
#include "store/MentionQueries.h"

using namespace earshot;
using namespace earshot::test;

namespace {

const QString scam =
    QStringLiteral("Outage compensation is LIVE, claim in 2 minutes → fernline-refunds.example");
const QString complaint =
    QStringLiteral("My broadband has been down since Monday and nobody has called me back.");

class LeadRoutingTest : public TriageWorkspace {
protected:
    LeadRoutingTest()
    {
        db.exec("INSERT INTO agents (key, name, role, created_at) VALUES ('a-lee', 'Lee "
                "Ramsay', 'lead', 0)");
    }

    CommandOutcome takeNext(std::int64_t agentId)
    {
        CaseCommand next;
        next.kind = CaseCommand::Kind::TakeNext;
        next.agentId = agentId;
        return CaseCommands(db).execute(next);
    }

    std::int64_t caseNumber(const QByteArray &column, std::int64_t caseId)
    {
        const QByteArray sql =
            "SELECT " + column + " FROM cases WHERE id = " + QByteArray::number(caseId);
        return db.queryInt(sql.constData());
    }

    static constexpr std::int64_t mira = 1; // an agent
    static constexpr std::int64_t lee = 2;  // a lead
};

} // namespace

TEST_F(LeadRoutingTest, AnAgentIsNeverHandedAScamButALeadIs)
{
    const std::int64_t scamCase = ingest(QStringLiteral("s1"), QStringLiteral("u1"), scam, base);
    const std::int64_t complaintCase =
        ingest(QStringLiteral("c1"), QStringLiteral("u2"), complaint, base + 1000);
    ASSERT_EQ(caseNumber("risks & 64", scamCase), 64);
    // The scam ranks above the complaint, yet the agent is handed the complaint.
    ASSERT_GT(caseNumber("priority", scamCase), caseNumber("priority", complaintCase));
    const CommandOutcome agentGets = takeNext(mira);
    ASSERT_TRUE(agentGets.ok) << agentGets.error.toStdString();
    EXPECT_EQ(agentGets.caseId, complaintCase);

    // Only the scam waits now: the agent is told why nothing comes, the lead gets it.
    const CommandOutcome nothing = takeNext(mira);
    EXPECT_FALSE(nothing.ok);
    EXPECT_TRUE(nothing.error.contains(QStringLiteral("1 left to a lead (Scam posing as us)")))
        << nothing.error.toStdString();
    const CommandOutcome leadGets = takeNext(lee);
    ASSERT_TRUE(leadGets.ok) << leadGets.error.toStdString();
    EXPECT_EQ(leadGets.caseId, scamCase);
}

TEST_F(LeadRoutingTest, ALeadIsHandedTheCasesLeftToLeadsFirst)
{
    const std::int64_t threat =
        ingest(QStringLiteral("t1"), QStringLiteral("u1"),
               QStringLiteral("Third outage this week. I will sue you, my lawyer is on it."), base);
    const std::int64_t scamCase =
        ingest(QStringLiteral("s1"), QStringLiteral("u2"), scam, base + 1000);
    const std::int64_t complaintCase =
        ingest(QStringLiteral("c1"), QStringLiteral("u3"), complaint, base + 2000);
    LeadRouting::write(db, riskFlag(Risk::Scam));
    // The legal threat outranks the scam, yet the lead is handed the scam: only leads take it.
    ASSERT_GT(caseNumber("priority", threat), caseNumber("priority", scamCase));
    CommandOutcome leadGets = takeNext(lee);
    ASSERT_TRUE(leadGets.ok) << leadGets.error.toStdString();
    EXPECT_EQ(leadGets.caseId, scamCase);
    // Then the usual order.
    leadGets = takeNext(lee);
    ASSERT_TRUE(leadGets.ok);
    EXPECT_EQ(leadGets.caseId, threat);
    leadGets = takeNext(lee);
    ASSERT_TRUE(leadGets.ok);
    EXPECT_EQ(leadGets.caseId, complaintCase);
}

TEST_F(LeadRoutingTest, ATeamThatLeavesNothingToLeadsHandsOutEveryCase)
{
    const std::int64_t scamCase = ingest(QStringLiteral("s1"), QStringLiteral("u1"), scam, base);
    LeadRouting::write(db, 0);
    const CommandOutcome agentGets = takeNext(mira);
    ASSERT_TRUE(agentGets.ok) << agentGets.error.toStdString();
    EXPECT_EQ(agentGets.caseId, scamCase);
}

TEST_F(LeadRoutingTest, LegalThreatsCanBeLeftToLeadsToo)
{
    const std::int64_t threat =
        ingest(QStringLiteral("t1"), QStringLiteral("u1"),
               QStringLiteral("Third outage this week. I will sue you, my lawyer is on it."), base);
    LeadRouting::write(db, riskFlag(Risk::Scam) | riskFlag(Risk::LegalThreat));
    EXPECT_EQ(LeadRouting::load(db), riskFlag(Risk::Scam) | riskFlag(Risk::LegalThreat));
    EXPECT_FALSE(takeNext(mira).ok);

    // The case desk says the case is for a lead, and why.
    Database reader = Workspace::openForReading(path);
    CaseQueries cases(reader);
    MentionQueries mentions(reader);
    const auto details = loadCaseDetails(reader, cases, mentions, threat, base);
    ASSERT_TRUE(details.has_value());
    EXPECT_EQ(details->leftToLead, riskFlag(Risk::LegalThreat));
}

TEST_F(LeadRoutingTest, TheRiskFilterFindsTheCasesWithThatRisk)
{
    const std::int64_t scamCase = ingest(QStringLiteral("s1"), QStringLiteral("u1"), scam, base);
    ingest(QStringLiteral("c1"), QStringLiteral("u2"), complaint, base + 1000);
    Database reader = Workspace::openForReading(path);
    CaseQueries queries(reader);
    CaseFilter scams;
    scams.risks = riskFlag(Risk::Scam);
    const auto page = queries.page(Queue::All, {}, std::nullopt, 10, scams);
    ASSERT_EQ(page.size(), 1u);
    EXPECT_EQ(page[0].id, scamCase);
    CaseFilter legal;
    legal.risks = riskFlag(Risk::LegalThreat);
    EXPECT_TRUE(queries.page(Queue::All, {}, std::nullopt, 10, legal).empty());
}

TEST_F(LeadRoutingTest, ADamagedSettingKeepsScamsWithLeads)
{
    db.exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('triage.lead_risks', '{oops')");
    EXPECT_EQ(LeadRouting::load(db), LeadRouting::defaultRisks);
}

TEST_F(LeadRoutingTest, TheLeadsLookReadsOnlyCasesWithARisk)
{
    // A lead's first look must not walk every unassigned case: SQLite plans it on the small
    // index of unassigned cases with a risk.
    Statement plan(db, "EXPLAIN QUERY PLAN SELECT c.id FROM cases c WHERE c.status = 'new' AND "
                       "c.assignee_id IS NULL AND c.risks <> 0 AND (c.risks & 64) <> 0 ORDER BY "
                       "c.queue_rank DESC, c.id DESC LIMIT 1");
    QString steps;
    while (plan.step())
        steps += plan.toString(3) + u'\n';
    EXPECT_TRUE(steps.contains(QStringLiteral("INDEX cases_risky_unassigned")))
        << steps.toStdString();
}

TEST_F(LeadRoutingTest, ATrainerIsHandledLikeAnAgent)
{
    db.exec("INSERT INTO agents (key, name, role, created_at) VALUES ('a-tia', 'Tia Brook', "
            "'trainer', 0)");
    ingest(QStringLiteral("s1"), QStringLiteral("u1"), scam, base);
    const CommandOutcome trainerGets = takeNext(3);
    EXPECT_FALSE(trainerGets.ok);
    EXPECT_TRUE(trainerGets.error.contains(QStringLiteral("left to a lead")))
        << trainerGets.error.toStdString();
}
