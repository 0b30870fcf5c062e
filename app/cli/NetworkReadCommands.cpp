// SPDX-License-Identifier: Apache-2.0
#include "NetworkReadCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "Error.h"
#include "Tr.h"
#include "session/SessionAccounts.h"
#include "session/WorkspaceSession.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QEventLoop>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace earshot::cli {

namespace {

std::optional<std::int64_t> idFrom(QString text)
{
    if (text.startsWith(u'#'))
        text = text.mid(1);
    bool isNumber = false;
    const std::int64_t id = text.toLongLong(&isNumber);
    return isNumber && id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

// Opens the session, waits for its accounts, runs `ask` and waits for its answer.
int runRead(const QString &workspace, bool json, const std::function<void(WorkspaceSession &)> &ask)
{
    try {
        if (!Workspace::exists(workspace))
            return failWith(Tr::tr("%1 does not exist.").arg(workspace));
        WorkspaceSession session(workspace);
        if (!session.accounts()->isReady()) {
            QEventLoop loop;
            QObject::connect(session.accounts(), &SessionAccounts::ready, &loop, &QEventLoop::quit);
            loop.exec();
        }
        std::optional<NetworkReadOutcome> outcome;
        QEventLoop loop;
        QObject::connect(&session, &WorkspaceSession::networkReadDone, &loop,
                         [&](const NetworkReadOutcome &o) {
                             outcome = o;
                             loop.quit();
                         });
        ask(session);
        if (!outcome)
            loop.exec();
        if (!outcome->ok)
            return failWith(outcome->error);
        if (json) {
            nlohmann::json j{{"new_posts", outcome->newPosts},
                             {"known_posts", outcome->knownPosts},
                             {"edited", outcome->edited},
                             {"deleted", outcome->deleted},
                             {"profiles", outcome->profiles}};
            if (outcome->caseId)
                j["case"] = outcome->caseId;
            if (outcome->personId)
                j["person"] = outcome->personId;
            out() << QString::fromStdString(j.dump()) << Qt::endl;
        } else if (outcome->kind == NetworkReadOutcome::Kind::Conversation) {
            out() << Tr::tr("Case #%1: %2 new posts, %3 already known, %4 edited, %5 deleted.")
                         .arg(outcome->caseId)
                         .arg(outcome->newPosts)
                         .arg(outcome->knownPosts)
                         .arg(outcome->edited)
                         .arg(outcome->deleted)
                  << Qt::endl;
        } else {
            out() << (outcome->profiles > 0
                          ? Tr::tr("Person %1: profile read.").arg(outcome->personId)
                          : Tr::tr("Person %1: the network gave no profile Earshot could store.")
                                .arg(outcome->personId))
                  << Qt::endl;
        }
        return Ok;
    } catch (const Error &e) {
        return failWith(e.message());
    }
}

} // namespace

int loadConversation(const QString &workspace, const QString &caseText, bool json)
{
    const auto caseId = idFrom(caseText);
    if (!caseId) {
        err() << Tr::tr("\"%1\" is not a case number.").arg(caseText) << Qt::endl;
        return Usage;
    }
    return runRead(workspace, json,
                   [id = *caseId](WorkspaceSession &s) { s.loadConversation(id); });
}

int refreshProfile(const QString &workspace, const QString &personText, bool json)
{
    const auto personId = idFrom(personText);
    if (!personId) {
        err() << Tr::tr("\"%1\" is not a person's id.").arg(personText) << Qt::endl;
        return Usage;
    }
    return runRead(workspace, json,
                   [id = *personId](WorkspaceSession &s) { s.refreshProfile(id); });
}

} // namespace earshot::cli
