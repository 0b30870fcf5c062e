// SPDX-License-Identifier: Apache-2.0
// A post heard only through a listening term is an observation of what people say, not a post
// addressed to the brand: it asks for no reply by default (a direct mention with the same words
// does), says in the conversation which term heard it, and an agent may still answer it.
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "store/MentionQueries.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

class Observation : public ::testing::Test {
protected:
    Observation()
        : db(Workspace::openForWriting(folder.path(u"w.earshot"_s)))
    {
        db.exec("INSERT INTO listening_terms (id, term, platform, created_at) VALUES "
                "(4, '#fernline', NULL, 0)");
    }

    // One post by `author` on Mastodon, heard on the brand account @fernline.
    std::int64_t ingest(const QString &author, const QString &text, std::int64_t termId)
    {
        Mention m;
        m.platform = u"mastodon"_s;
        m.id = u"https://far.example/users/"_s + author + u"/statuses/"_s + QString::number(++n);
        m.createdAtMs = 1'765'000'000'000 + n * 60'000;
        m.text = text;
        m.author.id = u"https://far.example/users/"_s + author;
        m.author.handle = author + u"@far.example"_s;
        m.account = u"fernline"_s;
        m.listeningTermId = termId;
        IngestBatch batch;
        batch.mentions.push_back(m);
        const IngestResult result = Ingestor(db).ingest(batch);
        EXPECT_EQ(result.inserted, 1);
        return result.caseIds.empty() ? 0 : result.caseIds.front();
    }
    std::int64_t field(const char *sql, std::int64_t caseId)
    {
        Statement s(db, sql);
        s.bind(1, caseId);
        return s.step() ? s.toInt(0) : -1;
    }

    TempFolder folder;
    Database db;
    int n = 0;
};

constexpr const char *question = "How do I reset the #fernline router? It keeps dropping wifi.";

} // namespace

TEST_F(Observation, ASearchHitNotWrittenToUsNeedsNoReplyByDefault)
{
    const std::int64_t mentioned = ingest(u"ana"_s, u"@fernline "_s + QLatin1String(question), 0);
    const std::int64_t heard = ingest(u"ben"_s, QLatin1String(question), 4);
    const std::int64_t addressed = ingest(u"cy"_s, u"@fernline "_s + QLatin1String(question), 4);

    // The same question: addressed to us it needs a reply, found by a search it does not.
    ASSERT_EQ(field("SELECT needs_reply FROM cases WHERE id = ?", mentioned), 1)
        << "the classifier reads the question as needing a reply";
    EXPECT_EQ(field("SELECT needs_reply FROM cases WHERE id = ?", heard), 0);
    EXPECT_EQ(field("SELECT needs_reply FROM mentions WHERE case_id = ?", heard), 0);
    // A search hit that names the brand's account is written to us after all.
    EXPECT_EQ(field("SELECT needs_reply FROM cases WHERE id = ?", addressed), 1);
    EXPECT_LT(field("SELECT priority FROM cases WHERE id = ?", heard),
              field("SELECT priority FROM cases WHERE id = ?", mentioned));
}

TEST_F(Observation, TheConversationSaysWhichTermHeardIt)
{
    const std::int64_t heard = ingest(u"ben"_s, QLatin1String(question), 4);
    const std::int64_t mentioned = ingest(u"ana"_s, u"@fernline "_s + QLatin1String(question), 0);
    MentionQueries queries(db);
    const auto heardRows = queries.conversation(heard);
    ASSERT_EQ(heardRows.size(), 1u);
    EXPECT_TRUE(heardRows[0].heardThroughTerm);
    EXPECT_EQ(heardRows[0].listeningTerm, u"#fernline"_s);
    const auto mentionedRows = queries.conversation(mentioned);
    ASSERT_EQ(mentionedRows.size(), 1u);
    EXPECT_FALSE(mentionedRows[0].heardThroughTerm);

    // The term removed: still marked as heard through a search, without its words.
    db.exec("DELETE FROM listening_terms WHERE id = 4");
    const auto afterRemoval = queries.conversation(heard);
    EXPECT_TRUE(afterRemoval[0].heardThroughTerm);
    EXPECT_TRUE(afterRemoval[0].listeningTerm.isEmpty());
}
