// SPDX-License-Identifier: Apache-2.0
#include "SignInCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "accounts/Accounts.h"
#include "clock/Clock.h"
#include "net/NetworkLoop.h"
#include "platforms/PlatformTraits.h"
#include "secrets/SecretStore.h"
#include "signin/BrowserSignIn.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>

#include <iostream>
#include <iterator>
#include <string>
#include <unistd.h>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The admin's X app settings given on the command line, kept in the workspace for next time.
std::optional<QString> keepXSettings(Database &db, const SignInArguments &args)
{
    if (!args.redirectPort.isEmpty()) {
        bool ok = false;
        const uint port = args.redirectPort.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Tr::tr("--redirect-port needs a port number (1 to 65535).");
        WorkspaceSettings::save(db, SignInSettings::xRedirectPort, QString::number(port));
    }
    if (!args.clientId.trimmed().isEmpty())
        WorkspaceSettings::save(db, SignInSettings::xClientId, args.clientId.trimmed());
    return std::nullopt;
}

// Runs one browser sign-in, printing the address to open; waits in a local event loop (the
// command line has nothing else to do meanwhile).
SignInResult runSignIn(SignInOptions options)
{
    NetworkLoop net(UrlPolicy{}, systemClock());
    BrowserSignIn signIn(&net, systemClock(), std::move(options));
    SignInResult result;
    QEventLoop loop;
    QObject::connect(&signIn, &BrowserSignIn::openBrowser, [](const QUrl &url) {
        out() << Tr::tr("Open this address in your browser and approve Earshot:") << '\n'
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
    });
    QObject::connect(&signIn, &BrowserSignIn::progress,
                     [](const QString &text) { err() << text << Qt::endl; });
    QObject::connect(&signIn, &BrowserSignIn::finished, &loop, [&](const SignInResult &r) {
        result = r;
        loop.quit();
    });
    // Started from the loop, so a finished() during start() is not missed.
    QMetaObject::invokeMethod(&signIn, &BrowserSignIn::start, Qt::QueuedConnection);
    loop.exec();
    return result;
}

QString readPastedToken()
{
    QString fromEnvironment = qEnvironmentVariable("EARSHOT_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (::isatty(STDIN_FILENO))
        return {};
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    return QString::fromStdString(text).trimmed();
}

} // namespace

int signInAccount(const QString &workspace, const QString &network, const SignInArguments &args)
{
    if (network != u"mastodon" && network != u"x") {
        err() << Tr::tr("--sign-in works for mastodon and x; for %1, give the app password on "
                        "standard input instead.")
                     .arg(network)
              << Qt::endl;
        return Usage;
    }
    AccountRequest request;
    request.platform = network;
    request.baseUrl =
        args.baseUrl.isEmpty() && network == u"x" ? u"https://api.x.com"_s : args.baseUrl;
    request.handle = u"signing-in"_s; // checked now for the address; the network names it
    request.secretPlace = args.secretInFile ? SecretPlace::File : SecretPlace::Keychain;
    request = Accounts::normalized(request);
    if (const auto problem = Accounts::problemWith(request)) {
        err() << *problem << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForWriting(workspace);
        QString workspaceId = Accounts::workspaceId(db);
        if (workspaceId.isEmpty()) {
            Transaction transaction(db, Transaction::Durability::PersonWrote);
            workspaceId = Accounts::ensureWorkspaceId(db);
            transaction.commit();
        }
        if (network == u"x")
            if (const auto problem = keepXSettings(db, args)) {
                err() << *problem << Qt::endl;
                return Usage;
            }
        SecretStore secrets;
        SignInOptions options = SignInSettings::optionsFor(db, network, request.baseUrl);
        options.secrets = &secrets;
        options.appKey = mastodonAppKey(workspaceId, QUrl(request.baseUrl));
        const SignInResult signedIn = runSignIn(options);
        if (!signedIn.ok())
            return failWith(signedIn.problem);
        request.handle = signedIn.handle;
        request = Accounts::normalized(request);
        if (const auto known = Accounts::find(db, request.platform, request.handle))
            return failWith(Tr::tr("The %1 account @%2 is connected already (account %3); use "
                                   "earshot-cli account reauth %3 to give it the new sign-in.")
                                .arg(platformTitle(request.platform), request.handle)
                                .arg(known->id));
        SecretResult written;
        const std::int64_t id =
            Accounts::addWithSecret(db, secrets, request, workspaceId, signedIn.secret,
                                    QDateTime::currentMSecsSinceEpoch(), &written);
        if (id == 0)
            return failWith(secretNotKept(written));
        out() << Tr::tr("Signed in and added account %1 (%2 @%3) at %4.")
                     .arg(id)
                     .arg(platformTitle(request.platform), request.handle, request.baseUrl)
              << '\n'
              << Tr::tr("Its token is in the keychain, not in the workspace.") << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int reauthAccount(const QString &workspace, const QString &idText, bool signIn,
                  const SignInArguments &args)
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
        const QString workspaceId = Accounts::ensureWorkspaceId(db);
        const QString key = Accounts::secretKey(workspaceId, account->platform, account->handle);
        SecretStore secrets;
        QString secret;
        if (signIn) {
            if (account->platform != u"mastodon" && account->platform != u"x")
                return failWith(Tr::tr("--sign-in works for Mastodon and X accounts."));
            if (account->platform == u"x")
                if (const auto problem = keepXSettings(db, args)) {
                    err() << *problem << Qt::endl;
                    return Usage;
                }
            SignInOptions options =
                SignInSettings::optionsFor(db, account->platform, account->baseUrl);
            options.secrets = &secrets;
            options.appKey = mastodonAppKey(workspaceId, QUrl(account->baseUrl));
            const SignInResult signedIn = runSignIn(options);
            if (!signedIn.ok())
                return failWith(signedIn.problem);
            if (signedIn.handle.compare(account->handle, Qt::CaseInsensitive) != 0)
                return failWith(
                    Tr::tr("The browser signed in as @%1, not as @%2: nothing was "
                           "changed. Sign in to %3 as @%2 and try again.")
                        .arg(signedIn.handle, account->handle, platformTitle(account->platform)));
            secret = signedIn.secret;
        } else {
            secret = readPastedToken();
            if (secret.isEmpty()) {
                err() << Tr::tr("No token given: put it on standard input or in the environment "
                                "variable EARSHOT_TOKEN, or use --sign-in.")
                      << Qt::endl;
                return Usage;
            }
        }
        const SecretResult written = secrets.writeNow(account->secretPlace, key, secret);
        if (!written.ok())
            return failWith(secretNotKept(written));
        out() << Tr::tr("Account %1 (%2 @%3) has its new token; its connector uses it from its "
                        "next start.")
                     .arg(id)
                     .arg(platformTitle(account->platform), account->handle)
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
