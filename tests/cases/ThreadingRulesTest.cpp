// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "ingest/Ingestor.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr std::int64_t hour = 3600 * 1000;

class ThreadingRulesTest : public ::testing::Test {
protected:
    ThreadingRulesTest()
        : db(Workspace::openForWriting(folder.path(QStringLiteral("w.earshot"))))
        , ingestor(db)
        , commands(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
    }

    std::int64_t ingest(const Mention &m) { return ingestor.ingest({{m}, {}, {}}).caseIds.front(); }

    Mention replyTo(const Mention &earlier, const QString &id, std::int64_t atMs)
    {
        Mention m = makeMention(id, earlier.author.id, atMs);
        m.inReplyTo = earlier.id;
        return m;
    }

    void setStatus(std::int64_t caseId, const QString &status)
    {
        CaseCommand c;
        c.kind = CaseCommand::Kind::SetStatus;
        c.caseId = caseId;
        c.agentId = 1;
        c.status = caseStatusFromKey(status);
        c.seenVersion = db.queryInt(
            QByteArray("SELECT version FROM cases WHERE id = " + QByteArray::number(caseId))
                .constData());
        ASSERT_TRUE(commands.execute(c).ok);
    }

    QString status(std::int64_t caseId)
    {
        Statement s(db, "SELECT status FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toString(0) : QString();
    }

    TempFolder folder;
    Database db;
    Ingestor ingestor;
    CaseCommands commands;
    // Resolving stamps the real clock, so the customer's messages are timed from now.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

TEST_F(ThreadingRulesTest, TheCustomerAnsweringMovesPendingAndSnoozedBackToOpen)
{
    const Mention first = makeMention(QStringLiteral("1"), QStringLiteral("u1"), now - hour);
    const std::int64_t caseId = ingest(first);
    setStatus(caseId, QStringLiteral("pending"));
    EXPECT_EQ(ingest(replyTo(first, QStringLiteral("2"), now)), caseId);
    EXPECT_EQ(status(caseId), QStringLiteral("open"));
    setStatus(caseId, QStringLiteral("snoozed"));
    EXPECT_EQ(ingest(replyTo(first, QStringLiteral("3"), now + 1000)), caseId);
    EXPECT_EQ(status(caseId), QStringLiteral("open"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events WHERE actor = 'system' AND "
                          "type = 'status_changed' AND payload LIKE '%\"reason\":\"customer\"%'"),
              2);
}

TEST_F(ThreadingRulesTest, WritingAgainSoonAfterResolvingReopensTheCase)
{
    const Mention first = makeMention(QStringLiteral("10"), QStringLiteral("u1"), now - hour);
    const std::int64_t caseId = ingest(first);
    setStatus(caseId, QStringLiteral("resolved"));
    EXPECT_EQ(ingest(replyTo(first, QStringLiteral("11"), now + hour)), caseId);
    EXPECT_EQ(status(caseId), QStringLiteral("open"));
}

TEST_F(ThreadingRulesTest, AfterTheReopenWindowOrOnceClosedANewCaseStarts)
{
    const Mention first = makeMention(QStringLiteral("20"), QStringLiteral("u1"), now - hour);
    const std::int64_t caseId = ingest(first);
    setStatus(caseId, QStringLiteral("resolved"));
    const std::int64_t later = ingest(replyTo(first, QStringLiteral("21"), now + 73 * hour));
    EXPECT_NE(later, caseId);
    EXPECT_EQ(status(caseId), QStringLiteral("resolved"));

    // The window is the workspace's to choose; closed is closed whatever the window.
    db.exec("INSERT INTO settings (key, value) VALUES ('cases.reopen_window_hours', '200')");
    setStatus(later, QStringLiteral("closed"));
    const std::int64_t third = ingest(replyTo(first, QStringLiteral("22"), now + 74 * hour));
    EXPECT_NE(third, later);
    EXPECT_EQ(status(later), QStringLiteral("closed"));
}

// One customer posted the same complaint twice, 13 minutes apart, as two posts of their own: that
// made two cases, answered by two agents. Within the join window a new post joins their open case
// on that network; later, on another network, or with the window set to 0, it starts its own.
TEST_F(ThreadingRulesTest, ANewPostSoonAfterJoinsThePersonsOpenCaseOnThatNetwork)
{
    constexpr std::int64_t minute = 60 * 1000;
    const std::int64_t caseId =
        ingest(makeMention(QStringLiteral("30"), QStringLiteral("u3"), now - 2 * hour));
    const std::int64_t again = ingest(
        makeMention(QStringLiteral("31"), QStringLiteral("u3"), now - 2 * hour + 13 * minute));
    EXPECT_EQ(again, caseId);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions WHERE case_id = (SELECT case_id FROM "
                          "mentions WHERE platform_id = '30')"),
              2);

    // Another person, or the same person hours later, is another case.
    EXPECT_NE(ingest(makeMention(QStringLiteral("32"), QStringLiteral("u4"), now - hour)), caseId);
    const std::int64_t later = ingest(makeMention(QStringLiteral("33"), QStringLiteral("u3"), now));
    EXPECT_NE(later, caseId);

    // A resolved case is not joined (only the reopen window brings it back, in its own thread).
    setStatus(later, QStringLiteral("resolved"));
    EXPECT_NE(ingest(makeMention(QStringLiteral("34"), QStringLiteral("u3"), now + 5 * minute)),
              later);

    // Off: every post of its own is a case of its own.
    db.exec("INSERT INTO settings (key, value) VALUES ('cases.join_window_minutes', '0')");
    const std::int64_t fresh =
        ingest(makeMention(QStringLiteral("35"), QStringLiteral("u5"), now + 10 * minute));
    EXPECT_NE(ingest(makeMention(QStringLiteral("36"), QStringLiteral("u5"), now + 11 * minute)),
              fresh);
}
