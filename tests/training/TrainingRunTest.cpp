// SPDX-License-Identifier: Apache-2.0
// Training runs on a fake clock: injects at their times at every speed, branches chosen by what
// the trainee did (one test per kind of condition), the scores of a scripted run worked out by
// hand, and the same seed giving the same run.
#include "TestSupport.h"

#include "clock/ManualClock.h"
#include "clock/SimulatedClock.h"
#include "platforms/simulation/ScenarioReader.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "training/TraineeActions.h"
#include "training/TrainingRun.h"
#include "training/TrainingScore.h"
#include "training/TrainingWorkspace.h"

#include <QFile>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t startMs = ManualClock::defaultStartMs;

QByteArray trainingScenario()
{
    QFile file(dataFile(QStringLiteral("training.scenario.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A training workspace played by a run of `scenario` on a manual clock (or a simulated one on it).
class Played {
public:
    explicit Played(const QByteArray &scenario, double speed = 0)
        : base(std::make_shared<ManualClock>(startMs))
    {
        scenarioPath = writeFile(folder, QStringLiteral("s.scenario.json"), scenario);
        path = folder.path(QStringLiteral("training.earshot"));
        if (speed > 0)
            clock = std::make_shared<SimulatedClock>(startMs, speed, base);
        else
            clock = base;
        TrainingWorkspace::createFresh(path, scenarioPath, clock);
        run = std::make_unique<TrainingRun>(ScenarioReader::readFile(scenarioPath), path, clock);
    }

    void playWith(std::vector<TraineeAction> actions)
    {
        run->setScriptedTrainee(ScriptedTrainee{std::move(actions)});
        run->start();
        base->advanceBy(31min);
    }

    bool posted(const char *mentionId)
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT 1 FROM mentions WHERE platform_id = ?");
        s.bind(1, QString::fromLatin1(mentionId));
        return s.step();
    }

    std::int64_t postedAt(const char *mentionId)
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT created_at FROM mentions WHERE platform_id = ?");
        s.bind(1, QString::fromLatin1(mentionId));
        return s.step() ? s.toInt(0) : -1;
    }

    // Everything the run wrote, in order: what a replay must give again.
    QStringList record()
    {
        QStringList out;
        Database db = Workspace::openForReading(path);
        Statement m(db, "SELECT platform_id, created_at, text FROM mentions ORDER BY id");
        while (m.step())
            out.append(m.toString(0) + u' ' + QString::number(m.toInt(1)) + u' ' + m.toString(2));
        Statement e(db, "SELECT type, actor, at FROM case_events ORDER BY id");
        while (e.step())
            out.append(e.toString(0) + u' ' + e.toString(1) + u' ' + QString::number(e.toInt(2)));
        return out;
    }

    TempFolder folder;
    QString scenarioPath;
    QString path;
    std::shared_ptr<ManualClock> base;
    std::shared_ptr<Clock> clock;
    std::unique_ptr<TrainingRun> run;
};

TraineeAction act(const char *inject, std::int64_t afterSeconds, const char *reply,
                  bool isPrivate = false)
{
    TraineeAction a;
    a.inject = QString::fromLatin1(inject);
    a.afterSeconds = afterSeconds;
    a.agent = QStringLiteral("a-mira");
    a.reply = QString::fromUtf8(reply);
    a.isPrivate = isPrivate;
    return a;
}

// The scenario with the branch after anna-1 on `condition` alone; which of its two injects
// the run posted when the trainee did `actions`.
QString branchChose(const char *condition, std::vector<TraineeAction> actions)
{
    QByteArray data = trainingScenario();
    const char *original = "{\"replied_within_minutes\": 5, \"shows_empathy\": true}";
    EXPECT_TRUE(data.contains(original));
    data.replace(original, condition);
    Played run(data);
    run.playWith(std::move(actions));
    const bool thanks = run.posted("anna-thanks");
    const bool angry = run.posted("anna-angry");
    EXPECT_NE(thanks, angry) << "exactly one of the branch's injects";
    return thanks ? QStringLiteral("thanks") : angry ? QStringLiteral("angry") : QString();
}

} // namespace

TEST(TrainingRun, PostsInjectsAtTheirTimesAtEverySpeed)
{
    for (const double speed : {1.0, 10.0, 60.0}) {
        Played run(trainingScenario(), speed);
        run.run->start();
        // 90 s of scenario time: anna-1 (at 60 s) is out, ben-1 (at 120 s) not yet.
        run.base->advanceBy(std::chrono::milliseconds(std::int64_t(90'000 / speed)));
        EXPECT_EQ(run.postedAt("anna-1"), startMs + 60'000) << speed;
        EXPECT_FALSE(run.posted("ben-1")) << speed;
        run.base->advanceBy(std::chrono::milliseconds(std::int64_t(60'000 / speed)));
        EXPECT_EQ(run.postedAt("ben-1"), startMs + 120'000) << speed;
    }
}

TEST(TrainingRun, PauseHoldsTheScriptAndResumeGoesOn)
{
    Played run(trainingScenario(), 60);
    auto *clock = static_cast<SimulatedClock *>(run.clock.get());
    run.run->start();
    clock->pause();
    run.base->advanceBy(10min);
    EXPECT_FALSE(run.posted("anna-1"));
    clock->resume();
    run.base->advanceBy(2s); // 120 s of scenario time
    EXPECT_EQ(run.postedAt("anna-1"), startMs + 60'000);
    EXPECT_EQ(run.postedAt("ben-1"), startMs + 120'000);
}

TEST(TrainingRun, EndsAfterTheScenarioDuration)
{
    Played run(trainingScenario());
    bool finished = false;
    QObject::connect(run.run.get(), &TrainingRun::finished, [&finished] { finished = true; });
    run.run->start();
    run.base->advanceBy(29min);
    EXPECT_FALSE(finished);
    run.base->advanceBy(1min);
    EXPECT_TRUE(finished);
    EXPECT_FALSE(run.run->isRunning());
}

TEST(TrainingRun, BranchOnRepliedWithinMinutes)
{
    const char *c = "{\"replied_within_minutes\": 5}";
    EXPECT_EQ(branchChose(c, {act("anna-1", 120, "On it")}), QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(c, {act("anna-1", 400, "On it")}), QStringLiteral("angry"));
    EXPECT_EQ(branchChose(c, {}), QStringLiteral("angry"));
}

TEST(TrainingRun, BranchOnPublicOrPrivateReply)
{
    const char *c = "{\"replied_in\": \"private\"}";
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "We will look", true)}), QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "We will look", false)}), QStringLiteral("angry"));
}

TEST(TrainingRun, BranchOnWordsTheReplyContainsOrLacks)
{
    const char *contains = "{\"reply_contains\": [\"refund\"]}";
    EXPECT_EQ(branchChose(contains, {act("anna-1", 60, "We will REFUND it")}),
              QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(contains, {act("anna-1", 60, "We will look")}), QStringLiteral("angry"));
    const char *lacks = "{\"reply_lacks\": [\"policy\"]}";
    EXPECT_EQ(branchChose(lacks, {act("anna-1", 60, "We will look")}), QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(lacks, {act("anna-1", 60, "Our policy says no")}),
              QStringLiteral("angry"));
}

TEST(TrainingRun, BranchOnEmpathy)
{
    const char *c = "{\"shows_empathy\": true}";
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "So sorry to hear that")}),
              QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "Noted.")}), QStringLiteral("angry"));
}

TEST(TrainingRun, BranchOnAskingForDetailsInPrivate)
{
    const char *c = "{\"asked_details_in_private\": true}";
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "Which card was charged?", true)}),
              QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "We will check.", true)}), QStringLiteral("angry"));
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "Which card was charged?", false)}),
              QStringLiteral("angry"));
}

TEST(TrainingRun, BranchOnEscalationToATeamOrALead)
{
    TraineeAction toBilling = act("anna-1", 60, "Passing this on");
    toBilling.escalateTo = QStringLiteral("billing");
    TraineeAction toLead = act("anna-1", 60, "Passing this on");
    toLead.escalateTo = QStringLiteral("l-ines");
    const char *team = "{\"escalated_to\": \"billing\"}";
    EXPECT_EQ(branchChose(team, {toBilling}), QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(team, {toLead}), QStringLiteral("angry"));
    const char *lead = "{\"escalated_to\": \"l-ines\"}";
    EXPECT_EQ(branchChose(lead, {toLead}), QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(lead, {toBilling}), QStringLiteral("angry"));
}

TEST(TrainingRun, BranchOnResolved)
{
    TraineeAction resolved = act("anna-1", 60, "Refunded, all done");
    resolved.resolve = true;
    const char *c = "{\"resolved\": true}";
    EXPECT_EQ(branchChose(c, {resolved}), QStringLiteral("thanks"));
    EXPECT_EQ(branchChose(c, {act("anna-1", 60, "Refunded, all done")}), QStringLiteral("angry"));
}

TEST(TrainingRun, SameSeedSameRunAnotherSeedOtherNoise)
{
    const auto actions =
        ScriptedTrainee::readFile(dataFile(QStringLiteral("training.replies.json")));
    Played first(trainingScenario());
    first.playWith(actions.actions);
    Played second(trainingScenario());
    second.playWith(actions.actions);
    const QStringList record = first.record();
    EXPECT_GT(record.size(), 20);
    EXPECT_EQ(record, second.record());

    QByteArray reseeded = trainingScenario();
    reseeded.replace("\"seed\": 7,", "\"seed\": 8,");
    Played third(reseeded);
    third.playWith(actions.actions);
    EXPECT_NE(record, third.record());
}

TEST(TrainingRun, SurgeMultipliesTheNoise)
{
    QByteArray data = trainingScenario();
    data.replace("\"per_minute\": 0.5", "\"per_minute\": 2");
    int calm = 0;
    int surged = 0;
    {
        Played run(data);
        QObject::connect(run.run.get(), &TrainingRun::noisePosted, [&calm](int n) { calm += n; });
        run.playWith({});
    }
    {
        Played run(data);
        QObject::connect(run.run.get(), &TrainingRun::noisePosted,
                         [&surged](int n) { surged += n; });
        run.run->setSurge(true);
        run.playWith({});
    }
    // 2 a minute for 30 minutes, and four times that in a surge.
    EXPECT_EQ(calm, 60);
    EXPECT_EQ(surged, 240);
}

// The scripted trainee of tests/data/training.replies.json, scored by hand:
// anna-1 (posted at 60 s): a-mira replies at 180 s (120 s, within 5 min) with "Sorry" (tone
//   met), tags it billing (the right escalation); the branch at 660 s posts anna-thanks (calmed).
// ben-1 (120 s): a-tom replies in public at 180 s (60 s) with an account number (personal data in
//   public; public where it had to go private), then in private at 240 s.
// cleo-1 (300 s): a-mira replies at 1200 s (900 s: missed, the objective gave 10 min) with
//   "calm down" (a forbidden phrase; guideline warnings: the banned phrase and no empathy for an
//   abusive customer, 2), and assigns it to the lead l-ines (an escalation nobody asked for).
TEST(TrainingScore, ScoresAScriptedRunAsWorkedOutByHand)
{
    Played run(trainingScenario());
    run.playWith(
        ScriptedTrainee::readFile(dataFile(QStringLiteral("training.replies.json"))).actions);
    Database db = Workspace::openForReading(run.path);
    const TrainingReport report = scoreTraining(db, ScenarioReader::readFile(run.scenarioPath));

    ASSERT_EQ(report.objectives.size(), 3u);
    const ObjectiveScore &anna = report.objectives[0];
    EXPECT_EQ(anna.trainee, QStringLiteral("a-mira"));
    EXPECT_EQ(anna.firstResponseSeconds, 120);
    EXPECT_FALSE(anna.missed);
    EXPECT_EQ(anna.escalation, EscalationResult::Right);
    EXPECT_TRUE(anna.toneMet);
    const ObjectiveScore &ben = report.objectives[1];
    EXPECT_EQ(ben.trainee, QStringLiteral("a-tom"));
    EXPECT_EQ(ben.firstResponseSeconds, 60);
    EXPECT_EQ(ben.publicWhenPrivate, 1);
    const ObjectiveScore &cleo = report.objectives[2];
    EXPECT_EQ(cleo.firstResponseSeconds, 900);
    EXPECT_TRUE(cleo.missed);
    EXPECT_EQ(cleo.escalation, EscalationResult::Wrong);
    EXPECT_EQ(cleo.escalatedTo, QStringLiteral("l-ines"));

    ASSERT_EQ(report.trainees.size(), 2u);
    const TraineeScore &mira = report.trainees[0];
    EXPECT_EQ(mira.trainee, QStringLiteral("a-mira"));
    EXPECT_EQ(mira.objectives, 2);
    EXPECT_EQ(mira.answered, 2);
    EXPECT_EQ(mira.missed, 1);
    EXPECT_EQ(mira.totalFirstResponseSeconds, 1020);
    EXPECT_EQ(mira.publicWhenPrivate, 0);
    EXPECT_EQ(mira.guidelineWarningsIgnored, 2);
    EXPECT_EQ(mira.forbiddenPhrases, 1);
    EXPECT_EQ(mira.personalDataInPublic, 0);
    EXPECT_EQ(mira.escalationsRight, 1);
    EXPECT_EQ(mira.escalationsWrong, 1);
    EXPECT_EQ(mira.escalationsMissing, 0);
    EXPECT_EQ(mira.toneRequired, 1);
    EXPECT_EQ(mira.toneMet, 1);
    EXPECT_EQ(mira.calmed, 1);
    EXPECT_EQ(mira.inflamed, 0);
    const TraineeScore &tom = report.trainees[1];
    EXPECT_EQ(tom.trainee, QStringLiteral("a-tom"));
    EXPECT_EQ(tom.objectives, 1);
    EXPECT_EQ(tom.missed, 0);
    EXPECT_EQ(tom.totalFirstResponseSeconds, 60);
    EXPECT_EQ(tom.publicWhenPrivate, 1);
    EXPECT_EQ(tom.personalDataInPublic, 1);
    EXPECT_EQ(tom.guidelineWarningsIgnored, 0);

    EXPECT_EQ(report.team.objectives, 3);
    EXPECT_EQ(report.team.missed, 1);
    EXPECT_EQ(report.team.totalFirstResponseSeconds, 1080);
    EXPECT_EQ(report.team.escalationsRight, 1);
    EXPECT_EQ(report.team.escalationsWrong, 1);

    ASSERT_EQ(report.branches.size(), 1u);
    EXPECT_EQ(report.branches[0].chosen, QStringLiteral("anna-thanks"));
    EXPECT_EQ(report.branches[0].mood, QStringLiteral("calmed"));
    EXPECT_EQ(report.branches[0].trainee, QStringLiteral("a-mira"));

    // The timeline starts with the first inject and has anna-thanks at 720 s (decided at
    // 660 s, posted a minute later).
    std::vector<TimelineEntry> injects;
    for (const TimelineEntry &t : report.timeline)
        if (t.kind == QStringLiteral("inject"))
            injects.push_back(t);
    ASSERT_EQ(injects.size(), 4u);
    EXPECT_EQ(injects[0].inject, QStringLiteral("anna-1"));
    EXPECT_EQ(injects[0].atSeconds, 60);
    EXPECT_EQ(injects[3].inject, QStringLiteral("anna-thanks"));
    EXPECT_EQ(injects[3].atSeconds, 720);
    EXPECT_GT(report.noise, 0);
}

TEST(TrainingWorkspace, ResetsATrainingWorkspaceButNeverAnotherOne)
{
    TempFolder folder;
    const QString scenario = dataFile(QStringLiteral("training.scenario.json"));
    const QString path = folder.path(QStringLiteral("t.earshot"));
    auto clock = std::make_shared<ManualClock>();
    TrainingWorkspace::createFresh(path, scenario, clock);
    EXPECT_TRUE(TrainingWorkspace::isTraining(path));
    {
        TrainingRun run(ScenarioReader::readFile(scenario), path, clock);
        run.start();
        clock->advanceBy(2min);
    }
    TrainingWorkspace::createFresh(path, scenario, clock); // made fresh: the run is gone
    {
        Database db = Workspace::openForReading(path);
        Statement s(db, "SELECT count(*) FROM mentions");
        ASSERT_TRUE(s.step());
        EXPECT_EQ(s.toInt(0), 0);
    }

    const QString other = folder.path(QStringLiteral("real.earshot"));
    {
        Database db = Workspace::openForWriting(other);
    }
    EXPECT_THROW(TrainingWorkspace::createFresh(other, scenario, clock), StoreError);
    EXPECT_TRUE(Workspace::exists(other));
}

TEST(TraineeActions, PersonalDataIsAnAddressOrANumberNotAHandle)
{
    EXPECT_TRUE(containsPersonalData(QStringLiteral("write to anna.k@mail.example.org")));
    EXPECT_TRUE(containsPersonalData(QStringLiteral("is your account 12345678?")));
    EXPECT_TRUE(containsPersonalData(QStringLiteral("IBAN DE12 5001 0517")));
    EXPECT_FALSE(containsPersonalData(QStringLiteral("@cleo@toot.example.org we are on it")));
    EXPECT_FALSE(containsPersonalData(QStringLiteral("back by 18:30, ticket 4711")));
}
