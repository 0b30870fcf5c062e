// SPDX-License-Identifier: Apache-2.0
#include "AccountCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "StopSignals.h"
#include "accounts/AccountSilence.h"
#include "accounts/Accounts.h"
#include "connectors/ConnectorHost.h"
#include "ingest/MentionJson.h"
#include "platforms/PlatformTraits.h"
#include "platforms/x/XSpend.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretStore.h"
#include "session/AccountSync.h"
#include "session/SessionAccounts.h"
#include "session/WorkspaceSession.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The token from EARSHOT_TOKEN, else standard input (its first line at a terminal, without
// echo; everything piped in otherwise), without the line end. Never from an argument: those are
// seen by every process on the machine and kept in shell histories.
QString readToken()
{
    QString fromEnvironment = qEnvironmentVariable("EARSHOT_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    std::string text;
    if (::isatty(STDIN_FILENO)) {
        err() << Tr::tr("Token or app password (not shown): ") << Qt::flush;
        termios before{};
        const bool terminal = ::tcgetattr(STDIN_FILENO, &before) == 0;
        if (terminal) {
            termios hidden = before;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        }
        std::getline(std::cin, text);
        if (terminal)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
        err() << Qt::endl;
    } else {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }
    return QString::fromStdString(text).trimmed();
}

QString when(std::int64_t ms)
{
    return ms > 0 ? formatRfc3339(ms) : u"-"_s;
}

// Waits, in a local event loop, until the session's accounts are opened.
void waitForAccounts(WorkspaceSession &session)
{
    SessionAccounts *accounts = session.accounts();
    if (accounts->isReady())
        return;
    QEventLoop loop;
    QObject::connect(accounts, &SessionAccounts::ready, &loop, &QEventLoop::quit);
    loop.exec();
}

// A token a connector renewed during the run (X after a browser sign-in) is on its way to the
// keychain: ending before it is kept would leave only the old one, which X no longer takes.
void waitForRenewedSecrets(SessionAccounts &accounts)
{
    if (!accounts.keepingSecrets())
        return;
    QEventLoop loop;
    QObject::connect(&accounts, &SessionAccounts::renewedSecretsKept, &loop, &QEventLoop::quit);
    loop.exec();
}

QString describe(const QString &platform, const QString &handle, std::int64_t id)
{
    return Tr::tr("account %1 (%2 @%3)").arg(id).arg(platformTitle(platform), handle);
}

// "AppView: through its PDS; chat service: did:web:api.bsky.chat#bsky_chat (Bluesky's)".
QString servicesLine(const AccountServices &services)
{
    const QString appView =
        services.appViewUrl.isEmpty()
            ? Tr::tr("through its PDS (Bluesky's, %1)").arg(Accounts::defaultBlueskyAppView())
            : services.appViewUrl;
    const QString chat = services.chatService.isEmpty()
                             ? Tr::tr("%1 (Bluesky's)").arg(Accounts::defaultBlueskyChatService())
                             : services.chatService;
    return Tr::tr("AppView: %1; chat service: %2").arg(appView, chat);
}

} // namespace

int addAccount(const QString &workspace, AccountRequest request)
{
    const bool secretInFile = request.secretPlace == SecretPlace::File;
    for (QString *given : {&request.services.appViewUrl, &request.services.chatService}) {
        if (*given == u"default")
            given->clear();
    }
    request = Accounts::normalized(request);
    if (const auto problem = Accounts::problemWith(request)) {
        err() << *problem << Qt::endl;
        return Usage;
    }
    const QString token = readToken();
    if (token.isEmpty()) {
        err() << Tr::tr("No token given: put it on standard input or in the environment "
                        "variable EARSHOT_TOKEN (never on the command line).")
              << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForWriting(workspace);
        if (const auto known = Accounts::find(db, request.platform, request.handle))
            return failWith(Tr::tr("The %1 account @%2 is connected already (account %3).")
                                .arg(platformTitle(request.platform), request.handle)
                                .arg(known->id));
        QString workspaceId = Accounts::workspaceId(db);
        if (workspaceId.isEmpty()) {
            Transaction transaction(db, Transaction::Durability::PersonWrote);
            workspaceId = Accounts::ensureWorkspaceId(db);
            transaction.commit();
        }
        SecretStore secrets;
        if (secretInFile && SecretStore::fileFolder().isEmpty())
            return failWith(Tr::tr("There is no data folder to keep the secret file in."));
        SecretResult written;
        const std::int64_t id =
            Accounts::addWithSecret(db, secrets, request, workspaceId, token,
                                    QDateTime::currentMSecsSinceEpoch(), &written);
        if (id == 0)
            return failWith(secretNotKept(written));
        const QString key = Accounts::secretKey(workspaceId, request.platform, request.handle);
        out() << Tr::tr("Added %1 at %2.")
                     .arg(describe(request.platform, request.handle, id), request.baseUrl)
              << '\n';
        if (request.platform == u"bluesky")
            out() << servicesLine(request.services) << '\n';
        if (secretInFile) {
            err() << Tr::tr("Warning: its token is in a file in plain text, readable by you "
                            "only: %1. Anyone who can read your files can use it.")
                         .arg(SecretFile(SecretStore::fileFolder()).pathOf(key))
                  << Qt::endl;
        } else {
            out() << Tr::tr("Its token is in the keychain, not in the workspace.") << '\n';
        }
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

namespace {

// What an X account cost so far, estimated at the workspace's prices (X is paid per use).
QString xSpendLine(Database &db, std::int64_t accountId)
{
    const XSpend spend = spendOf(db, accountId, QDateTime::currentMSecsSinceEpoch());
    const QString cap = spend.monthlyCapUsd ? formatUsd(*spend.monthlyCapUsd) : Tr::tr("none");
    const QString budget =
        spend.dailySearchBudgetUsd ? formatUsd(*spend.dailySearchBudgetUsd) : Tr::tr("none");
    return Tr::tr("X spend (estimated): today %1, this month %2; monthly cap: %3")
               .arg(formatUsd(spend.todayUsd), formatUsd(spend.monthUsd), cap)
           + u'\n'
           + Tr::tr("X search today (estimated): %1, posts read: %2; daily search budget: %3")
                 .arg(formatUsd(spend.searchTodayUsd))
                 .arg(spend.searchPostsReadToday)
                 .arg(budget);
}

// The X account `idText` names, for a command that sets one of its spending limits.
std::optional<std::int64_t> xAccountId(Database &db, const QString &idText, int *exitCode)
{
    bool ok = false;
    const std::int64_t id = idText.toLongLong(&ok);
    const auto accounts = Accounts::list(db);
    const auto found = std::find_if(accounts.begin(), accounts.end(),
                                    [&](const ConnectedAccount &a) { return ok && a.id == id; });
    if (found == accounts.end()) {
        *exitCode = failWith(Tr::tr("No account %1 (see earshot-cli account list).").arg(idText));
        return std::nullopt;
    }
    if (found->platform != u"x") {
        *exitCode = failWith(Tr::tr("Account %1 is not on X: only X is paid per use.").arg(id));
        return std::nullopt;
    }
    return id;
}

} // namespace

int setXSpendingCap(const QString &workspace, const QString &idText, const QString &dollars)
{
    const std::optional<std::int64_t> given = accountIdArgument(idText);
    if (!given)
        return Usage;
    const std::int64_t id = *given;
    std::optional<double> cap;
    if (dollars != u"none") {
        bool ok = false;
        const double value = QString(dollars).remove(u'$').toDouble(&ok);
        if (!ok || value <= 0) {
            err() << Tr::tr("Give the monthly cap in dollars (25, 12.50) or \"none\".") << Qt::endl;
            return Usage;
        }
        cap = value;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        const auto accounts = Accounts::list(db);
        const auto found = std::find_if(accounts.begin(), accounts.end(),
                                        [&](const ConnectedAccount &a) { return a.id == id; });
        if (found == accounts.end())
            return failWith(Tr::tr("No account %1 (see earshot-cli account list).").arg(id));
        if (found->platform != u"x")
            return failWith(Tr::tr("Account %1 is not on X: only X is paid per use.").arg(id));
        saveXSpendingCap(db, id, cap);
        out() << (cap ? Tr::tr("Fetching for account %1 pauses once X's estimated spend this "
                               "month reaches %2.")
                            .arg(id)
                            .arg(formatUsd(*cap))
                      : Tr::tr("Account %1 has no spending cap.").arg(id))
              << '\n'
              << xSpendLine(db, id) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setSilenceAlert(const QString &workspace, const QString &idText, const QString &hoursText)
{
    const std::optional<std::int64_t> given = accountIdArgument(idText);
    if (!given)
        return Usage;
    const std::int64_t id = *given;
    std::optional<int> hours;
    if (hoursText != u"off") {
        bool ok = false;
        const int value = hoursText.toInt(&ok);
        if (!ok || value <= 0 || value > 24 * 90) {
            err() << Tr::tr("Give the hours (1 to 2160) or \"off\".") << Qt::endl;
            return Usage;
        }
        hours = value;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        if (!Accounts::find(db, id))
            return failWith(Tr::tr("No account %1 (see earshot-cli account list).").arg(id));
        AccountSilences::saveThresholdHours(db, id, hours);
        out() << (hours ? Tr::tr("Account %1 is called silent after %n hours without a post, when "
                                 "it usually hears something.",
                                 nullptr, *hours)
                              .arg(id)
                        : Tr::tr("Account %1 is never called silent.").arg(id))
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setXSearchBudget(const QString &workspace, const QString &idText, const QString &dollars)
{
    if (!accountIdArgument(idText))
        return Usage;
    bool ok = false;
    std::optional<double> budget;
    if (dollars != u"none") {
        const double value = QString(dollars).remove(u'$').toDouble(&ok);
        if (!ok || value <= 0) {
            err() << Tr::tr("Give the daily search budget in dollars (2, 0.50) or \"none\".")
                  << Qt::endl;
            return Usage;
        }
        budget = value;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        int exitCode = Ok;
        const std::optional<std::int64_t> id = xAccountId(db, idText, &exitCode);
        if (!id)
            return exitCode;
        saveXSearchBudget(db, *id, budget);
        out() << (budget ? Tr::tr("Listening searches of account %1 pause until the next day "
                                  "(UTC) once they read %2 of posts in a day; mentions go on.")
                               .arg(*id)
                               .arg(formatUsd(*budget))
                         : Tr::tr("Account %1 has no daily search budget.").arg(*id))
              << '\n'
              << xSpendLine(db, *id) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setBlueskyServices(const QString &workspace, const QString &idText,
                       const std::optional<QString> &appViewUrl,
                       const std::optional<QString> &chatService)
{
    const std::optional<std::int64_t> given = accountIdArgument(idText);
    if (!given)
        return Usage;
    const std::int64_t id = *given;
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        const std::optional<ConnectedAccount> account = Accounts::find(db, id);
        if (!account)
            return failWith(Tr::tr("No account %1 (see earshot-cli account list).").arg(id));
        if (account->platform != u"bluesky")
            return failWith(Tr::tr("Account %1 is not on Bluesky: only Bluesky has an AppView "
                                   "and a chat service to choose.")
                                .arg(id));
        if (appViewUrl || chatService) {
            AccountRequest request;
            request.platform = account->platform;
            request.services = account->services;
            if (appViewUrl)
                request.services.appViewUrl = *appViewUrl == u"default" ? QString() : *appViewUrl;
            if (chatService)
                request.services.chatService =
                    *chatService == u"default" ? QString() : *chatService;
            request = Accounts::normalized(request);
            if (const auto problem = Accounts::problemWith(request.platform, request.services)) {
                err() << *problem << Qt::endl;
                return Usage;
            }
            Transaction transaction(db, Transaction::Durability::PersonWrote);
            Accounts::setServices(db, id, request.services);
            transaction.commit();
        }
        out() << describe(account->platform, account->handle, id) << '\n'
              << servicesLine(Accounts::services(db, id)) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int listAccounts(const QString &workspace, bool json)
{
    try {
        Database db = Workspace::openForReading(workspace);
        const std::vector<ConnectedAccount> accounts = Accounts::list(db);
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        for (const ConnectedAccount &a : accounts) {
            if (json) {
                const nlohmann::json line{
                    {"id", a.id},
                    {"network", a.platform.toStdString()},
                    {"handle", a.handle.toStdString()},
                    {"base_url", a.baseUrl.toStdString()},
                    {"secret", secretPlaceKey(a.secretPlace).toStdString()},
                    {"last_success", a.lastSuccessMs ? formatRfc3339(a.lastSuccessMs).toStdString()
                                                     : std::string()},
                    {"last_error", a.lastError.toStdString()},
                    {"paused_until", a.pausedUntilMs ? formatRfc3339(a.pausedUntilMs).toStdString()
                                                     : std::string()}};
                nlohmann::json withSpend = line;
                const AccountSilence silence = AccountSilences::read(db, a.id, now);
                withSpend["silence_alert_hours"] = silence.thresholdHours
                                                       ? nlohmann::json(*silence.thresholdHours)
                                                       : nlohmann::json();
                withSpend["silent"] = silence.alert;
                if (a.platform == u"bluesky") {
                    withSpend["appview_url"] = a.services.appViewUrl.toStdString();
                    withSpend["chat_service"] = a.services.chatService.toStdString();
                }
                if (a.platform == u"x") {
                    const XSpend spend = spendOf(db, a.id, now);
                    withSpend["x_spend_today_usd"] = spend.todayUsd;
                    withSpend["x_spend_month_usd"] = spend.monthUsd;
                    withSpend["x_spending_cap_usd"] = spend.monthlyCapUsd
                                                          ? nlohmann::json(*spend.monthlyCapUsd)
                                                          : nlohmann::json();
                    const std::optional<std::int64_t> searchPause = searchPausedUntil(spend, now);
                    withSpend["x_search_paused_until"] =
                        searchPause ? formatRfc3339(*searchPause).toStdString() : std::string();
                }
                out() << QString::fromStdString(withSpend.dump()) << '\n';
                continue;
            }
            out() << u"%1  %2  @%3  %4"_s.arg(QString::number(a.id), a.platform, a.handle,
                                              a.baseUrl)
                  << '\n';
            out() << u"    "_s
                  << Tr::tr("last success: %1; paused until: %2; token in the %3")
                         .arg(when(a.lastSuccessMs), when(a.pausedUntilMs),
                              a.secretPlace == SecretPlace::File ? Tr::tr("secret file")
                                                                 : Tr::tr("keychain"))
                  << '\n';
            if (!a.lastError.isEmpty())
                out() << u"    "_s
                      << Tr::tr("last error (%1): %2").arg(when(a.lastErrorMs), a.lastError)
                      << '\n';
            if (const QString silent = AccountSilences::read(db, a.id, now).inWords(now);
                !silent.isEmpty())
                out() << u"    "_s << silent << '\n';
            if (a.platform == u"bluesky")
                out() << u"    "_s << servicesLine(a.services) << '\n';
            if (a.platform == u"x") {
                out() << u"    "_s << xSpendLine(db, a.id).replace(u'\n', u"\n    "_s) << '\n';
                if (const QString paused = describeSearchPause(spendOf(db, a.id, now), now);
                    !paused.isEmpty())
                    out() << u"    "_s << paused << '\n';
            }
        }
        out().flush();
        if (!json)
            err() << Tr::tr("Accounts: %1").arg(accounts.size()) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int removeAccount(const QString &workspace, const QString &idText)
{
    const std::optional<std::int64_t> given = accountIdArgument(idText);
    if (!given)
        return Usage;
    const std::int64_t id = *given;
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        const std::optional<ConnectedAccount> account = Accounts::find(db, id);
        if (!account)
            return failWith(Tr::tr("No account %1 (see earshot-cli account list).").arg(id));
        SecretStore secrets;
        const SecretResult removed = secrets.removeNow(
            account->secretPlace,
            Accounts::secretKey(Accounts::workspaceId(db), account->platform, account->handle));
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        Accounts::remove(db, id);
        transaction.commit();
        out() << Tr::tr("Removed %1; what was heard on it stays in the workspace.")
                     .arg(describe(account->platform, account->handle, id))
              << Qt::endl;
        if (!removed.ok() && removed.status != SecretResult::Status::NotFound)
            return failWith(Tr::tr("Its token could not be removed: %1").arg(removed.message));
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int syncAccounts(const QString &workspace, const QString &accountText)
{
    std::optional<std::int64_t> only;
    if (!accountText.isEmpty()) {
        only = accountIdArgument(accountText);
        if (!only)
            return Usage;
    }
    try {
        if (!Workspace::exists(workspace))
            return failWith(Tr::tr("%1 does not exist.").arg(workspace));
        WorkspaceSession session(workspace);
        waitForAccounts(session);
        SessionAccounts *accounts = session.accounts();
        if (accounts->accounts().empty()) {
            err() << Tr::tr("No accounts to sync; add one with earshot-cli account add.")
                  << Qt::endl;
            return only ? Failed : Ok;
        }
        if (only && !accounts->account(*only))
            return failWith(Tr::tr("No account %1 (see earshot-cli account list).").arg(*only));
        AccountSync sync(accounts, session.connectors(), session.clock());
        QObject::connect(&sync, &AccountSync::accountSynced, [](const AccountSyncResult &r) {
            const QString name = describe(r.platform, r.handle, r.accountId);
            if (r.ok)
                out() << Tr::tr("%1: synced, %2 new mentions in %3 batches.")
                             .arg(name)
                             .arg(r.newMentions)
                             .arg(r.batches)
                      << Qt::endl;
            else
                err() << Tr::tr("%1: failed: %2").arg(name, r.error) << Qt::endl;
        });
        bool allOk = false;
        QEventLoop loop;
        QObject::connect(&sync, &AccountSync::finished, &loop, [&](bool ok) {
            allOk = ok;
            loop.quit();
        });
        sync.run(only);
        loop.exec();
        waitForRenewedSecrets(*accounts);
        return allOk ? Ok : Failed;
    } catch (const Error &e) {
        return failWith(e.message());
    }
}

int listen(const QString &workspace)
{
    try {
        if (!Workspace::exists(workspace))
            return failWith(Tr::tr("%1 does not exist.").arg(workspace));
        StopSignals stop;
        WorkspaceSession session(workspace);
        waitForAccounts(session);
        if (stop.stopped())
            return Ok;
        int running = 0;
        for (const SessionAccount &a : session.accounts()->accounts()) {
            const QString name = describe(a.account.platform, a.account.handle, a.account.id);
            if (a.problem.isEmpty()) {
                ++running;
                out() << Tr::tr("Listening on %1.").arg(name) << '\n';
            } else {
                err() << Tr::tr("%1: not listening: %2").arg(name, a.problem) << Qt::endl;
            }
        }
        if (session.isDemo())
            ++running;
        if (running == 0)
            return failWith(Tr::tr("No account to listen on; add one with earshot-cli account "
                                   "add."));
        QObject::connect(&session, &WorkspaceSession::mentionsArrived, [](int count) {
            out() << Tr::tr("Heard %n new mention(s).", nullptr, count) << Qt::endl;
        });
        QObject::connect(&session, &WorkspaceSession::writeFailed, [](const QString &message) {
            err() << Tr::tr("Could not write what arrived: %1").arg(message) << Qt::endl;
        });
        QObject::connect(session.connectors(), &ConnectorHost::healthChanged,
                         [](const QString &feed, const AccountHealth &health) {
                             if (!health.lastError.isEmpty())
                                 err() << feed << ": " << health.lastError << Qt::endl;
                         });
        QEventLoop loop;
        QObject::connect(&stop, &StopSignals::stopRequested, &loop, &QEventLoop::quit);
        session.startFeeds();
        out() << Tr::tr("Listening; stop with Ctrl+C or SIGTERM.") << Qt::endl;
        loop.exec();
        // The connectors stop first; the session's writer ends after its current transaction.
        session.connectors()->stop();
        waitForRenewedSecrets(*session.accounts());
        out() << Tr::tr("Stopped.") << Qt::endl;
        return Ok;
    } catch (const Error &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
