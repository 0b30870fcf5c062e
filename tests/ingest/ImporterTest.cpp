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

// The common shape of a brand's mentions: top-level posts from many people, each a case of its
// own. Batches of 5, so people come back in later batches.
TEST_F(ImporterTest, TopLevelPostsEachOpenACaseOfTheirOwnWithItsEventAndPerson)
{
    // With the join window off (ThreadingRulesTest covers it on), posts minutes apart by one
    // person are cases of their own.
    db.exec("INSERT INTO settings (key, value) VALUES ('cases.join_window_minutes', '0')");
    std::string text;
    const int people = 6, posts = 42;
    for (int i = 0; i < posts; ++i) {
        const int author = i % people;
        text +=
            R"({"platform":")" + std::string(author % 2 ? "mastodon" : "x") + R"(","id":"post-)"
            + std::to_string(i) + R"(","created_at":"2026-11-20T09:)" + (i < 10 ? "0" : "")
            + std::to_string(i)
            + R"(:00Z","text":"my router keeps dropping the connection, please help","author":{"id":"a)"
            + std::to_string(author) + R"(","handle":"person)" + std::to_string(author) + "\"}}\n";
    }
    // Someone who writes once, for comparison: not a customer.
    text +=
        R"({"platform":"x","id":"once","created_at":"2026-11-20T10:00:00Z","text":"my router keeps dropping the connection, please help","author":{"id":"loner","handle":"loner"}})";
    const ImportSummary summary = import(text, 5);
    EXPECT_EQ(summary.inserted, posts + 1);
    EXPECT_TRUE(problems.empty());

    // One case per post, numbered from #1001, each its post's conversation, person and network.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases"), posts + 1);
    EXPECT_EQ(db.queryInt("SELECT min(id) FROM cases"), 1001);
    EXPECT_EQ(db.queryInt("SELECT count(DISTINCT case_id) FROM mentions"), posts + 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases c JOIN mentions m ON m.case_id = c.id "
                          "JOIN handles h ON h.id = m.handle_id "
                          "WHERE c.person_id = h.person_id AND c.platform = m.platform "
                          "AND c.conversation = m.platform_id AND c.created_at = m.created_at "
                          "AND c.status = 'new' AND c.mention_count = 1 AND c.version = 1 "
                          "AND c.subject = m.text"),
              posts + 1);
    // Each with its "created" event naming its post, and nothing else.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events"), posts + 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM case_events e JOIN mentions m "
                          "ON m.case_id = e.case_id WHERE e.type = 'created' AND e.version = 1 "
                          "AND e.actor = 'system' AND e.at = m.created_at "
                          "AND e.payload = '{\"mention\":\"' || m.platform_id || '\"}'"),
              posts + 1);
    // One person per author; everyone who came back is a customer, in every open case.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM people"), people + 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM handles"), people + 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM person_badges WHERE badge = 'customer' "
                          "AND set_by = 'earshot'"),
              people);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM person_badges"), people);
    const std::int64_t lonerPriority =
        db.queryInt("SELECT c.priority FROM cases c WHERE c.conversation = 'once'");
    EXPECT_EQ(
        db.queryInt("SELECT count(DISTINCT priority) FROM cases WHERE conversation <> 'once'"), 1);
    EXPECT_GT(db.queryInt("SELECT max(priority) FROM cases WHERE conversation <> 'once'"),
              lonerPriority);
    // Each person's first case came in before they were a customer, and says so.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases WHERE priority_at_arrival < priority"),
              people);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases c WHERE priority_at_arrival < priority "
                          "AND id = (SELECT min(id) FROM cases WHERE person_id = c.person_id)"),
              people);
    // Other windows hear of every new case.
    EXPECT_EQ(db.queryInt("SELECT count(DISTINCT case_id) FROM case_changes"), posts + 1);
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
