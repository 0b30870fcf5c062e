// SPDX-License-Identifier: Apache-2.0
#include "FoundIds.h"
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "store/MentionQueries.h"
#include "store/SearchQuery.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

TEST(SearchQuery, EveryWordIsQuotedSoNothingIsSyntax)
{
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("refund late")),
              QStringLiteral("\"refund\" \"late\""));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("AND OR NOT")),
              QStringLiteral("\"AND\" \"OR\" \"NOT\""));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("body:x")), QStringLiteral("\"body:x\""));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("C++")), QStringLiteral("\"C++\""));
}

TEST(SearchQuery, PhrasesAndPrefixesWorkAsPeopleExpect)
{
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("\"still waiting\" refund*")),
              QStringLiteral("\"still waiting\" \"refund\"*"));
    // An unbalanced quote is just a character, not an open phrase.
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("\"x")), QStringLiteral("\"x\""));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("say \"hi")), QStringLiteral("\"say\" \"hi\""));
}

TEST(SearchQuery, NothingSearchableGivesAnEmptyQuery)
{
    for (const char *text : {"", "   ", "\"\"", "*", "\"", "!!!", "( )", "- + :"})
        EXPECT_TRUE(ftsQueryFromUserText(QString::fromUtf8(text)).isEmpty()) << text;
}

namespace {

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString path = folder.path(QStringLiteral("w.earshot"));
        Database writer = Workspace::openForWriting(path);
        Ingestor ingestor(writer);
        IngestBatch batch;
        const char *texts[] = {"My refund still hasn't arrived, it's been two weeks",
                               "Got refunded at last, thanks",
                               "Fernline's C++ SDK crashes on start",
                               "Waiting still for the engineer; no refund talk",
                               "Das Café in Harrowgate hat kein WLAN 😡",
                               "شكرا على المساعدة السريعة",
                               "Support AND billing are both slow",
                               "<b>html</b> in a post"};
        int id = 1;
        for (const char *text : texts) {
            Mention m =
                makeMention(QString::number(id), QString::number(id), 1'700'000'000'000 + id);
            m.text = QString::fromUtf8(text);
            batch.mentions.push_back(m);
            ++id;
        }
        ingestor.ingest(batch);
        reader = std::make_unique<Database>(Workspace::openForReading(path));
        queries = std::make_unique<MentionQueries>(*reader);
    }

    QStringList found(const char *userText) { return foundIds(*queries, userText); }

    TempFolder folder;
    std::unique_ptr<Database> reader;
    std::unique_ptr<MentionQueries> queries;
};

} // namespace

TEST_F(SearchTest, FindsWhatAPersonMeans)
{
    EXPECT_EQ(found("refund"), QStringList({QStringLiteral("1"), QStringLiteral("4")}));
    EXPECT_EQ(found("refund*"),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")}));
    EXPECT_EQ(found("\"refund still\""), QStringList({QStringLiteral("1")}));
    EXPECT_EQ(found("still refund"), QStringList({QStringLiteral("1"), QStringLiteral("4")}));
    EXPECT_EQ(found("it's"), QStringList({QStringLiteral("1")}));
    EXPECT_EQ(found("C++"), QStringList({QStringLiteral("3")}));
    EXPECT_EQ(found("AND"), QStringList({QStringLiteral("7")}));
    EXPECT_EQ(found("cafe"), QStringList({QStringLiteral("5")})); // accents folded
    EXPECT_EQ(found("😡"), QStringList({QStringLiteral("5")}));
    EXPECT_EQ(found("شكرا"), QStringList({QStringLiteral("6")}));
    EXPECT_EQ(found("<b>html</b>"), QStringList({QStringLiteral("8")}));
}

TEST_F(SearchTest, HostileInputNeverErrorsOrInjects)
{
    const char *hostile[] = {"\"x",
                             "AND",
                             "OR",
                             "NOT",
                             "body:x",
                             "text:refund",
                             "NEAR(refund still)",
                             "refund OR 1=1",
                             "^refund",
                             "-refund",
                             "+refund",
                             "refund)",
                             "((",
                             "{text}: refund",
                             "'",
                             "\\",
                             "\"\"\"",
                             "*refund",
                             "re*fund",
                             "🙂🙃",
                             "\u202Erefund",
                             "a\tb\nc",
                             "%",
                             "_",
                             "refund;DROP TABLE mentions"};
    for (const char *text : hostile) {
        EXPECT_NO_THROW(queries->search(QString::fromUtf8(text), 50)) << text;
    }
    EXPECT_NO_THROW(queries->search(QString(10000, QLatin1Char('a')), 50));
    EXPECT_NO_THROW(queries->search(QString(QChar(0)) + QStringLiteral("refund"), 50));
    // The injection attempts above were searched as words, and the table is still there.
    EXPECT_EQ(found("refund OR 1=1"), QStringList());
    EXPECT_EQ(found("text:refund"), QStringList());
    EXPECT_EQ(queries->search(QStringLiteral("refund"), 50).size(), 2u);
}

namespace {

// FTS5 compares its index with the mentions table: a mention indexed twice or not at all fails.
void expectIndexMatchesMentions(Database &db)
{
    EXPECT_NO_THROW(db.exec("INSERT INTO mention_fts (mention_fts) VALUES ('integrity-check')"));
}

} // namespace

TEST_F(SearchTest, EveryMentionIsFoundOnceWhicheverBatchBroughtIt)
{
    Database writer = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    Ingestor ingestor(writer);
    IngestBatch again; // a feed that repeats itself, then something new
    Mention repeated = makeMention(QStringLiteral("1"), QStringLiteral("1"), 1'700'000'000'001);
    repeated.text = QStringLiteral("My refund still hasn't arrived, it's been two weeks");
    Mention fresh = makeMention(QStringLiteral("9"), QStringLiteral("9"), 1'700'000'000'009);
    fresh.text = QStringLiteral("Third week without a refund");
    again.mentions = {repeated, fresh};
    const IngestResult result = ingestor.ingest(again);
    EXPECT_EQ(result.duplicates, 1);
    EXPECT_EQ(result.inserted, 1);
    ingestor.ingest(IngestBatch{}); // an empty batch indexes nothing

    EXPECT_EQ(found("refund"),
              QStringList({QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("9")}));
    expectIndexMatchesMentions(writer);
}

TEST_F(SearchTest, AWorkspaceFromBeforeBatchIndexingKeepsItsIndexAndIndexesNewMentionsOnce)
{
    const QString path = folder.path(QStringLiteral("w.earshot"));
    reader.reset();
    {
        // As schema 5 left it: the index written by a trigger on every insert.
        Database old = Workspace::openForWriting(path);
        old.exec("CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN "
                 "INSERT INTO mention_fts (rowid, text) VALUES (new.id, new.text); END");
        old.exec("DROP INDEX cases_risky_unassigned"); // migration 7's
        // Migration 11's columns, which it adds again.
        old.exec("DROP INDEX outbox_idempotency");
        for (const char *column :
             {"idempotency_key", "attempts", "claimed_by", "claimed_at", "next_attempt_at"})
            old.exec(
                QByteArray(QByteArray("ALTER TABLE outbox DROP COLUMN ") + column).constData());
        // Migration 14's columns, which it adds again.
        old.exec("DROP INDEX mentions_listening");
        old.exec("ALTER TABLE mentions DROP COLUMN listening_term_id");
        old.exec("ALTER TABLE x_usage DROP COLUMN search_posts_read");
        // Migration 17's column, which it adds again (with the queue order over it).
        old.exec("DROP INDEX cases_queue");
        old.exec("DROP INDEX cases_assignee");
        old.exec("ALTER TABLE cases DROP COLUMN queue_rank");
        old.exec("ALTER TABLE cases DROP COLUMN priority_now");
        old.exec("ALTER TABLE cases DROP COLUMN waiting_points");
        old.exec("ALTER TABLE cases ADD COLUMN queue_rank INTEGER GENERATED ALWAYS AS (CASE WHEN "
                 "status IN ('resolved','closed') THEN last_activity_at ELSE (priority << 42) + "
                 "(4398046511103 - coalesce(waiting_since, last_activity_at)) END) VIRTUAL");
        old.exec("CREATE INDEX cases_queue ON cases(status, assignee_id IS NULL, queue_rank DESC, "
                 "id DESC)");
        old.exec("CREATE INDEX cases_assignee ON cases(assignee_id, status, queue_rank DESC, id "
                 "DESC) WHERE assignee_id IS NOT NULL");
        old.exec("PRAGMA user_version = 5");
    }
    Database writer = Workspace::openForWriting(path);
    EXPECT_EQ(writer.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                              "name = 'cases_risky_unassigned'"),
              1);
    EXPECT_EQ(writer.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                              "name = 'mentions_fts_insert'"),
              0);
    Ingestor ingestor(writer);
    IngestBatch batch;
    Mention m = makeMention(QStringLiteral("9"), QStringLiteral("9"), 1'700'000'000'009);
    m.text = QStringLiteral("Third week without a refund");
    batch.mentions.push_back(m);
    ingestor.ingest(batch);

    reader = std::make_unique<Database>(Workspace::openForReading(path));
    queries = std::make_unique<MentionQueries>(*reader);
    EXPECT_EQ(found("refund"),
              QStringList({QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("9")}));
    expectIndexMatchesMentions(writer);
}
