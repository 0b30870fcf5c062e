// SPDX-License-Identifier: Apache-2.0
// earshot-cli: the same core as the window, for batch jobs and scripts. No widgets.
#include "AppPaths.h"
#include "ClassifyCommand.h"
#include "CliCommands.h"
#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "HealthCommands.h"
#include "SettingsCommands.h"
#include "Translations.h"
#include "TriageSettingsCommands.h"
#include "ingest/MentionJson.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int templatesCommand(const QString &workspace, const QStringList &args, const QString &platform,
                     bool json)
{
    const QString action = args.first();
    if (!platform.isEmpty() && !isKnownPlatform(platform)) {
        err() << Tr::tr("--platform: \"%1\" is not a known network.").arg(platform) << Qt::endl;
        return cli::Usage;
    }
    if (action == u"list" && args.size() == 1)
        return cli::listTemplates(workspace, json);
    if (action == u"search" && args.size() >= 2)
        return cli::searchTemplates(workspace, args.mid(1).join(u' '), platform, json);
    if (action == u"install-starter" && args.size() == 1)
        return cli::installTemplates(workspace, {});
    if (action == u"import" && args.size() == 2)
        return cli::installTemplates(workspace, args.at(1));
    err() << Tr::tr("Unknown templates command: %1. Try earshot-cli --help.").arg(args.join(u' '))
          << Qt::endl;
    return cli::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Earshot"_s);
    QCoreApplication::setApplicationName(u"Earshot"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EARSHOT_VERSION));
    // Translations first, so --help is in the person's language too.
    installTranslations(app, languageArgument(QCoreApplication::arguments()));
    // A writer waits its turn behind another process's write (a window, a second import); a
    // person at the terminal is told why nothing moves.
    Workspace::setWaitNotice([](const QString &path) {
        err() << Tr::tr("Waiting for another Earshot process to finish writing to %1 ...").arg(path)
              << Qt::endl;
    });

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Earshot command line: works on a workspace without the window.\n\n"
        "Commands:\n"
        "  info               rows per table of the workspace\n"
        "  check              SQLite's full check of every page of the workspace\n"
        "  recover DAMAGED NEW\n"
        "                     save what can be read of a damaged workspace into a\n"
        "                     new file\n"
        "  import FILE        add mentions from JSON Lines (- reads standard input)\n"
        "  search QUERY...    what the search box finds, newest first\n"
        "  learn FILE         add labelled examples from JSON Lines (- reads standard\n"
        "                     input) as agents' corrections\n"
        "  learning           what the workspace learned from corrections\n"
        "  learning reset     forget every correction and learned model\n"
        "  demo               create a demo workspace at --workspace (from --scenario)\n"
        "  templates list     every reply template and network variant\n"
        "  templates search WORDS...\n"
        "                     templates with all the words, as the agent sees them on\n"
        "                     --platform\n"
        "  templates install-starter\n"
        "                     add the starter templates the workspace does not have\n"
        "  templates import FILE\n"
        "                     add the templates of FILE the workspace does not have\n"
        "  guidelines         show the brand guidelines replies are checked against\n"
        "  guidelines set FILE\n"
        "                     replace them with those of a JSON file\n"
        "  reopen-window [HOURS]\n"
        "                     show or set how long after resolving a customer's new\n"
        "                     message reopens the case\n"
        "  classify [FILE]    read texts (lines, JSON Lines with \"text\", or a CSV\n"
        "                     --column) and print what Earshot reads in each as JSON\n"
        "  priority-weights [set FILE]\n"
        "                     show the points behind every priority, or change them\n"
        "  speakers staff|vip|customers [set FILE]\n"
        "                     show or replace a list of handles (one a line) whose\n"
        "                     people carry the employee, vip or customer badge\n"
        "  lead-risks [set KEY...|none]\n"
        "                     show or set the risks whose cases Take the next case\n"
        "                     leaves to leads (legal, churn, safety, purchase, press,\n"
        "                     staff-abuse, scam)\n\n"
        "Exit codes: 0 done, 1 failed, 2 wrong usage, 3 imported, learned or classified with "
        "rejected lines."));
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
        Tr::tr("Network whose template variants to show (templates search): x, mastodon, "
               "bluesky, ...; default: the generic text."),
        Tr::tr("network"));
    const QCommandLineOption scenarioOption(
        u"scenario"_s, Tr::tr("Scenario file for demo (default: the bundled one)."),
        Tr::tr("file"));
    const QCommandLineOption formatOption(
        u"format"_s,
        Tr::tr(
            "Input of classify: lines, jsonl or csv (default: by file name, else JSON Lines when "
            "the first line starts with {)."),
        Tr::tr("format"));
    const QCommandLineOption columnOption(
        u"column"_s, Tr::tr("The CSV column that holds the text (classify)."), Tr::tr("name"));
    parser.addOptions({workspaceOption, langOption, limitOption, jsonOption, scenarioOption,
                       platformOption, formatOption, columnOption});
    parser.addPositionalArgument(
        u"command"_s,
        Tr::tr(
            "info, check, recover, import, search, learn, learning, demo, templates, guidelines, "
            "reopen-window, classify, priority-weights, speakers or lead-risks"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << Tr::tr("No command given. Try earshot-cli --help.") << Qt::endl;
        return cli::Usage;
    }
    const QString workspace = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                            : AppPaths::defaultWorkspace();
    const QString command = args.first();
    if (command == u"info" && args.size() == 1)
        return cli::info(workspace);
    if (command == u"check" && args.size() == 1)
        return cli::checkWorkspace(workspace);
    if (command == u"recover" && args.size() == 3)
        return cli::recover(args.at(1), args.at(2));
    if (command == u"import" && args.size() == 2)
        return cli::import(workspace, args.at(1));
    if (command == u"learn" && args.size() == 2)
        return cli::learn(workspace, args.at(1));
    if (command == u"learning" && args.size() == 1)
        return cli::showLearning(workspace);
    if (command == u"learning" && args.size() == 2 && args.at(1) == u"reset")
        return cli::resetLearning(workspace);
    if (command == u"search" && args.size() >= 2) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1) {
            err() << Tr::tr("--limit needs a whole number of at least 1.") << Qt::endl;
            return cli::Usage;
        }
        return cli::search(workspace, args.mid(1).join(u' '), limit, parser.isSet(jsonOption));
    }
    if (command == u"demo" && args.size() == 1)
        return cli::createDemo(workspace, parser.value(scenarioOption));
    if (command == u"templates" && args.size() >= 2)
        return templatesCommand(workspace, args.mid(1), parser.value(platformOption),
                                parser.isSet(jsonOption));
    if (command == u"guidelines" && args.size() == 1)
        return cli::showGuidelines(workspace);
    if (command == u"guidelines" && args.size() == 3 && args.at(1) == u"set")
        return cli::setGuidelines(workspace, args.at(2));
    if (command == u"reopen-window" && args.size() == 1)
        return cli::showReopenWindow(workspace);
    if (command == u"reopen-window" && args.size() == 2)
        return cli::setReopenWindow(workspace, args.at(1));
    if (command == u"classify" && args.size() <= 2)
        return cli::classify(workspace, args.value(1), parser.value(formatOption),
                             parser.value(columnOption));
    if (command == u"priority-weights" && args.size() == 1)
        return cli::showPriorityWeights(workspace);
    if (command == u"priority-weights" && args.size() == 3 && args.at(1) == u"set")
        return cli::setPriorityWeights(workspace, args.at(2));
    if (command == u"speakers" && args.size() == 2)
        return cli::showSpeakers(workspace, args.at(1));
    if (command == u"speakers" && args.size() == 4 && args.at(2) == u"set")
        return cli::setSpeakers(workspace, args.at(1), args.at(3));
    if (command == u"lead-risks" && args.size() == 1)
        return cli::showLeadRisks(workspace);
    if (command == u"lead-risks" && args.size() >= 3 && args.at(1) == u"set")
        return cli::setLeadRisks(workspace, args.mid(2));
    err() << Tr::tr("Unknown command or wrong arguments: %1. Try earshot-cli --help.")
                 .arg(args.join(u' '))
          << Qt::endl;
    return cli::Usage;
}
