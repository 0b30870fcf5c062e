// SPDX-License-Identifier: Apache-2.0
// earshot-cli as a person runs it: real process, real workspace file.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>

using namespace earshot;
using namespace earshot::test;

namespace {

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

TEST(Cli, ImportReportsBadLinesAndKeepsGoodOnes)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    const QString sample = dataFile(QStringLiteral("sample-mentions.jsonl"));
    const ProcessResult result =
        runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("import"), sample}));
    EXPECT_EQ(result.exitCode, 3); // imported, with rejected lines
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Read 8 lines: 3 new mentions, 0 already known, 4 rejected.")))
        << result.out.toStdString();
    EXPECT_TRUE(result.err.contains(sample + QStringLiteral(":3: skipped: text: is missing")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(sample + QStringLiteral(":4: skipped: not valid JSON")));
    EXPECT_TRUE(result.err.contains(
        sample + QStringLiteral(":7: skipped: platform: \"myspace\" is not a known network")));
    EXPECT_TRUE(result.err.contains(sample + QStringLiteral(":8: skipped: created_at:")));

    const ProcessResult info =
        runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("info")}));
    EXPECT_EQ(info.exitCode, 0);
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("mentions\\s+3\\n"))))
        << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("cases\\s+2\\n"))));
}

TEST(Cli, ImportReadsStandardInputAndIsIdempotent)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    QFile sample(dataFile(QStringLiteral("sample-mentions.jsonl")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const QByteArray lines = sample.readAll();
    runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("import"), QStringLiteral("-")}),
           lines);
    const ProcessResult again = runCli(
        args({QStringLiteral("-w"), workspace, QStringLiteral("import"), QStringLiteral("-")}),
        lines);
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 new mentions, 3 already known")))
        << again.out.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("standard input:4: skipped")));
}

TEST(Cli, SearchFindsWhatTheSearchBoxFinds)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("import"),
                 dataFile(QStringLiteral("sample-mentions.jsonl"))}));
    const ProcessResult refund = runCli(args(
        {QStringLiteral("-w"), workspace, QStringLiteral("search"), QStringLiteral("refund*")}));
    EXPECT_EQ(refund.exitCode, 0);
    EXPECT_EQ(refund.out.count(QLatin1Char('\n')), 2) << refund.out.toStdString();
    EXPECT_TRUE(refund.out.contains(QStringLiteral("<b>html</b>"))); // printed as it was written
    const ProcessResult json =
        runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("search"),
                     QStringLiteral("--json"), QStringLiteral("\"C++")}));
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_TRUE(json.out.startsWith(QStringLiteral("{\"case\":"))) << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(QStringLiteral("amir.bsky.social")));
}

TEST(Cli, BadWorkspacesGetAMessageAndNonZeroExit)
{
    TempFolder folder;
    const QString notSqlite = folder.path(QStringLiteral("notes.txt"));
    {
        QFile file(notSqlite);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("just some notes");
    }
    const ProcessResult foreign =
        runCli(args({QStringLiteral("-w"), notSqlite, QStringLiteral("import"),
                     dataFile(QStringLiteral("sample-mentions.jsonl"))}));
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_TRUE(foreign.err.contains(QStringLiteral("not an Earshot workspace")));
    QFile file(notSqlite);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("just some notes"));

    const ProcessResult missingFolder =
        runCli(args({QStringLiteral("-w"), folder.path(QStringLiteral("no/such/w.earshot")),
                     QStringLiteral("info")}));
    EXPECT_EQ(missingFolder.exitCode, 1);
    EXPECT_TRUE(missingFolder.err.contains(QStringLiteral("does not exist")));

    const ProcessResult missingInput =
        runCli(args({QStringLiteral("-w"), folder.path(QStringLiteral("w.earshot")),
                     QStringLiteral("import"), folder.path(QStringLiteral("nope.jsonl"))}));
    EXPECT_EQ(missingInput.exitCode, 1);
    EXPECT_TRUE(missingInput.err.contains(QStringLiteral("nope.jsonl")));
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(runCli(args({})).exitCode, 2);
    EXPECT_EQ(runCli(args({QStringLiteral("frobnicate")})).exitCode, 2);
    EXPECT_EQ(runCli(args({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"),
                           QStringLiteral("x")}))
                  .exitCode,
              2);
    const ProcessResult version = runCli(args({QStringLiteral("--version")}));
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(EARSHOT_VERSION)));
}

TEST(Cli, BrokenScenarioIsNamedByFileLineAndFieldAndCreatesNothing)
{
    TempFolder folder;
    const QString scenario = folder.path(QStringLiteral("broken.scenario.json"));
    {
        QFile file(scenario);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            "{\n  \"format\": \"earshot-scenario\",\n  \"version\": 1,\n  \"title\": [\"x\"]\n}\n");
    }
    const QString workspace = folder.path(QStringLiteral("demo.earshot"));
    const ProcessResult result =
        runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("demo"),
                     QStringLiteral("--scenario"), scenario}));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(
        result.err.contains(QStringLiteral("broken.scenario.json:4: title: has the wrong type")))
        << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(workspace));

    const ProcessResult notJson = runCli(
        args({QStringLiteral("-w"), workspace, QStringLiteral("demo"), QStringLiteral("--scenario"),
              dataFile(QStringLiteral("sample-mentions.jsonl"))}));
    EXPECT_EQ(notJson.exitCode, 1);
    EXPECT_TRUE(notJson.err.contains(QStringLiteral("sample-mentions.jsonl:2:1: not valid JSON")))
        << notJson.err.toStdString();
}

// The attack that found 85 crashes: 1e400 in a field nobody reads. Every command that reads
// outside JSON refuses it with the file, the line and the reason, and exits as for any mistake
// (no abort, exit 134 before).
TEST(Cli, ANumberBeyondDoubleRangeIsAReasonInEveryCommand)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    const QByteArray good1 =
        R"({"platform":"x","id":"1","created_at":"2026-11-20T09:00:00Z","text":"one","author":{"id":"a","handle":"a"}})";
    const QByteArray huge =
        R"({"platform":"x","id":"2","created_at":"2026-11-20T09:01:00Z","text":"two","author":{"id":"b","handle":"b"},"x":1e400})";
    const QByteArray good3 =
        R"({"platform":"x","id":"3","created_at":"2026-11-20T09:02:00Z","text":"three","author":{"id":"c","handle":"c"}})";
    const QString lines =
        writeFile(folder, QStringLiteral("m.jsonl"), good1 + '\n' + huge + '\n' + good3 + '\n');
    const ProcessResult imported =
        runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("import"), lines}));
    EXPECT_EQ(imported.exitCode, 3) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(
        lines + QStringLiteral(":2: skipped: the number 1e400 at column 112 is too large to read")))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(
        QStringLiteral("Read 3 lines: 2 new mentions, 0 already known, 1 rejected.")))
        << imported.out.toStdString();

    const QString templates = writeFile(
        folder, QStringLiteral("team.json"),
        "{\"format\": \"earshot-templates\", \"version\": 1,\n\"templates\": [], \"x\": 1e400}\n");
    const ProcessResult templateImport =
        runCli(args({QStringLiteral("-w"), workspace, QStringLiteral("templates"),
                     QStringLiteral("import"), templates}));
    EXPECT_EQ(templateImport.exitCode, 1);
    EXPECT_TRUE(templateImport.err.contains(
        templates + QStringLiteral(":2:23: the number 1e400 is too large to read")))
        << templateImport.err.toStdString();

    const QString scenario =
        writeFile(folder, QStringLiteral("huge.scenario.json"),
                  "{\"format\": \"earshot-scenario\", \"version\": 1, \"x\": 1e400}");
    const QString demo = folder.path(QStringLiteral("demo.earshot"));
    const ProcessResult demoRun = runCli(args({QStringLiteral("-w"), demo, QStringLiteral("demo"),
                                               QStringLiteral("--scenario"), scenario}));
    EXPECT_EQ(demoRun.exitCode, 1);
    EXPECT_TRUE(demoRun.err.contains(
        QStringLiteral("huge.scenario.json:1:51: the number 1e400 is too large to read")))
        << demoRun.err.toStdString();
    EXPECT_FALSE(QFile::exists(demo));
}

// --help and the commands come from one table: every command a person finds in the help runs,
// and words the table does not know are refused as wrong usage, not run half.
TEST(Cli, HelpListsTheCommandsThatRun)
{
    const ProcessResult help = runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    for (const char *entry :
         {"  info ", "  check ", "  recover DAMAGED NEW", "  import FILE", "  search QUERY...",
          "  learn FILE", "  learning reset", "  demo ", "  templates search WORDS...",
          "  templates install-starter", "  guidelines set FILE", "  reopen-window [HOURS]",
          "  classify [FILE]", "  priority-weights set FILE",
          "  speakers staff|vip|customers [set FILE]", "  lead-risks set KEY...|none"})
        EXPECT_TRUE(help.out.contains(QString::fromUtf8(entry))) << entry;
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("templates"),
                      QStringLiteral("install-starter")})
                  .exitCode,
              0);
    for (const QStringList &wrong :
         {QStringList{QStringLiteral("templates")},
          QStringList{QStringLiteral("info"), QStringLiteral("x")},
          QStringList{QStringLiteral("speakers"), QStringLiteral("vip"), QStringLiteral("put"),
                      QStringLiteral("f")},
          QStringList{QStringLiteral("recover"), QStringLiteral("only-one")},
          QStringList{QStringLiteral("nonsense")}})
        EXPECT_EQ(runCli(QStringList{QStringLiteral("-w"), workspace} + wrong).exitCode, 2)
            << wrong.join(u' ').toStdString();
    const ProcessResult vip = runCli(
        {QStringLiteral("-w"), workspace, QStringLiteral("speakers"), QStringLiteral("vip")});
    EXPECT_EQ(vip.exitCode, 0) << vip.err.toStdString();
}
