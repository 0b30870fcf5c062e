// SPDX-License-Identifier: Apache-2.0
// What an agent is told without looking: the decision, over the workspace's record and a clock.
#include "TestSupport.h"

#include "cases/AgentNotifications.h"
#include "cases/CaseCommands.h"
#include "clock/ManualClock.h"
#include "ingest/Ingestor.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

class AgentNotificationsTest : public ::testing::Test {
protected:
    AgentNotificationsTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , db(Workspace::openForWriting(path))
        , ingestor(db)
        , commands(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-jon', 'Jon Pereira', 0)");
        caseId = ingestor.ingest({{customer(QStringLiteral("1"), base)}, {}, {}}).caseIds.front();
        reader = Workspace::openForReading(path);
    }

    Mention customer(const QString &id, std::int64_t atMs)
    {
        Mention m = makeMention(id, QStringLiteral("anna"), atMs);
        m.author.name = QStringLiteral("Anna Kowalski");
        m.text = QStringLiteral("Still no broadband, message ") + id;
        return m;
    }

    CommandOutcome run(CaseCommand::Kind kind, std::int64_t agent, std::int64_t assignee = 0,
                       const QString &text = {})
    {
        CaseCommand c;
        c.kind = kind;
        c.caseId = caseId;
        c.agentId = agent;
        c.assigneeId = assignee;
        c.text = text;
        c.seenVersion = db.queryInt(
            QByteArray("SELECT version FROM cases WHERE id = " + QByteArray::number(caseId))
                .constData());
        const CommandOutcome outcome = commands.execute(c);
        EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
        return outcome;
    }

    static std::vector<NotificationKind> kinds(const std::vector<AgentNotification> &told)
    {
        std::vector<NotificationKind> result;
        for (const AgentNotification &n : told)
            result.push_back(n.kind);
        return result;
    }

    static constexpr std::int64_t base = ManualClock::defaultStartMs;
    static constexpr std::int64_t mira = 1;
    static constexpr std::int64_t jon = 2;
    TempFolder folder;
    QString path;
    Database db;
    Ingestor ingestor;
    CaseCommands commands;
    Database reader;
    ManualClock clock{base};
    std::int64_t caseId = 0;
    NotificationChoices everything;
};

using Kinds = std::vector<NotificationKind>;

} // namespace

TEST_F(AgentNotificationsTest, AColleaguesAssignmentIsToldToTheAssigneeOnce)
{
    AgentNotifications forMira(reader, clock, mira);
    AgentNotifications forJon(reader, clock, jon);
    EXPECT_TRUE(forMira.look(everything).empty()); // the case came before the window opened
    run(CaseCommand::Kind::Assign, jon, mira);
    const auto told = forMira.look(everything);
    ASSERT_EQ(kinds(told), Kinds{NotificationKind::Assigned});
    EXPECT_EQ(told[0].caseId, caseId);
    EXPECT_EQ(told[0].title, QStringLiteral("Case #%1 is yours").arg(caseId));
    EXPECT_TRUE(
        told[0].body.startsWith(QStringLiteral("Jon Pereira assigned it to you. Anna Kowalski: ")))
        << told[0].body.toStdString();
    EXPECT_TRUE(forMira.look(everything).empty()); // told once
    EXPECT_TRUE(forJon.look(everything).empty());  // what Jon did himself is not news to him
    // Taking a case oneself tells nobody.
    run(CaseCommand::Kind::Assign, jon, jon);
    EXPECT_TRUE(forJon.look(everything).empty());
    EXPECT_TRUE(forMira.look(everything).empty());
}

TEST_F(AgentNotificationsTest, ANoteNamingAColleagueTellsThatColleague)
{
    AgentNotifications forMira(reader, clock, mira);
    AgentNotifications forJon(reader, clock, jon);
    run(CaseCommand::Kind::AddNote, jon, 0, QStringLiteral("@Mira can you call her?"));
    run(CaseCommand::Kind::AddNote, jon, 0, QStringLiteral("A note for nobody"));
    run(CaseCommand::Kind::AddNote, mira, 0, QStringLiteral("@Mira reminder to myself"));
    const auto told = forMira.look(everything);
    ASSERT_EQ(kinds(told), Kinds{NotificationKind::Mentioned});
    EXPECT_EQ(told[0].title, QStringLiteral("Jon Pereira named you in case #%1").arg(caseId));
    EXPECT_EQ(told[0].body, QStringLiteral("@Mira can you call her?"));
    EXPECT_TRUE(forJon.look(everything).empty());
}

TEST_F(AgentNotificationsTest, TheCustomerWritingInMyCaseIsToldAndARiskSaysSo)
{
    run(CaseCommand::Kind::Assign, jon, mira);
    AgentNotifications forMira(reader, clock, mira);
    AgentNotifications forJon(reader, clock, jon);
    ingestor.ingest({{customer(QStringLiteral("2"), base + 60'000)}, {}, {}});
    auto told = forMira.look(everything);
    ASSERT_EQ(kinds(told), Kinds{NotificationKind::CustomerAnswered});
    EXPECT_EQ(told[0].title, QStringLiteral("Anna Kowalski wrote in case #%1").arg(caseId));
    EXPECT_EQ(told[0].body, QStringLiteral("Still no broadband, message 2"));
    EXPECT_TRUE(forJon.look(everything).empty()); // not Jon's case
    // A message read with a risk (as the reader would flag a legal threat).
    ingestor.ingest({{customer(QStringLiteral("3"), base + 120'000)}, {}, {}});
    db.exec("UPDATE mentions SET risks = 1 WHERE id = (SELECT max(id) FROM mentions)");
    told = forMira.look(everything);
    ASSERT_EQ(kinds(told), Kinds{NotificationKind::Risky});
    EXPECT_EQ(told[0].title, QStringLiteral("Case #%1 is flagged risky").arg(caseId));
}

TEST_F(AgentNotificationsTest, AWaitingCaseOfMineIsToldOnceBeforeItsReplyByTime)
{
    run(CaseCommand::Kind::Assign, jon, mira);
    const std::int64_t since = db.queryInt(
        QByteArray("SELECT waiting_since FROM cases WHERE id = " + QByteArray::number(caseId))
            .constData());
    ASSERT_GT(since, 0);
    AgentNotifications forMira(reader, clock, mira);
    AgentNotifications forJon(reader, clock, jon);
    NotificationChoices choices; // reply within 60 min, warned 15 min before
    forMira.look(choices);       // the assignment
    clock.advanceTo(since + 44 * 60'000);
    EXPECT_TRUE(forMira.look(choices).empty()); // 16 minutes left: not yet
    clock.advanceTo(since + 46 * 60'000);
    auto told = forMira.look(choices);
    ASSERT_EQ(kinds(told), Kinds{NotificationKind::NearBreach});
    EXPECT_EQ(told[0].title, QStringLiteral("Case #%1 needs a reply within 14 min").arg(caseId));
    clock.advanceTo(since + 50 * 60'000);
    EXPECT_TRUE(forMira.look(choices).empty()); // told once
    EXPECT_TRUE(forJon.look(choices).empty());  // not Jon's case
    // Past its time it is no longer "about to".
    AgentNotifications later(reader, clock, mira);
    clock.advanceTo(since + 61 * 60'000);
    EXPECT_TRUE(later.look(choices).empty());
}

TEST_F(AgentNotificationsTest, SwitchedOffKindsAndDoNotDisturbTellNothingNorLater)
{
    AgentNotifications forMira(reader, clock, mira);
    NotificationChoices quiet;
    quiet.off.insert(NotificationKind::Assigned);
    run(CaseCommand::Kind::Assign, jon, mira);
    run(CaseCommand::Kind::AddNote, jon, 0, QStringLiteral("@a-mira have a look"));
    EXPECT_EQ(kinds(forMira.look(quiet)), Kinds{NotificationKind::Mentioned});
    NotificationChoices doNotDisturb;
    doNotDisturb.doNotDisturb = true;
    run(CaseCommand::Kind::AddNote, jon, 0, QStringLiteral("@Mira again"));
    EXPECT_TRUE(forMira.look(doNotDisturb).empty());
    // What came during "do not disturb" is in the lists, not told afterwards.
    EXPECT_TRUE(forMira.look(everything).empty());
    EXPECT_EQ(notificationKindKey(NotificationKind::NearBreach), QStringLiteral("breach"));
}
