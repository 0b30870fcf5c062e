// SPDX-License-Identifier: Apache-2.0
#include "CaseCliCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "CommandTable.h"
#include "ConsoleOutput.h"
#include "cases/Agents.h"
#include "cases/CaseCommands.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSeen.h"
#include "cases/CaseStatus.h"
#include "cases/WaitingPoints.h"
#include "store/MentionQueries.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <optional>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::optional<std::int64_t> caseIdArgument(const QString &text)
{
    bool ok = false;
    const std::int64_t id = QString(text).remove(u'#').toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << Tr::tr("\"%1\" is not a case number (#1001, 1001).").arg(text) << Qt::endl;
        return std::nullopt;
    }
    return id;
}

AgentRow agentOf(Database &db, const CommandOptions &options)
{
    return ensureConsoleAgent(db, options.agent, QStringLiteral("earshot-cli"));
}

int runCommand(const CommandOptions &options, const QString &caseArgument, CaseCommand command)
{
    const auto caseId = caseIdArgument(caseArgument);
    if (!caseId)
        return Usage;
    try {
        Database db = Workspace::openForWriting(options.workspace, Workspace::Create::Never);
        const AgentRow agent = agentOf(db, options);
        command.caseId = *caseId;
        command.agentId = agent.id;
        // The command line reads the case as it is now: a colleague's change collides with
        // nothing, but a customer's message the agent has not seen does, unless --seen.
        CaseQueries cases(db, agent.id);
        const std::optional<CaseRow> row = cases.caseById(*caseId);
        if (!row)
            return failWith(Tr::tr("Case #%1 does not exist.").arg(*caseId));
        command.seenVersion = row->version;
        if (!options.seen)
            command.seenMentionId = row->seenMentionId;
        const CommandOutcome outcome = CaseCommands(db).execute(command);
        if (!outcome.ok) {
            QString message = outcome.error;
            if (outcome.unseenMessage)
                message += u' '
                           + Tr::tr("Read it with \"earshot-cli case show %1\", or give --seen.")
                                 .arg(*caseId);
            return failWith(message);
        }
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace

int showCase(const CommandOptions &options, const QString &caseArgument)
{
    const auto caseId = caseIdArgument(caseArgument);
    if (!caseId)
        return Usage;
    try {
        Database db = Workspace::openForWriting(options.workspace, Workspace::Create::Never);
        const AgentRow agent = agentOf(db, options);
        {
            Transaction transaction(db);
            refreshWaitingPoints(db, db.clock().nowMs());
            transaction.commit();
        }
        CaseQueries cases(db, agent.id);
        const std::optional<CaseRow> row = cases.caseById(*caseId);
        if (!row)
            return failWith(Tr::tr("Case #%1 does not exist.").arg(*caseId));
        out() << Tr::tr("Case #%1: %2, priority %3, %4")
                     .arg(row->id)
                     .arg(statusTitle(row->status))
                     .arg(row->priority)
                     .arg(row->assigned ? Tr::tr("assigned to %1").arg(row->assigneeName)
                                        : Tr::tr("unassigned"))
              << u'\n';
        for (const MentionRow &mention : MentionQueries(db).conversation(*caseId)) {
            if (mention.caseId != *caseId)
                continue;
            out() << (mention.id > row->seenMentionId ? QStringLiteral("* ") : QStringLiteral("  "))
                  << u'@' << mention.handle << u": " << mention.currentText().simplified() << u'\n';
        }
        out().flush();
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        markCaseSeen(db, agent.id, *caseId, row->newestMentionId, db.clock().nowMs());
        transaction.commit();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int resolveCase(const CommandOptions &options, const QString &caseArgument)
{
    CaseCommand resolve;
    resolve.kind = CaseCommand::Kind::SetStatus;
    resolve.status = CaseStatus::Resolved;
    return runCommand(options, caseArgument, resolve);
}

int replyToCase(const CommandOptions &options, const QString &caseArgument,
                const QStringList &words)
{
    CaseCommand reply;
    reply.kind = CaseCommand::Kind::Reply;
    reply.text = words.join(u' ');
    return runCommand(options, caseArgument, reply);
}

} // namespace earshot::cli
