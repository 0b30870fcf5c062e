// SPDX-License-Identifier: Apache-2.0
#include "training/TrainingWorkspace.h"

#include "Tr.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "platforms/simulation/ScenarioReader.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QFile>

namespace earshot {

using namespace Qt::StringLiterals;

bool TrainingWorkspace::isTraining(const QString &path)
{
    if (!Workspace::exists(path))
        return false;
    Database db = Workspace::openForReading(path);
    return WorkspaceSettings::value(db, WorkspaceSettings::kind) == QLatin1String(kind);
}

void TrainingWorkspace::createFresh(const QString &path, const QString &scenarioPath,
                                    std::shared_ptr<Clock> clock)
{
    const Scenario scenario = ScenarioReader::readFile(scenarioPath);
    if (!scenario.training)
        throw ScenarioError(Tr::tr("%1 is a scenario of version 1; a training run needs version 2.")
                                .arg(scenarioPath));
    if (Workspace::exists(path)) {
        if (!isTraining(path))
            throw StoreError(Tr::tr("%1 is not a training workspace; choose another file for "
                                    "the training sandbox.")
                                 .arg(path));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
                throw StoreError(
                    Tr::tr("Cannot reset the training workspace %1.").arg(path + suffix));
        }
    }
    const std::int64_t now = clock->nowMs();
    DemoWorkspace::create(path, scenarioPath, now, std::move(clock), QLatin1String(kind));
}

} // namespace earshot
