// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include <functional>
#include <vector>

namespace earshot::cli {

// What every command may read besides its own arguments: the options of the command line.
struct CommandOptions {
    QString workspace;
    QString platform;
    QString scenario;
    QString format;
    QString column;
    int limit = 50;
    bool json = false;
    // account add
    QString baseUrl;
    QString handle;
    bool secretInFile = false;
    // account add bluesky and account bluesky-services: set when given ("default" resets)
    std::optional<QString> appViewUrl;
    std::optional<QString> chatService;
    // account add/reauth with a browser
    bool signIn = false;
    QString clientId;
    QString redirectPort;
    // listen-terms add
    QString network;
    // case show/resolve/reply: who the command line works as, and whether they read the case
    QString agent;
    bool seen = false;
    // model rebuild
    QString datasets;
    QString out;
    QString seed;
    // scenario run
    QString speed;
    QString replies;
};

// One command of earshot-cli: the words that name it, how many arguments follow them, its line
// in --help, and what runs it. Help and dispatch are both made from this table, so a command
// cannot be listed without running or run without being listed.
struct Command {
    QStringList words;    // "templates", "search"
    int minArguments = 0; // after the words
    int maxArguments = 0; // -1: any number
    const char *usage;    // after the words, e.g. "WORDS..." (translated, context Cli)
    const char *help;     // one sentence (translated, context Cli); wrapped by --help
    std::function<int(const CommandOptions &, const QStringList &arguments)> run;
};

const std::vector<Command> &commands();

// The command the positional arguments name, with the arguments after its words; nullptr when
// none matches (unknown words, or too few or too many arguments).
const Command *findCommand(const QStringList &positional, QStringList *arguments);

// The "Commands:" part of --help: one entry a command, help wrapped to 79 columns.
QString commandsHelp();
// The names of the commands, for the positional argument's description.
QString commandNames();

} // namespace earshot::cli
