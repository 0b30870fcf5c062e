// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "ingest/JsonLinesImporter.h"
#include "store/Workspace.h"

#include <sstream>

using namespace earshot;
using namespace earshot::test;

namespace {

struct Problem {
    std::int64_t line;
    QString reason;
};

class ImporterTest : public ::testing::Test {
protected:
    ImporterTest()
        : db(Workspace::openForWriting(folder.path(QStringLiteral("w.earshot"))))
        , ingestor(db)
    {}

    ImportSummary import(const std::string &text, int batchSize = 2)
    {
        std::istringstream input(text);
        JsonLinesImporter importer(
            [this](const IngestBatch &batch) {
                ++batches;
                return ingestor.ingest(batch);
            },
            [this](std::int64_t line, const QString &reason) {
                problems.push_back({line, reason});
            },
            batchSize);
        return importer.run(input);
    }

    TempFolder folder;
    Database db;
    Ingestor ingestor;
    std::vector<Problem> problems;
    int batches = 0;
};

const char *good(int i)
{
    static std::string lines[] = {
        R"({"platform":"x","id":"1","created_at":"2026-11-20T09:00:00Z","text":"one","author":{"id":"a","handle":"a"}})",
        R"({"platform":"x","id":"2","created_at":"2026-11-20T09:01:00Z","text":"two","author":{"id":"b","handle":"b"}})",
        R"({"platform":"x","id":"3","created_at":"2026-11-20T09:02:00Z","text":"three","author":{"id":"c","handle":"c"}})",
        R"({"platform":"x","id":"4","created_at":"2026-11-20T09:03:00Z","text":"four","author":{"id":"d","handle":"d"}})"};
    return lines[i].c_str();
}

} // namespace

TEST_F(ImporterTest, BadLinesAreReportedByNumberAndGoodLinesKept)
{
    const std::string text =
        std::string("\xEF\xBB\xBF") + good(0) + "\n" + "{broken\n" + good(1) + "\r\n" + "\n"
        + R"({"platform":"x","id":"9","created_at":"2026-11-20T09:00:00Z","author":{"id":"a","handle":"a"}})"
        + "\n" + good(2) + "\n" + good(3); // no newline at the very end
    const ImportSummary summary = import(text);
    EXPECT_EQ(summary.lines, 7);
    EXPECT_EQ(summary.inserted, 4);
    EXPECT_EQ(summary.rejected, 2);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_TRUE(problems[0].reason.startsWith(QStringLiteral("not valid JSON")));
    EXPECT_EQ(problems[1].line, 5);
    EXPECT_EQ(problems[1].reason, QStringLiteral("text: is missing"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions"), 4);
    EXPECT_EQ(batches, 2); // batches of two: memory holds one batch, not the file
}

// A number beyond double range in a field the format ignores once threw out of the reading thread
// and ended the process; now it is one rejected line like any other.
TEST_F(ImporterTest, ANumberBeyondDoubleRangeRejectsItsLineOnly)
{
    const std::string text =
        std::string(good(0)) + "\n"
        + R"({"platform":"x","id":"2","created_at":"2026-11-20T09:01:00Z","text":"two","author":{"id":"b","handle":"b"},"unknown":1e400})"
        + "\n" + good(2) + "\n";
    const ImportSummary summary = import(text);
    EXPECT_EQ(summary.lines, 3);
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.rejected, 1);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].reason,
              QStringLiteral("the number 1e400 at column 118 is too large to read"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions WHERE platform_id IN ('1', '3')"), 2);
}

TEST_F(ImporterTest, ImportingTheSameFileTwiceAddsNothing)
{
    const std::string text = std::string(good(0)) + "\n" + good(1) + "\n" + good(2) + "\n";
    EXPECT_EQ(import(text).inserted, 3);
    const ImportSummary again = import(text);
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.duplicates, 3);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions"), 3);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases"), 3);
}

TEST_F(ImporterTest, EmptyInputIsFine)
{
    const ImportSummary summary = import("");
    EXPECT_EQ(summary.lines, 0);
    EXPECT_EQ(summary.inserted, 0);
    EXPECT_EQ(batches, 0);
}

TEST_F(ImporterTest, AFailureWhileReadingReachesTheCallerAndKeepsWrittenBatches)
{
    // The problem report fails (as writing to a closed terminal can); the import stops with
    // that error instead of ending the program, and the batch before it stays.
    std::istringstream input(std::string(good(0)) + "\n" + good(1) + "\n{broken\n" + good(2));
    JsonLinesImporter importer(
        [this](const IngestBatch &batch) { return ingestor.ingest(batch); },
        [](std::int64_t, const QString &) { throw std::runtime_error("report channel closed"); },
        2);
    EXPECT_THROW(
        {
            try {
                importer.run(input);
            } catch (const std::runtime_error &e) {
                EXPECT_STREQ(e.what(), "report channel closed");
                throw;
            }
        },
        std::runtime_error);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions"), 2);
}
