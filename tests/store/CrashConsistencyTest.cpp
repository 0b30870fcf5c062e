// SPDX-License-Identifier: Apache-2.0
// A killed import must leave whole batches or nothing: no half batch, no broken index, and a
// second run of the same import completes it without doubling anything.
#include "TestSupport.h"

#include "ingest/JsonLinesImporter.h"
#include "ingest/MentionJson.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <nlohmann/json.hpp>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int batchSize = JsonLinesImporter::defaultBatchSize;
constexpr int lineCount = 3 * batchSize;

void writeMentions(const QString &path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < lineCount; ++i) {
        Mention m =
            makeMention(QString::number(i), QString::number(i % 700), 1'700'000'000'000 + i);
        if (i % 3 != 0)
            m.inReplyTo = QString::number(i - 1);
        file.write(QByteArray::fromStdString(mentionToJson(m).dump()));
        file.write("\n");
    }
}

std::int64_t mentionCount(const QString &workspace)
{
    Database db = Workspace::openForReading(workspace);
    return db.queryInt("SELECT count(*) FROM mentions");
}

// How many times to repeat (EARSHOT_KILL_ITERATIONS; once in the everyday run).
int iterations()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("EARSHOT_KILL_ITERATIONS", &ok);
    return ok && n > 0 ? n : 1;
}

void killImportAndResume()
{
    TempFolder folder;
    const QString input = folder.path(QStringLiteral("mentions.jsonl"));
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    writeMentions(input);
    {
        Workspace::openForWriting(workspace);
    }

    QProcess import;
    import.start(QStringLiteral(EARSHOT_CLI),
                 {QStringLiteral("-w"), workspace, QStringLiteral("import"), input});
    ASSERT_TRUE(import.waitForStarted());
    // Kill it as soon as the first batch is on disk: the next one is then halfway written.
    QElapsedTimer timer;
    timer.start();
    while (mentionCount(workspace) == 0 && timer.elapsed() < 60000)
        QThread::msleep(5);
    import.kill();
    import.waitForFinished();

    const std::int64_t afterKill = mentionCount(workspace);
    EXPECT_GT(afterKill, 0);
    EXPECT_EQ(afterKill % batchSize, 0) << "a batch was stored in part: " << afterKill;
    {
        Database db = Workspace::openForWriting(workspace);
        Statement check(db, "PRAGMA integrity_check");
        ASSERT_TRUE(check.step());
        EXPECT_EQ(check.toString(0), QStringLiteral("ok"));
        EXPECT_NO_THROW(
            db.exec("INSERT INTO mention_fts (mention_fts) VALUES ('integrity-check')"));
        // Every stored mention lies in a case whose counters agree with its mentions.
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases c WHERE c.mention_count <> "
                              "(SELECT count(*) FROM mentions m WHERE m.case_id = c.id)"),
                  0);
    }

    const ProcessResult again =
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("import"), input});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("%1 already known").arg(afterKill)))
        << again.out.toStdString();
    EXPECT_EQ(mentionCount(workspace), lineCount);
}

} // namespace

TEST(CrashConsistency, KilledImportKeepsWholeBatchesAndResumesWithoutDuplicates)
{
    for (int i = 0; i < iterations() && !HasFailure(); ++i)
        killImportAndResume();
}
