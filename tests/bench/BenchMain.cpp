// SPDX-License-Identifier: Apache-2.0
// earshot-bench: the figures in docs/benchmarks.md, each next to its limit measured in the same
// run on the same machine.
#include "MentionGenerator.h"
#include "ProcessRunner.h"
#include "ReadingBench.h"
#include "Stopwatch.h"

#include "cases/CaseDetails.h"
#include "ingest/JsonLinesImporter.h"
#include "ingest/MentionJson.h"
#include "store/MentionQueries.h"
#include "store/SearchQuery.h"
#include "store/SearchTokenizer.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <unistd.h>

using namespace earshot;
using namespace earshot::bench;

namespace {

constexpr std::uint32_t seed = 20261123;
constexpr int people = 150000;
constexpr std::int64_t startMs = 1'790'000'000'000;
constexpr int batchSize = JsonLinesImporter::defaultBatchSize; // the same for both sides

// What the generated file for the import figures looks like.
struct ImportShape {
    const char *name; // in file names and the printed figures
    int people;
    MentionGenerator::Shape shape;
};
// The bench's usual file: most mentions join an existing case.
constexpr ImportShape conversations{"conversations", people,
                                    MentionGenerator::Shape::Conversations};
// Every mention opens a case: top-level posts from 10,000 people (issue 15).
constexpr ImportShape newCases{"new-cases", 10000, MentionGenerator::Shape::NewCases};

struct Options {
    long mentions = 1000000;
    std::string folder = "bench";
    std::string cli;
    std::string gui;
    std::string texts;         // posts to read for the reading figures (one a line)
    bool readingOnly = false;  // only the reading figures: seconds instead of minutes
    bool longPosts = false;    // only the switch to cases whose post is a megabyte long
    bool classifyOnly = false; // only earshot-cli classify of --texts, beside a plain read
    // Only the import figures, for these shapes, each against its own limits in the same run.
    std::vector<ImportShape> importShapes;
};

const char *const usage =
    "usage: earshot-bench [--mentions N] [--folder DIR] [--cli EARSHOT-CLI] [--gui EARSHOT]\n"
    "                     [--texts FILE] [--reading-only yes] [--long-posts yes]\n"
    "                     [--classify-only yes] (with --texts and --cli)\n"
    "                     [--import-only conversations|new-cases|both]\n"
    "Writes its workspaces and input files under DIR (default ./bench).\n"
    "--import-only measures only the import, of the usual file (conversations: most mentions\n"
    "join a case), of one where every mention opens a case (new-cases: top-level posts from\n"
    "10,000 people), or of both, each next to its limits.\n";

// A typo must not start a six-minute run that writes 300 MB into the current folder.
Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--help" || key == "-h") {
            std::fputs(usage, stdout);
            std::exit(0);
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "earshot-bench: %s needs a value\n%s", key.c_str(), usage);
            std::exit(2);
        }
        const std::string value = argv[i + 1];
        if (key == "--mentions")
            o.mentions = std::stol(value);
        else if (key == "--folder")
            o.folder = value;
        else if (key == "--cli")
            o.cli = value;
        else if (key == "--gui")
            o.gui = value;
        else if (key == "--texts")
            o.texts = value;
        else if (key == "--reading-only")
            o.readingOnly = value == "yes";
        else if (key == "--long-posts")
            o.longPosts = value == "yes";
        else if (key == "--classify-only")
            o.classifyOnly = value == "yes";
        else if (key == "--import-only" && (value == "conversations" || value == "both"))
            o.importShapes.push_back(conversations);
        else if (key == "--import-only" && value == "new-cases")
            o.importShapes.push_back(newCases);
        else {
            std::fprintf(stderr, "earshot-bench: unknown option %s\n%s", key.c_str(), usage);
            std::exit(2);
        }
        if (key == "--import-only" && value == "both")
            o.importShapes.push_back(newCases);
    }
    return o;
}

// `earshot-cli classify` end to end (reading the file, every reader, the JSON out) on --texts,
// beside `cat` of the same file: the fastest of three runs each, by the child's CPU time (on a
// shared machine the wall clock also counts other people's work).
int benchClassify(const Options &o)
{
    if (o.cli.empty() || o.texts.empty()) {
        std::fprintf(stderr, "earshot-bench: --classify-only needs --cli and --texts\n");
        return 2;
    }
    const long lines = long(textsFromFile(QString::fromStdString(o.texts)).size());
    const std::string workspace = o.folder + "/no-workspace.earshot"; // absent: built-in only
    auto best = [](const std::vector<std::string> &argv) {
        ProcessRun fastest;
        for (int round = 0; round < 3; ++round) {
            ProcessRun run = runProcess(argv);
            if (run.exitCode != 0)
                return run;
            if (round == 0 || run.cpuMs < fastest.cpuMs)
                fastest = std::move(run);
        }
        return fastest;
    };
    const ProcessRun plain = best({"/bin/cat", o.texts});
    const ProcessRun classify =
        best({o.cli, "-w", workspace, "classify", "--format", "lines", o.texts});
    if (classify.exitCode != 0) {
        std::fprintf(stderr, "earshot-cli classify failed (%d)\n", classify.exitCode);
        return 1;
    }
    std::printf("Classify   %ld texts, earshot-cli classify: %8.0f texts/s of CPU (%.0f ms CPU, "
                "%.0f ms wall, %zu bytes out)\n",
                lines, lines / (classify.cpuMs / 1000.0), classify.cpuMs, classify.wallMs,
                classify.out.size());
    std::printf("           plain read (cat) of the same file: %.0f ms CPU, %.0f ms wall\n",
                plain.cpuMs, plain.wallMs);
    std::printf("           classify against target %.2f  (target: >= 100,000 texts/s)\n",
                lines / (classify.cpuMs / 1000.0) / 100000.0);
    return 0;
}

void removeWorkspace(const std::string &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(QString::fromStdString(path + suffix));
}

// The usual file keeps its old name, so a folder from an earlier run is used again.
std::string inputPath(const Options &o, const ImportShape &shape, const char *extension)
{
    const std::string infix =
        shape.shape == conversations.shape ? "" : std::string(shape.name) + "-";
    return o.folder + "/mentions-" + infix + std::to_string(o.mentions) + extension;
}

std::string generateInput(const Options &o, const ImportShape &shape)
{
    std::string path = inputPath(o, shape, ".jsonl");
    if (QFileInfo::exists(QString::fromStdString(path)))
        return path;
    std::ofstream out(path + ".part");
    MentionGenerator generator(seed, shape.people, startMs, shape.shape);
    for (long i = 0; i < o.mentions; ++i)
        out << mentionToJson(generator.next()).dump() << '\n';
    out.close();
    std::rename((path + ".part").c_str(), path.c_str());
    return path;
}

// The connection settings earshot-cli import uses, given to the limits too.
const char *const sameTuning =
    "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-98304;";

// `tokenizer`: Earshot's where the limit can load it (bare C); the sqlite3 shell cannot, and
// gets unicode61, which Earshot's tokenizer hands ASCII text to unchanged.
std::string plainSchema(const char *tokenizer)
{
    return std::string(
               "CREATE TABLE mentions (platform TEXT NOT NULL, platform_id TEXT NOT NULL, "
               "created_at INTEGER NOT NULL, text TEXT NOT NULL, author_id TEXT NOT NULL, "
               "in_reply_to TEXT, UNIQUE (platform, platform_id));"
               "CREATE VIRTUAL TABLE mention_fts USING fts5(text, content='mentions', tokenize=\"")
           + tokenizer
           + " remove_diacritics 2 categories 'L* N* Co M* So'\");"
             "CREATE TRIGGER fts AFTER INSERT ON mentions BEGIN INSERT INTO mention_fts "
             "(rowid, text) VALUES (new.rowid, new.text); END;";
}

std::string csvField(const QString &value)
{
    std::string out = "\"";
    for (const char c : value.toStdString()) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

// The same mentions as CSV, for the sqlite3 shell's bulk import.
std::string generateCsv(const Options &o, const ImportShape &shape)
{
    std::string path = inputPath(o, shape, ".csv");
    if (QFileInfo::exists(QString::fromStdString(path)))
        return path;
    std::ofstream out(path + ".part");
    MentionGenerator generator(seed, shape.people, startMs, shape.shape);
    for (long i = 0; i < o.mentions; ++i) {
        const Mention m = generator.next();
        out << csvField(m.platform) << ',' << csvField(m.id) << ',' << m.createdAtMs << ','
            << csvField(m.text) << ',' << csvField(m.author.id) << ','
            << (m.inReplyTo.isEmpty() ? std::string() : csvField(m.inReplyTo)) << '\n';
    }
    out.close();
    std::rename((path + ".part").c_str(), path.c_str());
    return path;
}

// The limit as a person would measure it: the stock sqlite3 shell bulk-importing the same rows
// into the same table shape and FTS5 index.
// `tuning` empty: the shell as it comes (only WAL, like every workspace).
ProcessRun sqliteShellImport(const Options &o, const std::string &csv, const std::string &tuning)
{
    const std::string path = o.folder + "/plain-shell.sqlite";
    removeWorkspace(path);
    runProcess({"/usr/bin/sqlite3", path,
                std::string("PRAGMA journal_mode=WAL;") + plainSchema("unicode61")});
    return runProcess(
        {"/usr/bin/sqlite3", path, tuning + "SELECT 1;", ".import --csv " + csv + " mentions"});
}

// The floor: the same rows into the same table shape and FTS5 index (Earshot's tokenizer) with
// bare prepared statements, batched like Earshot's import, without parsing, people, cases or
// events.
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000 + double(t.tv_nsec) / 1e6;
}

Timing plainInsert(const Options &o, const ImportShape &shape)
{
    std::vector<Mention> rows;
    rows.reserve(std::size_t(o.mentions));
    MentionGenerator generator(seed, shape.people, startMs, shape.shape);
    for (long i = 0; i < o.mentions; ++i)
        rows.push_back(generator.next());
    const std::string path = o.folder + "/plain.sqlite";
    removeWorkspace(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, (std::string("PRAGMA journal_mode=WAL;") + sameTuning).c_str(), nullptr,
                 nullptr, nullptr);
    registerSearchTokenizer(db);
    sqlite3_exec(db, plainSchema(searchTokenizerName).c_str(), nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO mentions (platform, platform_id, created_at, text, author_id, "
                       "in_reply_to) VALUES (?, ?, ?, ?, ?, ?)",
                       -1, &insert, nullptr);
    Stopwatch watch;
    const double cpuAtStart = processCpuMs();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i % batchSize == 0)
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const Mention &m = rows[i];
        const QByteArray platform = m.platform.toUtf8(), id = m.id.toUtf8(), text = m.text.toUtf8(),
                         author = m.author.id.toUtf8(), reply = m.inReplyTo.toUtf8();
        sqlite3_bind_text(insert, 1, platform.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, id.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, m.createdAtMs);
        sqlite3_bind_text(insert, 4, text.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, author.constData(), -1, SQLITE_STATIC);
        if (reply.isEmpty())
            sqlite3_bind_null(insert, 6);
        else
            sqlite3_bind_text(insert, 6, reply.constData(), -1, SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        if (i % batchSize == batchSize - 1 || i + 1 == rows.size())
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const Timing took{watch.elapsedMs(), processCpuMs() - cpuAtStart};
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return took;
}

struct Latency {
    double median;
    double p95;
};

Latency measure(const std::vector<std::string> &queries,
                const std::function<void(const std::string &)> &run)
{
    for (const std::string &q : queries) // warm the page cache the same way for both sides
        run(q);
    std::vector<double> samples;
    for (const std::string &q : queries) {
        Stopwatch watch;
        run(q);
        samples.push_back(watch.elapsedMs());
    }
    return {quantile(samples, 0.5), quantile(samples, 0.95)};
}

// Runs a prepared statement (MATCH ?, LIMIT ?) and reads every column of every row as UTF-8.
std::size_t runDirect(sqlite3_stmt *statement, const std::string &match)
{
    sqlite3_bind_text(statement, 1, match.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int(statement, 2, 50);
    std::size_t bytes = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            bytes += std::size_t(sqlite3_column_bytes(statement, c))
                     + (sqlite3_column_text(statement, c) != nullptr);
    }
    sqlite3_reset(statement);
    return bytes;
}

// The hostile corpus's longest post: 1,040,000 characters of ordinary words, with an address
// near the start, written as one paragraph.
QString megabytePost(int variant)
{
    const QString sentence = QStringLiteral(
        "I have been waiting three weeks for the refund you promised and nobody answers. ");
    QString text =
        QStringLiteral("Case %1, see https://fernline.example/help first. ").arg(variant);
    text.reserve(1'040'000 + sentence.size());
    while (text.size() < 1'040'000)
        text += sentence;
    text.truncate(1'040'000);
    return text;
}

// Switching to cases whose post is a megabyte long: a workspace of six such cases, each from
// its own person, and the window moving down them with J as in the case switch figure.
int benchLongPosts(const Options &o)
{
    const int cases = 6;
    const std::string input = o.folder + "/long-posts.jsonl";
    {
        std::ofstream out(input);
        MentionGenerator generator(seed, people, startMs);
        for (int i = 0; i < cases; ++i) {
            Mention m = generator.next();
            m.id = QStringLiteral("long-%1").arg(i);
            m.author.id = QStringLiteral("long-author-%1").arg(i);
            m.author.handle = QStringLiteral("long%1@social.example").arg(i);
            m.inReplyTo.clear();
            m.text = megabytePost(i);
            out << mentionToJson(m).dump() << '\n';
        }
    }
    const std::string workspace = o.folder + "/long-posts.earshot";
    removeWorkspace(workspace);
    const ProcessRun import = runProcess({o.cli, "-w", workspace, "import", input});
    if (import.exitCode != 0) {
        std::fprintf(stderr, "earshot-cli import failed (%d): %s\n", import.exitCode,
                     import.out.c_str());
        return 1;
    }
    const ProcessRun run = runProcess({o.gui, "--workspace", workspace},
                                      {{"QT_QPA_PLATFORM", "offscreen"},
                                       {"EARSHOT_CASE_SWITCH_REPORT", std::to_string(cases - 1)},
                                       {"XDG_CONFIG_HOME", o.folder + "/config"}});
    const auto at = run.out.find("case-switch-ms ");
    if (run.exitCode != 0 || at == std::string::npos) {
        std::fprintf(stderr, "earshot did not report its case switches (%d)\n", run.exitCode);
        return 1;
    }
    std::printf("Case switch to a 1,040,000-character post  %s  (process start to exit %.0f ms, "
                "CPU %.0f ms)\n",
                run.out.substr(at + 15, run.out.find('\n', at) - at - 15).c_str(), run.wallMs,
                run.cpuMs);
    return 0;
}

struct ImportFigures {
    ProcessRun earshot;
    ProcessRun stockShell;
    ProcessRun shell;
    Timing plain;
};

// The limits for the import: the sqlite3 shell's bulk import of the same rows, and bare
// prepared inserts of them.
void measureImportLimits(const Options &o, const ImportShape &shape, ImportFigures &figures)
{
    const std::string csv = generateCsv(o, shape);
    figures.stockShell = sqliteShellImport(o, csv, {});
    figures.shell = sqliteShellImport(o, csv, sameTuning);
    figures.plain = plainInsert(o, shape);
}

void printImport(const Options &o, const ImportShape &shape, const ImportFigures &f)
{
    const double earshotRate = double(o.mentions) / (f.earshot.wallMs / 1000);
    const double shellRate = double(o.mentions) / (f.shell.wallMs / 1000);
    const double stockShellRate = double(o.mentions) / (f.stockShell.wallMs / 1000);
    const double plainRate = double(o.mentions) / (f.plain.wallMs / 1000);
    std::printf("Import     (%s: %ld mentions from %d people)\n", shape.name, o.mentions,
                shape.people);
    std::printf("           earshot-cli import     %9.0f mentions/s  (%.1f s, peak %ld MB)\n",
                earshotRate, f.earshot.wallMs / 1000, f.earshot.peakRssKb / 1024);
    std::printf("           sqlite3 shell, tuned   %9.0f mentions/s  (%.1f s, peak %ld MB)\n",
                shellRate, f.shell.wallMs / 1000, f.shell.peakRssKb / 1024);
    std::printf("           ratio                  %9.2f  (target >= 0.50)\n",
                earshotRate / shellRate);
    std::printf("           sqlite3 shell, stock   %9.0f mentions/s  (%.1f s), ratio %.2f\n",
                stockShellRate, f.stockShell.wallMs / 1000, earshotRate / stockShellRate);
    std::printf("           bare C prepared insert %9.0f mentions/s  (%.1f s), ratio %.2f\n",
                plainRate, f.plain.wallMs / 1000, earshotRate / plainRate);
    // On a shared machine wall time follows the neighbours; CPU time less so. Earshot's counts
    // both of its threads (parsing and reading, writing), the limits' their only one.
    std::printf("           CPU time: earshot %.1f s, tuned shell %.1f s (ratio %.2f), "
                "bare C %.1f s (ratio %.2f)\n\n",
                f.earshot.cpuMs / 1000, f.shell.cpuMs / 1000, f.shell.cpuMs / f.earshot.cpuMs,
                f.plain.cpuMs / 1000, f.plain.cpuMs / f.earshot.cpuMs);
}

std::optional<ProcessRun> importWithEarshot(const Options &o, const std::string &input,
                                            const std::string &workspace)
{
    removeWorkspace(workspace);
    ProcessRun import = runProcess({o.cli, "-w", workspace, "import", input});
    if (import.exitCode != 0) {
        std::fprintf(stderr, "earshot-cli import failed (%d): %s\n", import.exitCode,
                     import.out.c_str());
        return std::nullopt;
    }
    return import;
}

// Only the import figures, for each shape asked for. Every earshot-cli import runs before the
// plain inserts, which hold every row in memory (see main()).
int benchImportOnly(const Options &o)
{
    std::vector<ImportFigures> figures(o.importShapes.size());
    for (std::size_t i = 0; i < o.importShapes.size(); ++i) {
        const ImportShape &shape = o.importShapes[i];
        const auto import = importWithEarshot(o, generateInput(o, shape),
                                              o.folder + "/import-" + shape.name + ".earshot");
        if (!import)
            return 1;
        figures[i].earshot = *import;
    }
    for (std::size_t i = 0; i < o.importShapes.size(); ++i)
        measureImportLimits(o, o.importShapes[i], figures[i]);
    for (std::size_t i = 0; i < o.importShapes.size(); ++i)
        printImport(o, o.importShapes[i], figures[i]);
    return 0;
}

std::string machine()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    }
    return "unknown CPU";
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    QDir().mkpath(QString::fromStdString(o.folder));
    std::printf("Earshot benchmark: %ld mentions, %d people\n", o.mentions, people);
    std::printf("Machine: %s, %ld cores; SQLite %s\n\n", machine().c_str(),
                sysconf(_SC_NPROCESSORS_ONLN), sqlite3_libversion());

    if (!o.importShapes.empty())
        return benchImportOnly(o);

    // 0. Reading: real posts when given, else 100,000 generated ones.
    QStringList texts =
        o.texts.empty() ? QStringList() : textsFromFile(QString::fromStdString(o.texts));
    if (texts.isEmpty()) {
        MentionGenerator generator(seed, people, startMs);
        for (int i = 0; i < 100000; ++i)
            texts.append(generator.next().text);
    } else {
        std::printf("Posts read: %s\n", o.texts.c_str());
    }
    if (o.longPosts)
        return benchLongPosts(o);
    if (o.classifyOnly)
        return benchClassify(o);
    benchReading(texts);
    if (o.readingOnly)
        return 0;

    const std::string input = generateInput(o, conversations);
    const std::string workspace = o.folder + "/bench.earshot";

    // Children's peak memory is only honest while this process is still small (a spawned
    // child inherits its parent's high-water mark), so the plain insert, which holds every
    // row in memory, runs last.

    // 1. Import through earshot-cli.
    ImportFigures importFigures;
    if (const auto import = importWithEarshot(o, input, workspace))
        importFigures.earshot = *import;
    else
        return 1;
    const ProcessRun &import = importFigures.earshot;
    // 2. Start to first painted case list, and the window's peak memory.
    std::vector<double> inProcess, wall;
    long guiPeakKb = 0;
    for (int i = 0; i < 5; ++i) {
        const ProcessRun run = runProcess({o.gui, "--workspace", workspace},
                                          {{"QT_QPA_PLATFORM", "offscreen"},
                                           {"EARSHOT_FIRST_PAINT_REPORT", "1"},
                                           {"XDG_CONFIG_HOME", o.folder + "/config"}});
        const auto at = run.out.find("first-paint-ms ");
        if (run.exitCode != 0 || at == std::string::npos) {
            std::fprintf(stderr, "earshot did not report its first paint (%d)\n", run.exitCode);
            return 1;
        }
        inProcess.push_back(std::stod(run.out.substr(at + 15)));
        wall.push_back(run.wallMs);
        guiPeakKb = std::max(guiPeakKb, run.peakRssKb);
    }
    std::printf("First paint  from main()         median %7.0f ms\n", quantile(inProcess, 0.5));
    std::printf("             process start to exit median %5.0f ms  (target < 1500)\n",
                quantile(wall, 0.5));
    std::printf("Peak memory  window %ld MB, import %ld MB  (target < 300)\n\n", guiPeakKb / 1024,
                import.peakRssKb / 1024);
    // 2b. Switching from one case to the next (J), until the conversation has painted.
    {
        const ProcessRun run = runProcess({o.gui, "--workspace", workspace},
                                          {{"QT_QPA_PLATFORM", "offscreen"},
                                           {"EARSHOT_CASE_SWITCH_REPORT", "200"},
                                           {"XDG_CONFIG_HOME", o.folder + "/config"}});
        const auto at = run.out.find("case-switch-ms ");
        if (run.exitCode != 0 || at == std::string::npos) {
            std::fprintf(stderr, "earshot did not report its case switches (%d)\n", run.exitCode);
            return 1;
        }
        std::printf("Case switch  %s  (target: median < 50 ms)\n\n",
                    run.out.substr(at + 15, run.out.find('\n', at) - at - 15).c_str());
    }
    // 3. Search: what the search box runs, against the same SQL through the bare C API.
    Database reader = Workspace::openForReading(QString::fromStdString(workspace));
    MentionQueries mentions(reader);
    MentionGenerator generator(seed + 1, people, startMs);
    const std::vector<std::string> queries = generator.searchQueries(100);
    const Latency ours = measure(
        queries, [&](const std::string &q) { mentions.search(QString::fromStdString(q), 50); });
    // The same SQL through the bare C API, reading the same columns as UTF-8: the limit.
    std::size_t bytesRead = 0;
    sqlite3_stmt *sameSql = nullptr;
    sqlite3_prepare_v2(reader.handle(), MentionQueries::searchSql(), -1, &sameSql, nullptr);
    sqlite3_stmt *rowids = nullptr;
    sqlite3_prepare_v2(reader.handle(),
                       "SELECT rowid FROM mention_fts WHERE mention_fts MATCH ? "
                       "ORDER BY rowid DESC LIMIT ?",
                       -1, &rowids, nullptr);
    std::vector<std::string> matches;
    matches.reserve(queries.size());
    for (const std::string &q : queries)
        matches.push_back(ftsQueryFromUserText(QString::fromStdString(q)).toStdString());
    const Latency bare = measure(queries, [&](const std::string &q) {
        const std::size_t index = std::size_t(&q - queries.data());
        bytesRead += runDirect(sameSql, matches[index]);
    });
    const Latency rowidsOnly = measure(queries, [&](const std::string &q) {
        const std::size_t index = std::size_t(&q - queries.data());
        bytesRead += runDirect(rowids, matches[index]);
    });
    std::printf("Search     earshot search        median %7.2f ms   p95 %7.2f ms\n", ours.median,
                ours.p95);
    std::printf("           same query, bare C    median %7.2f ms   p95 %7.2f ms\n", bare.median,
                bare.p95);
    std::printf("           ratio                 median %7.2f      p95 %7.2f   (target <= 2)\n",
                ours.median / bare.median, ours.p95 / bare.p95);
    sqlite3_finalize(sameSql);
    sqlite3_finalize(rowids);
    std::printf("           (read %zu bytes)\n", bytesRead);
    std::printf("           (FTS5 rowids alone    median %7.2f ms   p95 %7.2f ms)\n\n",
                rowidsOnly.median, rowidsOnly.p95);

    // 4. Switching cases: everything the conversation pane reads for one case.
    CaseQueries cases(reader);
    std::vector<std::int64_t> caseIds;
    {
        Statement sample(reader, "SELECT id FROM cases ORDER BY random() LIMIT 200");
        while (sample.step())
            caseIds.push_back(sample.toInt(0));
    }
    std::vector<double> switches;
    for (const std::int64_t id : caseIds) {
        Stopwatch watch;
        loadCaseDetails(reader, cases, mentions, id, QDateTime::currentMSecsSinceEpoch());
        switches.push_back(watch.elapsedMs());
    }
    std::printf("Case load  conversation data     median %7.2f ms   p95 %7.2f ms  (%zu cases)\n\n",
                quantile(switches, 0.5), quantile(switches, 0.95), switches.size());

    // 5. The limits for the import.
    measureImportLimits(o, conversations, importFigures);
    printImport(o, conversations, importFigures);

    return 0;
}
