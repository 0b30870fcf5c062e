// SPDX-License-Identifier: Apache-2.0
// The sandbox: a session on a training workspace asks nothing of any network (its network loop
// refuses every request before a socket is opened, to this computer too), and the command line
// validates, runs and scores a scenario end to end.
#include "AnswerCatcher.h"
#include "FixtureServer.h"
#include "TestSupport.h"

#include "clock/ManualClock.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/NetworkLoop.h"
#include "session/WorkspaceSession.h"
#include "training/TrainingWorkspace.h"

#include <QFile>

#include <nlohmann/json.hpp>

using namespace earshot;
using namespace earshot::test;

TEST(TrainingSandbox, ASessionOnATrainingWorkspaceRefusesEveryRequest)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.earshot"));
    TrainingWorkspace::createFresh(path, dataFile(QStringLiteral("training.scenario.json")),
                                   std::make_shared<ManualClock>());
    FixtureServer server;
    server.routes().Get("/api/v1/statuses", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.set_content("[]", "application/json");
    });
    server.start();

    WorkspaceSession session(path);
    ASSERT_NE(session.network(), nullptr);
    for (const QUrl &url : {server.url(QStringLiteral("/api/v1/statuses")),
                            QUrl(QStringLiteral("https://example.invalid/api/v1/statuses"))}) {
        AnswerCatcher<HttpResult> catcher;
        session.network()->submit(HttpRequest::get(url), catcher.context(), catcher.callback());
        ASSERT_TRUE(catcher.wait());
        EXPECT_EQ(catcher.answer().error, NetError::Refused) << url.toString().toStdString();
        EXPECT_EQ(catcher.answer().attempts, 0);
    }
    EXPECT_EQ(server.hits(), 0);
}

TEST(TrainingCli, ValidateListsEveryProblem)
{
    TempFolder folder;
    QFile file(dataFile(QStringLiteral("training.scenario.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    data.replace("\"inject\": \"cleo-1\"", "\"inject\": \"nobody\"");
    data.replace("\"persona\": \"p-ben\"", "\"persona\": \"p-zed\"");
    const QString broken = writeFile(folder, QStringLiteral("broken.json"), data);

    const ProcessResult ok = runCli({QStringLiteral("scenario"), QStringLiteral("validate"),
                                     dataFile(QStringLiteral("training.scenario.json"))});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("5 injects, 1 branches, 3 objectives")))
        << ok.out.toStdString();

    const ProcessResult bad =
        runCli({QStringLiteral("scenario"), QStringLiteral("validate"), broken});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("broken.json:32: injects[1].persona: \"p-zed\"")))
        << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("objectives[2].inject: \"nobody\"")))
        << bad.err.toStdString();
}

// Two minutes of scenario at 60 times: two seconds. The scripted trainee answers anna-1.
TEST(TrainingCli, RunsHeadlessWithAScriptedTraineeAndScores)
{
    TempFolder folder;
    QFile file(dataFile(QStringLiteral("training.scenario.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    data.replace("\"duration_minutes\": 30", "\"duration_minutes\": 2");
    const QString scenario = writeFile(folder, QStringLiteral("short.scenario.json"), data);
    const QString replies = writeFile(folder, QStringLiteral("r.json"), R"({"actions": [
        {"inject": "anna-1", "after_seconds": 30, "agent": "a-mira",
         "reply": "Sorry, Anna, looking into it"}]})");
    const QString workspace = folder.path(QStringLiteral("t.earshot"));

    const ProcessResult run =
        runCli({QStringLiteral("scenario"), QStringLiteral("run"), scenario,
                QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--workspace"),
                workspace, QStringLiteral("--replies"), replies});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Finished:"))) << run.out.toStdString();

    const ProcessResult json =
        runCli({QStringLiteral("scenario"), QStringLiteral("score"), QStringLiteral("--workspace"),
                workspace, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const auto parsed = nlohmann::json::parse(json.out.toStdString());
    ASSERT_EQ(parsed["trainees"].size(), 1u);
    EXPECT_EQ(parsed["trainees"][0]["trainee"], "a-mira");
    EXPECT_EQ(parsed["trainees"][0]["answered"], 1);
    EXPECT_EQ(parsed["objectives"][0]["inject"], "anna-1");
    EXPECT_EQ(parsed["objectives"][0]["tone_met"], true);

    const ProcessResult csv =
        runCli({QStringLiteral("scenario"), QStringLiteral("score"), QStringLiteral("--workspace"),
                workspace, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("trainee,objectives,answered,missed,")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral("\na-mira,")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral("\nteam,")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral("at_seconds,kind,who,inject,detail")));

    // A real workspace is never taken for a sandbox.
    const QString real = folder.path(QStringLiteral("real.earshot"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--workspace"), real}).exitCode, 0);
    const ProcessResult refused = runCli({QStringLiteral("scenario"), QStringLiteral("run"),
                                          scenario, QStringLiteral("--workspace"), real});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("is not a training workspace")));
}
