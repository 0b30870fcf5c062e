// SPDX-License-Identifier: Apache-2.0
// Issue 14, item 6: words next to emoji, words split by invisible characters, emoji sequences.
#include "FoundIds.h"
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "store/MentionQueries.h"
#include "store/Schema.h"
#include "store/SearchQuery.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

namespace {

// Posts as people write them, by platform id.
const std::pair<const char *, const char *> posts[] = {
    {"refund-angry", "where is my refund😡"},
    {"thanks", "thanks🙏"},
    {"angry", "so angry 😡😡😡"},
    {"zero-width", "re\u200Bfund please"},
    {"family", "my family 👨‍👩‍👧 waited an hour"},
    {"thumbs", "great service 👍🏽"},
    {"heart", "❤️ love the new app"},
    {"flag", "shipping to 🇩🇪 when?"},
    {"fund", "the fund is empty"},
    {"keycap", "press 1️⃣ for billing"},
    {"rtl", "\u200Fمرحبا\u200E بكم"},
    {"joined", "out of stock\u2060again, order\uFEFFnumber 55"},
    {"tones", "👩🏽‍💻 our developer"},
};

void ingestPosts(Database &writer)
{
    Ingestor ingestor(writer);
    IngestBatch batch;
    std::int64_t at = 1'700'000'000'000;
    for (const auto &[id, text] : posts) {
        Mention m = makeMention(QString::fromUtf8(id), QString::fromUtf8(id), ++at);
        m.text = QString::fromUtf8(text);
        batch.mentions.push_back(m);
    }
    ingestor.ingest(batch);
}

// A workspace exactly as schema 7 left it (every released step, unicode61 as the search
// tokenizer), with the posts indexed by it.
void createSchema7Workspace(const QString &path)
{
    Database db(path, Database::Access::ReadWriteCreate);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA foreign_keys = ON");
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= 7)
            db.exec(migration.sql);
    }
    db.exec("PRAGMA user_version = 7");
    db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                .constData());
    // Today's Ingestor writes what migration 14 added; the file is left as schema 7 had it.
    db.exec("ALTER TABLE mentions ADD COLUMN listening_term_id INTEGER");
    db.exec("CREATE TABLE listening_terms (id INTEGER PRIMARY KEY)");
    db.exec("CREATE TABLE listening_cursors (term_id INTEGER, account_id INTEGER, cursor TEXT, "
            "updated_at INTEGER, PRIMARY KEY (term_id, account_id))");
    ingestPosts(db);
    db.exec("DROP TABLE listening_cursors");
    db.exec("DROP TABLE listening_terms");
    db.exec("ALTER TABLE mentions DROP COLUMN listening_term_id");
}

class SearchSplittingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("w.earshot"));
        Database writer = Workspace::openForWriting(path);
        ingestPosts(writer);
        openReader();
    }

    void openReader()
    {
        queries.reset();
        reader = std::make_unique<Database>(Workspace::openForReading(path));
        queries = std::make_unique<MentionQueries>(*reader);
    }

    QStringList found(const char *userText) { return foundIds(*queries, userText); }

    static QStringList ids(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *id : list)
            out.append(QString::fromUtf8(id));
        out.sort();
        return out;
    }

    TempFolder folder;
    QString path;
    std::unique_ptr<Database> reader;
    std::unique_ptr<MentionQueries> queries;
};

} // namespace

TEST(SearchQuery, AnEmojiTypedNextToAWordIsAWordOfItsOwn)
{
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("refund😡")), QStringLiteral("\"refund\" \"😡\""));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("😡refund*")),
              QStringLiteral("\"😡\" \"refund\"*"));
    // A sequence stays together: its joiners, skin tones and selectors are part of it.
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("👨‍👩‍👧x 👍🏽")),
              QStringLiteral("\"👨‍👩‍👧\" \"x\" \"👍🏽\""));
    // An invisible character between letters does not cut the word.
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("re\u200Bfund")),
              QStringLiteral("\"re\u200Bfund\""));
}

TEST_F(SearchSplittingTest, AWordNextToAnEmojiIsFoundByItself)
{
    EXPECT_EQ(found("refund"), ids({"refund-angry", "zero-width"}));
    EXPECT_EQ(found("thanks"), ids({"thanks"}));
    EXPECT_EQ(found("🙏"), ids({"thanks"}));
    EXPECT_EQ(found("where is my refund"), ids({"refund-angry"}));
}

TEST_F(SearchSplittingTest, AnEmojiIsFoundByItselfWhereverItStands)
{
    EXPECT_EQ(found("😡"), ids({"angry", "refund-angry"}));
    // Typed next to a word it is a word of its own too, not glued to it.
    EXPECT_EQ(found("refund😡"), ids({"refund-angry"}));
    EXPECT_EQ(found("😡refund"), ids({"refund-angry"}));
    EXPECT_EQ(found("\"my refund😡\""), ids({"refund-angry"}));
    EXPECT_EQ(found("angry 😡"), ids({"angry"}));
}

TEST_F(SearchSplittingTest, ZeroWidthCharactersAreIgnoredInPostsAndQueries)
{
    EXPECT_EQ(found("re\u200Bfund"), ids({"refund-angry", "zero-width"}));
    EXPECT_EQ(found("ref\u200Cund*"), ids({"refund-angry", "zero-width"}));
    EXPECT_EQ(found("stockagain"), ids({"joined"}));
    EXPECT_EQ(found("ordernumber"), ids({"joined"}));
    EXPECT_EQ(found("مرحبا"), ids({"rtl"})); // right-to-left marks around the word
    EXPECT_TRUE(ftsQueryFromUserText(QStringLiteral("\u200B \uFEFF \u200D")).isEmpty());
    EXPECT_EQ(found("\u200B"), QStringList());
}

TEST_F(SearchSplittingTest, AnEmojiSequenceIsOneToken)
{
    EXPECT_EQ(found("👨‍👩‍👧"), ids({"family"}));
    // Its parts are not tokens of their own: the family is not a man, a woman and a girl.
    EXPECT_EQ(found("👩"), QStringList());
    EXPECT_EQ(found("👧"), QStringList());
    EXPECT_EQ(found("👩🏽‍💻"), ids({"tones"}));
    EXPECT_EQ(found("🇩🇪"), ids({"flag"}));
    EXPECT_EQ(found("🇫🇷"), QStringList());
    EXPECT_EQ(found("1️⃣"), ids({"keycap"}));
}

TEST_F(SearchSplittingTest, SkinTonesAndVariationSelectorsFoldLikeAccents)
{
    EXPECT_EQ(found("👍🏽"), ids({"thumbs"}));
    EXPECT_EQ(found("👍"), ids({"thumbs"}));
    EXPECT_EQ(found("👍🏿"), ids({"thumbs"}));
    EXPECT_EQ(found("❤️"), ids({"heart"}));
    EXPECT_EQ(found("❤"), ids({"heart"}));
    EXPECT_EQ(found("👩‍💻"), ids({"tones"}));
}

TEST_F(SearchSplittingTest, PartsOfWordsAreNotWords)
{
    EXPECT_EQ(found("fun"), QStringList());
    EXPECT_EQ(found("fund"), ids({"fund"}));
    EXPECT_EQ(found("re"), QStringList());
    EXPECT_EQ(found("fund*"), ids({"fund"}));
    EXPECT_EQ(found("ref*"), ids({"refund-angry", "zero-width"}));
}

TEST_F(SearchSplittingTest, HighlightsCoverTheWordsAsWritten)
{
    // The offsets FTS5 gets back point into the post as written, invisible characters and
    // emoji included.
    Statement highlight(*reader, "SELECT highlight(mention_fts, 0, '[', ']') FROM mention_fts "
                                 "WHERE mention_fts MATCH ? ORDER BY rowid");
    highlight.bind(1, ftsQueryFromUserText(QStringLiteral("refund 😡")));
    ASSERT_TRUE(highlight.step());
    EXPECT_EQ(highlight.toString(0), QStringLiteral("where is my [refund][😡]"));
    highlight.reset();
    highlight.bind(1, ftsQueryFromUserText(QStringLiteral("refund")));
    ASSERT_TRUE(highlight.step());
    ASSERT_TRUE(highlight.step());
    EXPECT_EQ(highlight.toString(0), QStringLiteral("[re\u200Bfund] please"));
    highlight.reset();
    highlight.bind(1, ftsQueryFromUserText(QStringLiteral("👍")));
    ASSERT_TRUE(highlight.step());
    EXPECT_EQ(highlight.toString(0), QStringLiteral("great service [👍🏽]"));
}

TEST_F(SearchSplittingTest, AnIndexOfTheOldTokenizerIsMadeAgainOnOpen)
{
    const QString old = folder.path(QStringLiteral("old.earshot"));
    createSchema7Workspace(old);
    {
        Database db(old, Database::Access::ReadWrite);
        ASSERT_EQ(Workspace::schemaVersion(db), 7);
        // What the issue saw: the old index glues the emoji to the word.
        MentionQueries before(db);
        ASSERT_EQ(before.search(QStringLiteral("refund"), 50).size(), 0u);
        ASSERT_EQ(before.search(QStringLiteral("refund*"), 50).size(), 1u);
    }
    path = old;
    openReader(); // as `earshot-cli search` opens it: brought up to date first
    EXPECT_EQ(Workspace::schemaVersion(*reader), latestSchemaVersion());
    EXPECT_EQ(found("refund"), ids({"refund-angry", "zero-width"}));
    EXPECT_EQ(found("👨‍👩‍👧"), ids({"family"}));
    // No mention lost or indexed twice: FTS5 compares its index with the mentions table.
    Database writer = Workspace::openForWriting(old);
    EXPECT_NO_THROW(
        writer.exec("INSERT INTO mention_fts (mention_fts) VALUES ('integrity-check')"));
    EXPECT_EQ(writer.queryInt("SELECT count(*) FROM mentions"), qint64(std::size(posts)));
    EXPECT_EQ(writer.queryInt("SELECT count(*) FROM mention_fts"), qint64(std::size(posts)));
    // Mentions that arrive after the migration are indexed once, with the new tokenizer.
    Ingestor ingestor(writer);
    IngestBatch batch;
    Mention m = makeMention(QStringLiteral("late"), QStringLiteral("late"), 1'800'000'000'000);
    m.text = QStringLiteral("still no refund🙄");
    batch.mentions.push_back(m);
    ingestor.ingest(batch);
    EXPECT_EQ(found("refund"), ids({"late", "refund-angry", "zero-width"}));
    EXPECT_NO_THROW(
        writer.exec("INSERT INTO mention_fts (mention_fts) VALUES ('integrity-check')"));
}

TEST(SearchSplittingCli, EarshotCliSearchBringsAnOldIndexUpToDateAndFindsTheWord)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    createSchema7Workspace(workspace);
    const ProcessResult found = runCli(
        {QStringLiteral("-w"), workspace, QStringLiteral("search"), QStringLiteral("refund")});
    EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("where is my refund😡")))
        << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("re\u200Bfund please")))
        << found.out.toStdString();
    EXPECT_EQ(found.out.count(QLatin1Char('\n')), 2) << found.out.toStdString();
}
