// SPDX-License-Identifier: Apache-2.0
// Snoozed cases waking when their time comes: the clock itself on a real workspace file, and the
// session that runs it for the window.
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "cases/CaseTimeline.h"
#include "cases/SnoozeClock.h"
#include "ingest/Ingestor.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr std::int64_t minute = 60 * 1000;

class SnoozeClockTest : public ::testing::Test {
protected:
    SnoozeClockTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , db(Workspace::openForWriting(path))
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
    }

    std::int64_t newCase(const QString &id)
    {
        Ingestor ingestor(db);
        return ingestor
            .ingest({{makeMention(id, QStringLiteral("u") + id, now - 60 * minute)}, {}, {}})
            .caseIds.front();
    }

    // As an agent snoozes: until a time, or (no time) until the customer writes again.
    void snooze(std::int64_t caseId, std::optional<std::int64_t> untilMs)
    {
        CaseCommand c;
        c.kind = CaseCommand::Kind::SetStatus;
        c.caseId = caseId;
        c.agentId = 1;
        c.status = CaseStatus::Snoozed;
        c.snoozeUntilMs = untilMs;
        c.seenVersion = version(caseId);
        const CommandOutcome outcome = CaseCommands(db).execute(c);
        ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    }

    QList<qint64> wake(std::int64_t atMs)
    {
        Transaction transaction(db);
        const QList<qint64> woken = wakeDueCases(db, atMs);
        transaction.commit();
        return woken;
    }

    QString status(std::int64_t caseId)
    {
        Statement s(db, "SELECT status FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toString(0) : QString();
    }

    std::int64_t version(std::int64_t caseId)
    {
        Statement s(db, "SELECT version FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toInt(0) : -1;
    }

    bool hasSnoozeTime(std::int64_t caseId)
    {
        Statement s(db, "SELECT snoozed_until IS NOT NULL FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() && s.toInt(0) != 0;
    }

    TempFolder folder;
    QString path;
    Database db;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

TEST_F(SnoozeClockTest, CasesWhoseTimeHasComeWakeAndTheOthersSleepOn)
{
    const std::int64_t past = newCase(QStringLiteral("1"));
    const std::int64_t exactlyNow = newCase(QStringLiteral("2"));
    const std::int64_t later = newCase(QStringLiteral("3"));
    const std::int64_t untilTheyWrite = newCase(QStringLiteral("4"));
    const std::int64_t open = newCase(QStringLiteral("5"));
    snooze(past, now - minute);
    snooze(exactlyNow, now);
    snooze(later, now + minute);
    snooze(untilTheyWrite, std::nullopt);
    const std::int64_t openVersion = version(open);

    QList<qint64> woken = wake(now);
    std::sort(woken.begin(), woken.end());
    EXPECT_EQ(woken, QList<qint64>({past, exactlyNow}));
    EXPECT_EQ(status(past), QStringLiteral("open"));
    EXPECT_EQ(status(exactlyNow), QStringLiteral("open"));
    EXPECT_FALSE(hasSnoozeTime(past)); // a later snooze starts afresh
    EXPECT_EQ(status(later), QStringLiteral("snoozed"));
    EXPECT_TRUE(hasSnoozeTime(later));
    EXPECT_EQ(status(untilTheyWrite), QStringLiteral("snoozed"));
    EXPECT_EQ(version(open), openVersion);

    // Once awake, they are not woken again; the later one wakes when its minute has passed.
    EXPECT_EQ(wake(now), QList<qint64>());
    EXPECT_EQ(wake(now + minute), QList<qint64>{later});
    EXPECT_EQ(status(later), QStringLiteral("open"));
    // A snooze without a time never ends by the clock.
    EXPECT_EQ(wake(now + 365LL * 24 * 60 * minute), QList<qint64>());
    EXPECT_EQ(status(untilTheyWrite), QStringLiteral("snoozed"));
}

// The case's history says it woke and why, as one more version: an agent who looked at the
// snoozed case is told of the change before their command applies to it.
TEST_F(SnoozeClockTest, WakingIsOneEventByEarshotThatTheTimelineExplains)
{
    const std::int64_t caseId = newCase(QStringLiteral("1"));
    snooze(caseId, now - minute);
    const std::int64_t before = version(caseId);
    ASSERT_EQ(wake(now), QList<qint64>{caseId});
    EXPECT_EQ(version(caseId), before + 1);

    Statement event(db, "SELECT type, actor, at, version FROM case_events WHERE case_id = ? "
                        "ORDER BY version DESC LIMIT 1");
    event.bind(1, caseId);
    ASSERT_TRUE(event.step());
    EXPECT_EQ(event.toString(0), QStringLiteral("status_changed"));
    EXPECT_EQ(event.toString(1), QStringLiteral("system"));
    EXPECT_EQ(event.toInt(2), now);
    EXPECT_EQ(event.toInt(3), before + 1);
    event.reset();

    Database reader = Workspace::openForReading(path);
    const std::vector<TimelineEntry> timeline = CaseTimeline(reader).forCase(caseId);
    ASSERT_FALSE(timeline.empty());
    EXPECT_EQ(timeline.back().text, QStringLiteral("Status: Snoozed → Open (the snooze ended)"));
    EXPECT_EQ(timeline.back().actorName, QStringLiteral("Earshot"));
}

// Every other window on the workspace learns which case to show again.
TEST_F(SnoozeClockTest, OtherWindowsAreToldWhichCasesWoke)
{
    const std::int64_t caseId = newCase(QStringLiteral("1"));
    const std::int64_t other = newCase(QStringLiteral("2"));
    snooze(caseId, now - minute);
    snooze(other, now + minute);
    const std::int64_t seen = db.queryInt("SELECT coalesce(max(seq), 0) FROM case_changes");
    ASSERT_EQ(wake(now), QList<qint64>{caseId});
    Statement told(db, "SELECT case_id FROM case_changes WHERE seq > ?");
    told.bind(1, seen);
    QList<qint64> cases;
    while (told.step())
        cases.append(told.toInt(0));
    EXPECT_EQ(cases, QList<qint64>{caseId});
}

// Nothing is half-woken: the caller's transaction rolled back leaves every case snoozed.
TEST_F(SnoozeClockTest, WakingBelongsToTheCallersTransaction)
{
    const std::int64_t caseId = newCase(QStringLiteral("1"));
    snooze(caseId, now - minute);
    const std::int64_t before = version(caseId);
    {
        Transaction transaction(db);
        ASSERT_EQ(wakeDueCases(db, now), QList<qint64>{caseId});
    } // not committed
    EXPECT_EQ(status(caseId), QStringLiteral("snoozed"));
    EXPECT_EQ(version(caseId), before);
    EXPECT_EQ(wake(now), QList<qint64>{caseId});
}

// The window's session wakes due cases as soon as its feeds start, and says which changed.
TEST_F(SnoozeClockTest, TheSessionWakesDueCasesWhenItStarts)
{
    const std::int64_t due = newCase(QStringLiteral("1"));
    const std::int64_t later = newCase(QStringLiteral("2"));
    snooze(due, now - minute);
    snooze(later, now + 60 * minute);

    WorkspaceSession session(path);
    QSignalSpy changed(&session, &WorkspaceSession::casesChanged);
    QSignalSpy failed(&session, &WorkspaceSession::writeFailed);
    const auto told = [&] {
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            if (signal.at(0).value<QList<qint64>>().contains(due))
                return true;
        }
        return false;
    };
    ASSERT_FALSE(told());
    session.startFeeds();
    ASSERT_TRUE(QTest::qWaitFor(told, 5000)) << "casesChanged never named the due case";
    EXPECT_TRUE(failed.isEmpty());
    // Told after the wake committed: what any reader sees now is what the wake did.
    EXPECT_EQ(session.cases().caseById(due)->status, CaseStatus::Open);
    EXPECT_EQ(session.cases().caseById(later)->status, CaseStatus::Snoozed);
}
