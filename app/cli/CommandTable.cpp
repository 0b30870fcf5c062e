// SPDX-License-Identifier: Apache-2.0
#include "CommandTable.h"

#include "AccountCommands.h"
#include "CaseCliCommands.h"
#include "CaseRiskCommand.h"
#include "ClassifyCommand.h"
#include "CliCommands.h"
#include "ConsoleOutput.h"
#include "HealthCommands.h"
#include "ListeningTermCommands.h"
#include "ModelCommands.h"
#include "NetworkReadCommands.h"
#include "OutboxCommands.h"
#include "ScenarioCommands.h"
#include "SettingsCommands.h"
#include "SignInCommands.h"
#include "TriageSettingsCommands.h"
#include "ingest/MentionJson.h"
#include "platforms/PlatformTraits.h"

#include <QCoreApplication>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Where a command's help starts, and how wide --help is.
constexpr int helpColumn = 21;
constexpr int helpWidth = 79;

int withKnownPlatform(const CommandOptions &options, const std::function<int()> &run)
{
    if (!options.platform.isEmpty() && !isKnownPlatform(options.platform)) {
        err() << Tr::tr("--platform: \"%1\" is not a known network.").arg(options.platform)
              << Qt::endl;
        return Usage;
    }
    return run();
}

std::vector<Command> makeCommands()
{
    using Args = const QStringList &;
    using Options = const CommandOptions &;
    return {
        {{u"info"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "rows per table of the workspace"),
         [](Options o, Args) { return info(o.workspace); }},
        {{u"check"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "SQLite's full check of every page of the workspace"),
         [](Options o, Args) { return checkWorkspace(o.workspace); }},
        {{u"recover"_s},
         2,
         2,
         QT_TRANSLATE_NOOP("Cli", "DAMAGED NEW"),
         QT_TRANSLATE_NOOP("Cli", "save what can be read of a damaged workspace into a new file"),
         [](Options, Args a) { return recover(a.at(0), a.at(1)); }},
        {{u"import"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "add mentions from JSON Lines (- reads standard input)"),
         [](Options o, Args a) { return import(o.workspace, a.at(0)); }},
        {{u"search"_s},
         1,
         -1,
         QT_TRANSLATE_NOOP("Cli", "QUERY..."),
         QT_TRANSLATE_NOOP("Cli", "what the search box finds, newest first"),
         [](Options o, Args a) { return search(o.workspace, a.join(u' '), o.limit, o.json); }},
        {{u"learn"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "add labelled examples from JSON Lines (- reads standard "
                                  "input) as agents' corrections"),
         [](Options o, Args a) { return learn(o.workspace, a.at(0)); }},
        {{u"learning"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "what the workspace learned from corrections"),
         [](Options o, Args) { return showLearning(o.workspace); }},
        {{u"learning"_s, u"reset"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "forget every correction and learned model"),
         [](Options o, Args) { return resetLearning(o.workspace); }},
        {{u"demo"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "create a demo workspace at --workspace (from --scenario)"),
         [](Options o, Args) { return createDemo(o.workspace, o.scenario); }},
        {{u"scenario"_s, u"validate"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "check a scenario file and list every problem with its line"),
         [](Options, Args a) { return validateScenario(a.at(0)); }},
        {{u"scenario"_s, u"run"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "play a training scenario (version 2) into a fresh training "
                                  "workspace at --workspace, at --speed (1-60), with --replies "
                                  "as a scripted trainee"),
         [](Options o, Args a) { return runScenario(a.at(0), o.workspace, o.speed, o.replies); }},
        {{u"scenario"_s, u"score"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "the scores and timeline of the training run at --workspace "
                                  "(--format json or csv)"),
         [](Options o, Args) { return scoreScenario(o.workspace, o.format); }},
        {{u"templates"_s, u"list"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "every reply template and network variant"),
         [](Options o, Args) { return listTemplates(o.workspace, o.json); }},
        {{u"templates"_s, u"search"_s},
         1,
         -1,
         QT_TRANSLATE_NOOP("Cli", "WORDS..."),
         QT_TRANSLATE_NOOP("Cli", "templates with all the words, as the agent sees them on "
                                  "--platform"),
         [](Options o, Args a) {
             return withKnownPlatform(
                 o, [&] { return searchTemplates(o.workspace, a.join(u' '), o.platform, o.json); });
         }},
        {{u"templates"_s, u"install-starter"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "add the starter templates the workspace does not have"),
         [](Options o, Args) { return installTemplates(o.workspace, {}); }},
        {{u"templates"_s, u"import"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "add the templates of FILE the workspace does not have"),
         [](Options o, Args a) { return installTemplates(o.workspace, a.at(0)); }},
        {{u"guidelines"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "show the brand guidelines replies are checked against"),
         [](Options o, Args) { return showGuidelines(o.workspace); }},
        {{u"guidelines"_s, u"set"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "replace them with those of a JSON file"),
         [](Options o, Args a) { return setGuidelines(o.workspace, a.at(0)); }},
        {{u"reopen-window"_s},
         0,
         1,
         QT_TRANSLATE_NOOP("Cli", "[HOURS]"),
         QT_TRANSLATE_NOOP("Cli", "show or set how long after resolving a customer's new "
                                  "message reopens the case"),
         [](Options o, Args a) {
             return a.isEmpty() ? showReopenWindow(o.workspace)
                                : setReopenWindow(o.workspace, a.at(0));
         }},
        {{u"join-window"_s},
         0,
         1,
         QT_TRANSLATE_NOOP("Cli", "[MINUTES]"),
         QT_TRANSLATE_NOOP("Cli", "show or set within how many minutes a person's new post "
                                  "joins their open case on that network (0: never)"),
         [](Options o, Args a) {
             return a.isEmpty() ? showJoinWindow(o.workspace) : setJoinWindow(o.workspace, a.at(0));
         }},
        {{u"classify"_s},
         0,
         1,
         QT_TRANSLATE_NOOP("Cli", "[FILE]"),
         QT_TRANSLATE_NOOP("Cli", "read texts (lines, JSON Lines with \"text\", or a CSV "
                                  "--column) and print what Earshot reads in each as JSON"),
         [](Options o, Args a) { return classify(o.workspace, a.value(0), o.format, o.column); }},
        {{u"model"_s, u"rebuild"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "train the built-in sentiment model from --datasets DIR into "
                                  "--out FILE, the same bytes from the same data and --seed"),
         [](Options o, Args) { return rebuildModel(o.datasets, o.out, o.seed); }},
        {{u"priority-weights"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "show the points behind every priority"),
         [](Options o, Args) { return showPriorityWeights(o.workspace); }},
        {{u"priority-weights"_s, u"set"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "change them"),
         [](Options o, Args a) { return setPriorityWeights(o.workspace, a.at(0)); }},
        {{u"speakers"_s},
         1,
         3,
         QT_TRANSLATE_NOOP("Cli", "staff|vip|customers [set FILE]"),
         QT_TRANSLATE_NOOP("Cli", "show or replace a list of handles (one a line) whose people "
                                  "carry the employee, vip or customer badge"),
         [](Options o, Args a) {
             if (a.size() == 1)
                 return showSpeakers(o.workspace, a.at(0));
             if (a.size() == 3 && a.at(1) == u"set")
                 return setSpeakers(o.workspace, a.at(0), a.at(2));
             err() << Tr::tr("Unknown command or wrong arguments: %1. Try earshot-cli --help.")
                          .arg(u"speakers "_s + a.join(u' '))
                   << Qt::endl;
             return int(Usage);
         }},
        {{u"outbox"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "our replies that are not sent yet (--json: one object a "
                                  "line)"),
         [](Options o, Args) { return listOutbox(o.workspace, {}, o.json); }},
        {{u"outbox"_s, u"list"_s},
         0,
         1,
         QT_TRANSLATE_NOOP("Cli", "[STATE]"),
         QT_TRANSLATE_NOOP("Cli", "the same, or every reply in one state (queued, sending, "
                                  "sent, failed, uncertain)"),
         [](Options o, Args a) { return listOutbox(o.workspace, a.value(0), o.json); }},
        {{u"outbox"_s, u"retry"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "ID"),
         QT_TRANSLATE_NOOP("Cli", "queue a failed or uncertain reply again"),
         [](Options o, Args a) { return retryOutboxItem(o.workspace, a.at(0)); }},
        {{u"outbox"_s, u"resolve"_s},
         2,
         2,
         QT_TRANSLATE_NOOP("Cli", "ID sent|queued"),
         QT_TRANSLATE_NOOP("Cli", "say whether an uncertain reply is on the network (sent) or "
                                  "must go again (queued)"),
         [](Options o, Args a) { return resolveOutboxItem(o.workspace, a.at(0), a.at(1)); }},
        {{u"case"_s, u"show"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "CASE"),
         QT_TRANSLATE_NOOP("Cli", "a case's status, priority and messages (new ones marked *); "
                                  "they count as read by the agent (--agent)"),
         [](Options o, Args a) { return showCase(o, a.at(0)); }},
        {{u"case"_s, u"resolve"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "CASE"),
         QT_TRANSLATE_NOOP("Cli", "resolve a case as the agent; refused over a message they have "
                                  "not read, unless --seen"),
         [](Options o, Args a) { return resolveCase(o, a.at(0)); }},
        {{u"case"_s, u"reply"_s},
         2,
         -1,
         QT_TRANSLATE_NOOP("Cli", "CASE TEXT..."),
         QT_TRANSLATE_NOOP("Cli", "queue a public reply as the agent; refused over a message "
                                  "they have not read, unless --seen"),
         [](Options o, Args a) { return replyToCase(o, a.at(0), a.mid(1)); }},
        {{u"lead-risks"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "show the risks whose cases Take the next case leaves to "
                                  "leads"),
         [](Options o, Args) { return showLeadRisks(o.workspace); }},
        {{u"lead-risks"_s, u"set"_s},
         1,
         -1,
         QT_TRANSLATE_NOOP("Cli", "KEY...|none"),
         QT_TRANSLATE_NOOP("Cli", "set them (legal, churn, safety, purchase, press, "
                                  "staff-abuse, scam)"),
         [](Options o, Args a) { return setLeadRisks(o.workspace, a); }},
        {{u"account"_s, u"add"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "mastodon|bluesky|x --base-url URL --handle NAME "
                                  "[--appview-url URL] [--chat-service DID#ID] | "
                                  "mastodon|x --base-url URL --sign-in"),
         QT_TRANSLATE_NOOP("Cli", "connect an account; its token or app password is read from "
                                  "standard input or EARSHOT_TOKEN and kept in the keychain "
                                  "(or, with --store-secret-in-file, in a file only you can "
                                  "read); with --sign-in, a browser sign-in gives it"),
         [](Options o, Args a) {
             if (o.signIn)
                 return signInAccount(o.workspace, a.at(0),
                                      {o.baseUrl, o.clientId, o.redirectPort, o.secretInFile});
             AccountRequest request;
             request.platform = a.at(0);
             request.baseUrl = o.baseUrl;
             request.handle = o.handle;
             request.secretPlace = o.secretInFile ? SecretPlace::File : SecretPlace::Keychain;
             request.services.appViewUrl = o.appViewUrl.value_or(QString());
             request.services.chatService = o.chatService.value_or(QString());
             return addAccount(o.workspace, request);
         }},
        {{u"account"_s, u"reauth"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "ID [--sign-in]"),
         QT_TRANSLATE_NOOP("Cli", "give an account a new token: from a browser sign-in "
                                  "(--sign-in, Mastodon and X) or from standard input or "
                                  "EARSHOT_TOKEN"),
         [](Options o, Args a) {
             return reauthAccount(o.workspace, a.at(0), o.signIn,
                                  {o.baseUrl, o.clientId, o.redirectPort, o.secretInFile});
         }},
        {{u"account"_s, u"list"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "the connected accounts with their health"),
         [](Options o, Args) { return listAccounts(o.workspace, o.json); }},
        {{u"account"_s, u"remove"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "ID"),
         QT_TRANSLATE_NOOP("Cli", "disconnect an account and remove its token; what was heard "
                                  "on it stays"),
         [](Options o, Args a) { return removeAccount(o.workspace, a.at(0)); }},
        {{u"account"_s, u"x-cap"_s},
         2,
         2,
         QT_TRANSLATE_NOOP("Cli", "ID DOLLARS|none"),
         QT_TRANSLATE_NOOP("Cli", "the monthly spending cap of an X account: fetching pauses "
                                  "when X's estimated spend reaches it"),
         [](Options o, Args a) { return setXSpendingCap(o.workspace, a.at(0), a.at(1)); }},
        {{u"account"_s, u"silence"_s},
         2,
         2,
         QT_TRANSLATE_NOOP("Cli", "ID HOURS|off"),
         QT_TRANSLATE_NOOP("Cli", "after how many hours without a post an account that usually "
                                  "hears something is called silent (12 unless set)"),
         [](Options o, Args a) { return setSilenceAlert(o.workspace, a.at(0), a.at(1)); }},
        {{u"account"_s, u"bluesky-services"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "ID [--appview-url URL|default] [--chat-service DID#ID|default]"),
         QT_TRANSLATE_NOOP("Cli", "show or set where a Bluesky account reads posts (its "
                                  "AppView) and its direct messages (its chat service)"),
         [](Options o, Args a) {
             return setBlueskyServices(o.workspace, a.at(0), o.appViewUrl, o.chatService);
         }},
        {{u"account"_s, u"x-search-budget"_s},
         2,
         2,
         QT_TRANSLATE_NOOP("Cli", "ID DOLLARS|none"),
         QT_TRANSLATE_NOOP("Cli", "the daily budget of an X account's listening searches: they "
                                  "pause until the next day (UTC) when it is spent"),
         [](Options o, Args a) { return setXSearchBudget(o.workspace, a.at(0), a.at(1)); }},
        {{u"listen-terms"_s, u"add"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "TERM [--network NETWORK]"),
         QT_TRANSLATE_NOOP("Cli", "listen for public posts with a word, a \"phrase\" or a "
                                  "#hashtag (on every network that can search, or one)"),
         [](Options o, Args a) {
             return addListeningTermCommand(o.workspace, a.at(0), o.network);
         }},
        {{u"listen-terms"_s, u"list"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "the listening terms, with what each heard last and when"),
         [](Options o, Args) { return listListeningTermsCommand(o.workspace, o.json); }},
        {{u"listen-terms"_s, u"remove"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "ID"),
         QT_TRANSLATE_NOOP("Cli", "stop listening for a term; what it heard stays"),
         [](Options o, Args a) { return removeListeningTermCommand(o.workspace, a.at(0)); }},
        {{u"sync"_s},
         0,
         1,
         QT_TRANSLATE_NOOP("Cli", "[ACCOUNT]"),
         QT_TRANSLATE_NOOP("Cli", "fetch what is new on every account (or one) once; exit code "
                                  "0 only when every one synced"),
         [](Options o, Args a) { return syncAccounts(o.workspace, a.value(0)); }},
        {{u"conversation"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "CASE"),
         QT_TRANSLATE_NOOP("Cli", "read the case's whole conversation again from its network: "
                                  "new posts are stored, edits and deletions recorded"),
         [](Options o, Args a) { return loadConversation(o.workspace, a.at(0), o.json); }},
        {{u"case"_s, u"clear-risk"_s},
         2,
         2,
         QT_TRANSLATE_NOOP("Cli", "CASE RISK"),
         QT_TRANSLATE_NOOP("Cli", "clear a risk the case carries (legal, churn, safety, "
                                  "purchase, press, staff-abuse, scam): an agent judged it none"),
         [](Options o, Args a) { return clearCaseRisk(o.workspace, a.at(0), a.at(1)); }},
        {{u"profile"_s},
         1,
         1,
         QT_TRANSLATE_NOOP("Cli", "PERSON"),
         QT_TRANSLATE_NOOP("Cli", "read a person's profile again (name, bio, followers, "
                                  "verified) from a network with a connected account"),
         [](Options o, Args a) { return refreshProfile(o.workspace, a.at(0), o.json); }},
        {{u"listen"_s},
         0,
         0,
         "",
         QT_TRANSLATE_NOOP("Cli", "hear every account until SIGTERM or Ctrl+C"),
         [](Options o, Args) { return listen(o.workspace); }},
    };
}

// Words of `text` in lines of at most `width` characters.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = makeCommands();
    return table;
}

const Command *findCommand(const QStringList &positional, QStringList *arguments)
{
    // The longest name first: "templates search" before a command named "templates".
    const Command *best = nullptr;
    for (const Command &command : commands()) {
        const auto words = command.words.size();
        if (positional.size() < words || positional.mid(0, words) != command.words)
            continue;
        const auto count = positional.size() - words;
        if (count < command.minArguments
            || (command.maxArguments >= 0 && count > command.maxArguments))
            continue;
        if (!best || words > best->words.size())
            best = &command;
    }
    if (best && arguments)
        *arguments = positional.mid(best->words.size());
    return best;
}

QString commandsHelp()
{
    QString help;
    for (const Command &command : commands()) {
        QString entry = u"  "_s + command.words.join(u' ');
        const QString usage = *command.usage ? Tr::tr(command.usage) : QString();
        if (!usage.isEmpty())
            entry += u' ' + usage;
        const QStringList lines = wrapped(Tr::tr(command.help), helpWidth - helpColumn);
        if (entry.size() < helpColumn - 1) {
            help += entry.leftJustified(helpColumn) + lines.value(0) + u'\n';
        } else {
            help += entry + u'\n' + QString(helpColumn, u' ') + lines.value(0) + u'\n';
        }
        for (qsizetype i = 1; i < lines.size(); ++i)
            help += QString(helpColumn, u' ') + lines.at(i) + u'\n';
    }
    return help;
}

QString commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        if (!names.contains(command.words.first()))
            names << command.words.first();
    const QString last = names.takeLast();
    return Tr::tr("%1 or %2").arg(names.join(u", "), last);
}

} // namespace earshot::cli
