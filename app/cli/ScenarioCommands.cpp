// SPDX-License-Identifier: Apache-2.0
#include "ScenarioCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "StopSignals.h"
#include "clock/SimulatedClock.h"
#include "platforms/simulation/ScenarioReader.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "training/TrainingRun.h"
#include "training/TrainingScore.h"
#include "training/TrainingWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int validateScenario(const QString &file)
{
    try {
        const Scenario scenario = ScenarioReader::readFile(file);
        if (scenario.training) {
            out() << Tr::tr("%1 is a valid training scenario (version 2): %2 injects, %3 "
                            "branches, %4 objectives.")
                         .arg(QDir::toNativeSeparators(file))
                         .arg(scenario.training->injects.size())
                         .arg(scenario.training->branches.size())
                         .arg(scenario.training->objectives.size())
                  << Qt::endl;
        } else {
            out()
                << Tr::tr("%1 is a valid scenario (version 1).").arg(QDir::toNativeSeparators(file))
                << Qt::endl;
        }
        return Ok;
    } catch (const ScenarioError &e) {
        return failWith(e.message());
    }
}

int runScenario(const QString &file, const QString &workspace, const QString &speedText,
                const QString &repliesFile)
{
    bool speedOk = false;
    const double speed = speedText.isEmpty() ? 1.0 : speedText.toDouble(&speedOk);
    if ((!speedText.isEmpty() && !speedOk) || speed < 1 || speed > 60) {
        err() << Tr::tr("--speed needs a number from 1 to 60.") << Qt::endl;
        return Usage;
    }
    try {
        Scenario scenario = ScenarioReader::readFile(file);
        if (!scenario.training)
            return failWith(Tr::tr("%1 is a scenario of version 1; a training run needs version "
                                   "2.")
                                .arg(file));
        ScriptedTrainee trainee;
        if (!repliesFile.isEmpty())
            trainee = ScriptedTrainee::readFile(repliesFile);
        auto clock = std::make_shared<SimulatedClock>(systemClock()->nowMs(), speed);
        TrainingWorkspace::createFresh(workspace, file, clock);
        TrainingRun run(std::move(scenario), workspace, clock);
        run.setScriptedTrainee(std::move(trainee));
        QEventLoop loop;
        QString failure;
        int injects = 0;
        int noise = 0;
        QObject::connect(&run, &TrainingRun::finished, &loop, &QEventLoop::quit);
        QObject::connect(&run, &TrainingRun::failed, &loop, [&](const QString &message) {
            failure = message;
            loop.quit();
        });
        QObject::connect(&run, &TrainingRun::injectPosted, &loop,
                         [&injects](const QString &, std::int64_t) { ++injects; });
        QObject::connect(&run, &TrainingRun::noisePosted, &loop,
                         [&noise](int count) { noise += count; });
        StopSignals stop;
        bool stopped = false;
        QObject::connect(&stop, &StopSignals::stopRequested, &loop, [&] {
            stopped = true;
            run.stop();
            loop.quit();
        });
        out() << Tr::tr("Running %1 at %2x into %3 ...")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(speed)
                     .arg(QDir::toNativeSeparators(workspace))
              << Qt::endl;
        run.start();
        loop.exec();
        if (!failure.isEmpty())
            return failWith(failure);
        out() << (stopped ? Tr::tr("Stopped: %1 injects and %2 other posts so far.")
                          : Tr::tr("Finished: %1 injects and %2 other posts."))
                     .arg(injects)
                     .arg(noise)
              << Qt::endl;
        return stopped ? Failed : Ok;
    } catch (const Error &e) {
        return failWith(e.message());
    }
}

int scoreScenario(const QString &workspace, const QString &format)
{
    const QString chosen = format.isEmpty() ? u"json"_s : format;
    if (chosen != u"json" && chosen != u"csv") {
        err() << Tr::tr("--format: scores are written as json or csv.") << Qt::endl;
        return Usage;
    }
    try {
        if (!TrainingWorkspace::isTraining(workspace))
            return failWith(
                Tr::tr("%1 is not a training workspace.").arg(QDir::toNativeSeparators(workspace)));
        Database db = Workspace::openForReading(workspace);
        const QString scenarioPath =
            WorkspaceSettings::value(db, WorkspaceSettings::scenarioResource);
        const Scenario scenario = ScenarioReader::readFile(scenarioPath);
        const TrainingReport report = scoreTraining(db, scenario);
        const QByteArray text =
            chosen == u"csv" ? trainingReportCsv(report) : trainingReportJson(report);
        out() << QString::fromUtf8(text);
        out().flush();
        return Ok;
    } catch (const Error &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
