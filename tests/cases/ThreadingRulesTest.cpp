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
