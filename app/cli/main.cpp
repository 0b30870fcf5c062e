// SPDX-License-Identifier: Apache-2.0
// earshot-cli: the same core as the window, for batch jobs and scripts. No widgets.
#include "AppPaths.h"
#include "CliCommands.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "ConsoleOutput.h"
#include "LogSink.h"
#include "Translations.h"
#include "accounts/Accounts.h"
#include "logging/LogCategories.h"
#include "platforms/PlatformTraits.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Earshot"_s);
    QCoreApplication::setApplicationName(u"Earshot"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EARSHOT_VERSION));
    // Log lines go to standard error and the log file, never to standard output: that is for
    // results, which scripts read.
    LogSink::applyRules(AppSettings().value(Settings::logRules));
    const LogSink logSink(AppPaths::logFolder());
    SecretStore::setFileFolder(AppPaths::secretFolder());
    // Translations first, so --help is in the person's language too.
    installTranslations(app, languageArgument(QCoreApplication::arguments()));
    // A writer waits its turn behind another process's write (a window, a second import); a
    // person at the terminal is told why nothing moves.
    Workspace::setWaitNotice([](const QString &path) {
        err() << Tr::tr("Waiting for another Earshot process to finish writing to %1 ...").arg(path)
              << Qt::endl;
    });

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Earshot command line: works on a workspace without the window.") + u"\n\n"
        + Tr::tr("Commands:") + u'\n' + cli::commandsHelp() + u'\n'
        + Tr::tr("Exit codes: 0 done, 1 failed, 2 wrong usage, 3 imported, learned or classified\n"
                 "with rejected lines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        {u"w"_s, u"workspace"_s}, Tr::tr("Workspace file (default: the demo workspace)."),
        Tr::tr("path"));
    const QCommandLineOption langOption(u"lang"_s, Tr::tr("Language of messages (en, de)."),
                                        Tr::tr("code"));
    const QCommandLineOption limitOption(u"limit"_s, Tr::tr("Most results to show (search)."),
                                         Tr::tr("n"), u"50"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, Tr::tr("Print results as JSON Lines (search, templates list and search)."));
    const QCommandLineOption platformOption(
        u"platform"_s,
        Tr::tr("Network whose template variants to show (templates search): %1; default: the "
               "generic text.")
            .arg(knownPlatformKeys().join(u", "_s)),
        Tr::tr("network"));
    const QCommandLineOption scenarioOption(
        u"scenario"_s, Tr::tr("Scenario file for demo (default: the bundled one)."),
        Tr::tr("file"));
    const QCommandLineOption formatOption(
        u"format"_s,
        Tr::tr(
            "Input of classify: lines, jsonl or csv (default: by file name, else JSON Lines when "
            "the first line starts with {); output of scenario score: json (default) or csv."),
        Tr::tr("format"));
    const QCommandLineOption columnOption(
        u"column"_s, Tr::tr("The CSV column that holds the text (classify)."), Tr::tr("name"));
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, Tr::tr("Where the account's server is (account add)."), Tr::tr("url"));
    const QCommandLineOption handleOption(
        u"handle"_s, Tr::tr("The account's handle there (account add)."), Tr::tr("name"));
    const QCommandLineOption secretFileOption(
        u"store-secret-in-file"_s,
        Tr::tr("Keep the token in a file only you can read, in plain text, instead of the "
               "keychain (account add; for a computer without a keychain service)."));
    const QCommandLineOption signInOption(
        u"sign-in"_s,
        Tr::tr("Sign in with a browser instead of pasting a token (account add and reauth; "
               "Mastodon and X)."));
    const QCommandLineOption clientIdOption(
        u"client-id"_s,
        Tr::tr("The OAuth 2.0 client id of your X app (account add --sign-in; kept in the "
               "workspace)."),
        Tr::tr("id"));
    const QCommandLineOption redirectPortOption(
        u"redirect-port"_s,
        Tr::tr("The port of the callback registered for your X app, http://127.0.0.1:PORT/callback "
               "(account add --sign-in; kept in the workspace; default 8765)."),
        Tr::tr("port"));
    const QCommandLineOption appViewOption(
        u"appview-url"_s,
        Tr::tr("The AppView a Bluesky account reads posts and notifications from (account add "
               "bluesky, account bluesky-services; \"default\": through its PDS)."),
        Tr::tr("url"));
    const QCommandLineOption chatServiceOption(
        u"chat-service"_s,
        Tr::tr("The chat service of a Bluesky account's direct messages, as DID#service-id "
               "(account add bluesky, account bluesky-services; \"default\": %1).")
            .arg(Accounts::defaultBlueskyChatService()),
        Tr::tr("did#id"));
    const QCommandLineOption networkOption(
        u"network"_s, Tr::tr("Listen for the term on this network only (listen-terms add)."),
        Tr::tr("network"));
    const QCommandLineOption agentOption(
        u"agent"_s, Tr::tr("Work as this agent (case show, resolve, reply; default: the first)."),
        Tr::tr("key"));
    const QCommandLineOption seenOption(
        {u"seen"_s, u"force"_s},
        Tr::tr("The agent has read the case's newest messages elsewhere (case resolve, reply)."));
    const QCommandLineOption datasetsOption(
        u"datasets"_s, Tr::tr("The folder holding sentiment-train/ (model rebuild)."),
        Tr::tr("dir"));
    const QCommandLineOption outOption(u"out"_s, Tr::tr("The file to write (model rebuild)."),
                                       Tr::tr("file"));
    const QCommandLineOption seedOption(
        u"seed"_s, Tr::tr("The seed that orders the training (model rebuild)."), Tr::tr("n"));
    parser.addOptions({datasetsOption, outOption, seedOption});
    const QCommandLineOption speedOption(
        u"speed"_s, Tr::tr("Times real time for scenario run, from 1 to 60 (default 1)."),
        Tr::tr("n"));
    const QCommandLineOption repliesOption(
        u"replies"_s, Tr::tr("A scripted trainee's actions for scenario run."), Tr::tr("file"));
    parser.addOptions({speedOption, repliesOption});
    parser.addOptions({workspaceOption, langOption, limitOption, jsonOption, scenarioOption,
                       platformOption, formatOption, columnOption, baseUrlOption, handleOption,
                       secretFileOption, signInOption, clientIdOption, redirectPortOption,
                       networkOption, agentOption, seenOption, appViewOption, chatServiceOption});
    parser.addPositionalArgument(u"command"_s, cli::commandNames());
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << Tr::tr("No command given. Try earshot-cli --help.") << Qt::endl;
        return cli::Usage;
    }
    const QString workspace = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                            : AppPaths::defaultWorkspace();
    QStringList arguments;
    const cli::Command *command = cli::findCommand(args, &arguments);
    if (command) {
        bool limitOk = false;
        const int limit = parser.value(limitOption).toInt(&limitOk);
        if (!limitOk || limit < 1) {
            err() << Tr::tr("--limit needs a whole number of at least 1.") << Qt::endl;
            return cli::Usage;
        }
        cli::CommandOptions options;
        options.workspace = workspace;
        options.platform = parser.value(platformOption);
        options.scenario = parser.value(scenarioOption);
        options.format = parser.value(formatOption);
        options.column = parser.value(columnOption);
        options.limit = limit;
        options.json = parser.isSet(jsonOption);
        options.baseUrl = parser.value(baseUrlOption);
        options.handle = parser.value(handleOption);
        options.secretInFile = parser.isSet(secretFileOption);
        options.signIn = parser.isSet(signInOption);
        options.clientId = parser.value(clientIdOption);
        options.redirectPort = parser.value(redirectPortOption);
        options.network = parser.value(networkOption);
        options.agent = parser.value(agentOption);
        options.seen = parser.isSet(seenOption);
        options.datasets = parser.value(datasetsOption);
        options.out = parser.value(outOption);
        options.seed = parser.value(seedOption);
        options.speed = parser.value(speedOption);
        options.replies = parser.value(repliesOption);
        if (parser.isSet(appViewOption))
            options.appViewUrl = parser.value(appViewOption);
        if (parser.isSet(chatServiceOption))
            options.chatService = parser.value(chatServiceOption);
        // The command's words, never its arguments: those may be what a person searched for.
        const QString name = command->words.join(u' ');
        qCInfo(lcCli).noquote() << "earshot-cli" << QCoreApplication::applicationVersion() << name
                                << "started on" << workspace
                                << u"(pid %1)"_s.arg(QCoreApplication::applicationPid());
        QElapsedTimer took;
        took.start();
        const int exitCode = command->run(options, arguments);
        qCInfo(lcCli).noquote() << "earshot-cli" << name << "ended with exit code" << exitCode
                                << "after" << took.elapsed() << "ms";
        return exitCode;
    }
    err() << Tr::tr("Unknown command or wrong arguments: %1. Try earshot-cli --help.")
                 .arg(args.join(u' '))
          << Qt::endl;
    return cli::Usage;
}
