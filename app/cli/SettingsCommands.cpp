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

namespace {

// A whole-number workspace setting: prints it, or its default when unset.
int showWholeNumber(const QString &workspace, const char *key, int fallback)
{
    try {
        Database db = Workspace::openForReading(workspace);
        out() << WorkspaceSettings::value(db, key, QString::number(fallback)) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

// Saves a whole number from 0 to `most`; `range` says so when `text` is not one, `saved`
// (with %1 for the number) what it now means.
int saveWholeNumber(const QString &workspace, const char *key, const QString &text, int most,
                    const QString &range, const QString &saved)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > most) {
        err() << range << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        WorkspaceSettings::save(db, key, QString::number(value));
        err() << saved.arg(value) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace

int showReopenWindow(const QString &workspace)
{
    return showWholeNumber(workspace, WorkspaceSettings::reopenWindowHours,
                           WorkspaceSettings::defaultReopenWindowHours);
}

int setReopenWindow(const QString &workspace, const QString &hours)
{
    return saveWholeNumber(
        workspace, WorkspaceSettings::reopenWindowHours, hours, 24 * 365,
        Tr::tr("The reopen window is a whole number of hours from 0 to 8760."),
        Tr::tr("A customer writing within %1 hours of a resolution now reopens the case."));
}

int showJoinWindow(const QString &workspace)
{
    return showWholeNumber(workspace, WorkspaceSettings::joinWindowMinutes,
                           WorkspaceSettings::defaultJoinWindowMinutes);
}

int setJoinWindow(const QString &workspace, const QString &minutes)
{
    return saveWholeNumber(
        workspace, WorkspaceSettings::joinWindowMinutes, minutes, 24 * 60,
        Tr::tr("The join window is a whole number of minutes from 0 (never) to 1440."),
        Tr::tr("A person's new post within %1 minutes of their open case's last activity now "
               "joins that case (0: never)."));
}

} // namespace earshot::cli
