// SPDX-License-Identifier: Apache-2.0
#include "CaseRiskCommand.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "cases/CaseCommands.h"
#include "listening/Reading.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int clearCaseRisk(const QString &workspace, const QString &caseText, const QString &risk)
{
    QString number = caseText;
    if (number.startsWith(u'#'))
        number = number.mid(1);
    bool isNumber = false;
    const std::int64_t caseId = number.toLongLong(&isNumber);
    if (!isNumber || caseId <= 0) {
        err() << Tr::tr("\"%1\" is not a case number.").arg(caseText) << Qt::endl;
        return Usage;
    }
    if (!riskFromKey(risk)) {
        err() << Tr::tr("\"%1\" is not a risk (legal, churn, safety, purchase, press, staff-abuse, "
                        "scam).")
                     .arg(risk)
              << Qt::endl;
        return Usage;
    }
    try {
        if (!Workspace::exists(workspace))
            return failWith(Tr::tr("%1 does not exist.").arg(workspace));
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        CaseCommand command;
        command.kind = CaseCommand::Kind::Correct;
        command.caseId = caseId;
        command.field = QStringLiteral("risk");
        command.value = risk;
        const CommandOutcome outcome = CaseCommands(db).execute(command);
        if (!outcome.ok)
            return failWith(outcome.error);
        out() << Tr::tr("Case #%1 carries no %2 risk now.").arg(caseId).arg(risk) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
