// SPDX-License-Identifier: Apache-2.0
#include "HealthCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceRecovery.h"

#include <QCoreApplication>
#include <QDir>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int checkWorkspace(const QString &workspace)
{
    try {
        // The raw file, not Workspace::openForReading: that one refuses a damaged file, and
        // here the damage is what a person wants to see.
        if (!Workspace::exists(workspace))
            return failWith(Tr::tr("Cannot check %1: there is no such file.").arg(workspace));
        Database db(workspace, Database::Access::ReadOnly);
        const QStringList problems = Workspace::integrityProblems(db, Workspace::Check::Full, 20);
        if (problems.isEmpty()) {
            out() << Tr::tr("Workspace %1 is intact.").arg(QDir::toNativeSeparators(workspace))
                  << Qt::endl;
            return Ok;
        }
        err() << Tr::tr("Workspace %1 is damaged:").arg(QDir::toNativeSeparators(workspace))
              << '\n';
        for (const QString &problem : problems)
            err() << u"  " << problem << '\n';
        err() << Tr::tr("Save what can be read into a new file: earshot-cli recover \"%1\" "
                        "NEW-FILE")
                     .arg(workspace)
              << Qt::endl;
        return Failed;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int recover(const QString &damaged, const QString &target)
{
    try {
        const RecoveryReport report = recoverWorkspace(damaged, target);
        out() << Tr::tr("Recovered %1 rows of %2 tables from %3 into %4.")
                     .arg(report.rowsCopied)
                     .arg(report.tablesCopied)
                     .arg(QDir::toNativeSeparators(damaged), QDir::toNativeSeparators(target))
              << '\n';
        for (const QString &lost : report.lost)
            out() << Tr::tr("Lost: %1").arg(lost) << '\n';
        for (const QString &problem : report.problemsInNewFile)
            err() << Tr::tr("The new file has a problem: %1").arg(problem) << '\n';
        out().flush();
        err().flush();
        return report.problemsInNewFile.isEmpty() ? Ok : Failed;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
