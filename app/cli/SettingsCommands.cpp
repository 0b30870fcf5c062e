// SPDX-License-Identifier: Apache-2.0
#include "SettingsCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "replies/WorkspaceGuidelines.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int showGuidelines(const QString &workspace)
{
    try {
        Database db = Workspace::openForReading(workspace);
        QString problem;
        const GuidelineSettings settings = loadGuidelines(db, &problem);
        if (!problem.isEmpty())
            err() << problem << Qt::endl;
        out() << QString::fromStdString(guidelineSettingsToJson(settings).dump(2)) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setGuidelines(const QString &workspace, const QString &file)
{
    const std::optional<nlohmann::json> parsed = readJsonFile(file);
    if (!parsed)
        return Failed;
    QString error;
    const std::optional<GuidelineSettings> settings = guidelineSettingsFromJson(*parsed, &error);
    if (!settings)
        return failWith(Tr::tr("%1: %2").arg(file, error));
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        saveGuidelines(db, *settings);
        err() << Tr::tr("Brand guidelines saved; consoles use them from their next start.")
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int showReopenWindow(const QString &workspace)
{
    try {
        Database db = Workspace::openForReading(workspace);
        out() << WorkspaceSettings::value(
            db, WorkspaceSettings::reopenWindowHours,
            QString::number(WorkspaceSettings::defaultReopenWindowHours))
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setReopenWindow(const QString &workspace, const QString &hours)
{
    bool ok = false;
    const int value = hours.toInt(&ok);
    if (!ok || value < 0 || value > 24 * 365) {
        err() << Tr::tr("The reopen window is a whole number of hours from 0 to 8760.") << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        WorkspaceSettings::save(db, WorkspaceSettings::reopenWindowHours, QString::number(value));
        err() << Tr::tr("A customer writing within %1 hours of a resolution now reopens the case.")
                     .arg(value)
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
