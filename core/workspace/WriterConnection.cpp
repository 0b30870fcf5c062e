// SPDX-License-Identifier: Apache-2.0
#include "workspace/WriterConnection.h"

#include "Tr.h"
#include "cases/CaseCommands.h"
#include "logging/LogCategories.h"
#include "store/Workspace.h"

namespace earshot {

WriterConnection::WriterConnection(QString workspacePath, std::shared_ptr<Clock> clock)
    : m_path(std::move(workspacePath))
    , m_clock(std::move(clock))
{}

WriterConnection::~WriterConnection() = default;

bool WriterConnection::ready(QString *error)
{
    if (!m_refusal.isEmpty()) {
        *error = m_refusal;
        return false;
    }
    if (m_db)
        return true;
    try {
        m_db =
            std::make_unique<Database>(Workspace::openForWriting(m_path, Workspace::Create::Never));
        m_db->setClock(m_clock);
        m_ingestor = std::make_unique<Ingestor>(*m_db);
        m_commands = std::make_unique<CaseCommands>(*m_db);
        return true;
    } catch (const StoreError &e) {
        m_commands.reset();
        m_ingestor.reset();
        m_db.reset();
        *error = e.message();
        logFailure("open", *error);
        return false;
    }
}

void WriterConnection::refuse(const QString &reason)
{
    qCWarning(lcWriter).noquote() << "Refusing every write to" << m_path << "from now:" << reason;
    m_refusal = reason;
    m_commands.reset();
    m_ingestor.reset();
    m_db.reset();
}

CommandOutcome WriterConnection::execute(const CaseCommand &command)
{
    QString error;
    if (!ready(&error)) {
        CommandOutcome outcome;
        outcome.requestId = command.requestId;
        outcome.kind = command.kind;
        outcome.caseId = command.caseId;
        outcome.error =
            error.isEmpty() ? Tr::tr("The workspace cannot be written to right now.") : error;
        return outcome;
    }
    CommandOutcome outcome = m_commands->execute(command);
    qCDebug(lcCases) << "Command" << int(command.kind) << "on case" << command.caseId
                     << (outcome.ok ? "done" : "refused");
    return outcome;
}

void WriterConnection::logFailure(const char *task, const QString &error)
{
    qCWarning(lcWriter).noquote() << "Writer task" << task << "not written:" << error;
}

} // namespace earshot
