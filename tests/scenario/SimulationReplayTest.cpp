// SPDX-License-Identifier: Apache-2.0
// A training run is replayable: on one clock, one seed makes the Simulation platform deliver the
// same mentions at the same times and its customers answer the same replies with the same words.
#include "SimulationAccess.h"
#include "TestSupport.h"

#include "clock/ManualClock.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <tuple>
#include <vector>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t start = ManualClock::defaultStartMs;

// What arrived: the mention's id, its time as stored, and its text.
using Arrivals = std::vector<std::tuple<QString, std::int64_t, QString>>;

Arrivals stored(const QString &path, const char *idPattern)
{
    Database db = Workspace::openForReading(path);
    Statement s(db, "SELECT platform_id, created_at, text FROM mentions "
                    "WHERE platform_id LIKE ? ORDER BY id");
    s.bind(1, QString::fromLatin1(idPattern));
    Arrivals arrivals;
    while (s.step())
        arrivals.emplace_back(s.toString(0), s.toInt(1), s.toString(2));
    return arrivals;
}

// The small scenario, with customers who answer in several ways.
QString talkativeScenario(const TempFolder &folder)
{
    QFile file(dataFile(u"small.scenario.json"_s));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject live = scenario.value("live"_L1).toObject();
    live.insert("answers"_L1, QJsonArray{u"Thanks, that fixed it."_s, u"Still not working."_s,
                                         u"Who do I talk to about a refund?"_s, u"Cheers!"_s});
    scenario.insert("live"_L1, live);
    return writeFile(folder, u"talkative.scenario.json"_s, QJsonDocument(scenario).toJson());
}

QString demo(const TempFolder &folder, const std::shared_ptr<Clock> &clock)
{
    const QString path = folder.path(u"demo.earshot"_s);
    DemoWorkspace::create(path, talkativeScenario(folder), start, clock);
    return path;
}

// Twenty seconds of the live feed on a manual clock, as delivered (clock time, id) and as stored.
std::pair<Arrivals, Arrivals> feedRun(std::uint64_t seed)
{
    TempFolder folder;
    auto clock = std::make_shared<ManualClock>(start);
    const QString path = demo(folder, clock);
    Arrivals delivered;
    {
        WorkspaceSession session(path, {}, TimeAndChance{clock, seed});
        EXPECT_EQ(session.clock(), clock);
        EXPECT_EQ(session.seed(), seed);
        QObject::connect(
            simulationFeed(session), &SimulationFeed::delivered, simulationFeed(session),
            [&](const QString &id) { delivered.emplace_back(id, clock->nowMs(), QString()); });
        session.startFeeds();
        clock->advanceBy(20s);
    } // closing writes what was delivered
    Arrivals arrived = stored(path, "17900000000000001%");
    for (auto &arrival : arrived)
        std::get<2>(arrival).clear();
    return {delivered, arrived};
}

// Every open case gets three replies; the customers answer some of them.
Arrivals answersRun(std::uint64_t seed)
{
    TempFolder folder;
    auto clock = std::make_shared<ManualClock>(start);
    const QString path = demo(folder, clock);
    {
        WorkspaceSession session(path, {}, TimeAndChance{clock, seed});
        simulationReplies(session)->setAnswerChance(0.5);
        std::vector<std::pair<std::int64_t, std::int64_t>> cases; // id, version
        Database reader = Workspace::openForReading(path);
        Statement open(reader,
                       "SELECT id, version FROM cases WHERE status <> 'resolved' ORDER BY id");
        while (open.step())
            cases.emplace_back(open.toInt(0), open.toInt(1));
        EXPECT_GE(cases.size(), 3u);
        QSignalSpy done(&session, &WorkspaceSession::commandDone);
        int asked = 0;
        for (const auto &[caseId, version] : cases) {
            for (int i = 0; i < 3; ++i) {
                CaseCommand reply;
                reply.kind = CaseCommand::Kind::Reply;
                reply.caseId = caseId;
                reply.seenVersion = version;
                reply.text = u"Sorry about that, we are looking into it (%1)."_s.arg(i);
                session.execute(reply);
                ++asked;
            }
        }
        EXPECT_TRUE(QTest::qWaitFor([&] { return done.count() == asked; }, 10'000));
        for (const QList<QVariant> &outcome : done)
            EXPECT_TRUE(outcome.first().value<CommandOutcome>().ok)
                << outcome.first().value<CommandOutcome>().error.toStdString();

        // Sending what waits happens at once; the answers come 12 s of the clock later.
        QSignalSpy sent(session.connectors(), &ConnectorHost::casesChanged);
        session.startFeeds();
        simulationFeed(session)->stop();
        EXPECT_TRUE(sent.wait(10'000));
        clock->advanceBy(1min);
    } // closing writes the answers
    return stored(path, "sim-answer-%");
}

} // namespace

TEST(SimulationReplay, OneSeedOnOneClockDeliversTheSameMentionsAtTheSameTimes)
{
    const auto [delivered, arrived] = feedRun(7);
    // At 1-2 s apart, twenty seconds bring ten to twenty mentions, stamped with the clock's time
    // of their delivery.
    EXPECT_GE(delivered.size(), 10u);
    EXPECT_LE(delivered.size(), 20u);
    EXPECT_EQ(arrived, delivered);
    for (std::size_t i = 1; i < delivered.size(); ++i) {
        const std::int64_t gap = std::get<1>(delivered[i]) - std::get<1>(delivered[i - 1]);
        EXPECT_GE(gap, 1000);
        EXPECT_LE(gap, 2000);
    }

    EXPECT_EQ(feedRun(7).first, delivered);
    EXPECT_NE(feedRun(8).first, delivered);
}

TEST(SimulationReplay, OneSeedMakesTheSameCustomersAnswerWithTheSameWords)
{
    const Arrivals answers = answersRun(11);
    // Answered: some of the replies (a chance of one in two), each 12 s after it was sent.
    EXPECT_FALSE(answers.empty());
    for (const auto &[id, at, text] : answers)
        EXPECT_EQ(at, start + 12'000) << id.toStdString();

    EXPECT_EQ(answersRun(11), answers);
    EXPECT_NE(answersRun(12), answers);
}
