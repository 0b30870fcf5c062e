// SPDX-License-Identifier: Apache-2.0
// What core writes down as "now" comes from the clock it was given, never the system's.
#include "SimulationAccess.h"
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "clock/ManualClock.h"
#include "ingest/Ingestor.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t start = ManualClock::defaultStartMs;

std::int64_t eventTime(Database &db, std::int64_t caseId, const char *type, const char *payload)
{
    Statement s(db, "SELECT at FROM case_events WHERE case_id = ? AND type = ? AND payload LIKE ? "
                    "ORDER BY version DESC LIMIT 1");
    s.bind(1, caseId).bind(2, QString::fromLatin1(type)).bind(3, QString::fromLatin1(payload));
    return s.step() ? s.toInt(0) : -1;
}

} // namespace

TEST(ClockStamp, ACaseCommandIsStampedWithItsConnectionsClock)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(u"w.earshot"_s));
    auto clock = std::make_shared<ManualClock>(start);
    db.setClock(clock);
    const std::int64_t caseId =
        Ingestor(db)
            .ingest({{makeMention(u"m1"_s, u"u1"_s, start - 60'000)}, {}, {}})
            .caseIds.front();
    db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
    EXPECT_EQ(db.queryInt("SELECT created_at FROM people"), start);

    clock->advanceBy(42min);
    CaseCommand note;
    note.kind = CaseCommand::Kind::AddNote;
    note.caseId = caseId;
    note.agentId = 1;
    note.seenVersion = db.queryInt("SELECT version FROM cases");
    note.text = u"Checked the account."_s;
    ASSERT_TRUE(CaseCommands(db).execute(note).ok);
    EXPECT_EQ(eventTime(db, caseId, "note", "%"), start + 42 * 60'000);
}

TEST(ClockStamp, SnoozedCasesWakeWhenTheSessionsClockPassesTheirTime)
{
    TempFolder folder;
    const QString path = folder.path(u"demo.earshot"_s);
    auto clock = std::make_shared<ManualClock>(start);
    DemoWorkspace::create(path, dataFile(u"small.scenario.json"_s), start, clock);
    WorkspaceSession session(path, {}, TimeAndChance{clock, 1});

    Database reader = Workspace::openForReading(path);
    Statement open(reader, "SELECT id, version FROM cases WHERE status IN ('new', "
                           "'open') ORDER BY id LIMIT 1");
    ASSERT_TRUE(open.step());
    const std::int64_t caseId = open.toInt(0);
    CaseCommand snooze;
    snooze.kind = CaseCommand::Kind::SetStatus;
    snooze.caseId = caseId;
    snooze.seenVersion = open.toInt(1);
    snooze.status = CaseStatus::Snoozed;
    snooze.snoozeUntilMs = start + 605'000; // ten minutes and five seconds from now
    QSignalSpy done(&session, &WorkspaceSession::commandDone);
    session.execute(snooze);
    ASSERT_TRUE(done.wait(10'000));
    ASSERT_TRUE(done.first().first().value<CommandOutcome>().ok);

    session.startFeeds();
    simulationFeed(session)->stop(); // no customer writes meanwhile (which would wake the case too)
    clock->advanceBy(11min);
    // The same tick keeps waiting points current, which tells of the case too: look at it.
    const auto woke = [&] {
        Database now = Workspace::openForReading(path);
        Statement status(now, "SELECT status FROM cases WHERE id = ?");
        status.bind(1, caseId);
        return status.step() && status.toString(0) == u"open";
    };
    ASSERT_TRUE(QTest::qWaitFor(woke, 10'000));

    Database db = Workspace::openForReading(path);
    // Snoozed at the clock's time, woken by the snooze clock's first look (every 30 s of the
    // clock) at or after the case's time: 630 s, not a moment of real time.
    EXPECT_EQ(eventTime(db, caseId, "status_changed", "%\"to\":\"snoozed\"%"), start);
    EXPECT_EQ(eventTime(db, caseId, "status_changed", "%snooze ended%"), start + 630'000);
    Statement status(db, "SELECT status FROM cases WHERE id = ?");
    status.bind(1, caseId);
    ASSERT_TRUE(status.step());
    EXPECT_EQ(status.toString(0), u"open"_s);
}
