// SPDX-License-Identifier: Apache-2.0
#include "AppPaths.h"

#include "platforms/simulation/DemoWorkspace.h"
#include "settings/PrivateFiles.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace earshot {

using namespace Qt::StringLiterals;

QString AppPaths::defaultWorkspace()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    PrivateFiles::makeFolder(folder);
    return QDir(folder).filePath(u"demo.earshot"_s);
}

QString AppPaths::logFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    PrivateFiles::makeFolder(folder);
    QString logs = QDir(folder).filePath(u"logs"_s);
    PrivateFiles::makeFolder(logs);
    return logs;
}

QString AppPaths::secretFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(u"secrets"_s);
}

void AppPaths::ensureDemoWorkspace(const QString &path)
{
    if (!Workspace::exists(path))
        DemoWorkspace::create(path, DemoWorkspace::bundledScenario(),
                              QDateTime::currentMSecsSinceEpoch());
}

} // namespace earshot
