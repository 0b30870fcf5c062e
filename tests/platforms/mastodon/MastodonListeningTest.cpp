// SPDX-License-Identifier: Apache-2.0
// Listening on Mastodon, through a real ConnectorHost and StoreWriter into a real workspace file:
// a word searched with v2/search over two pages from its stored cursor, a #hashtag read from the
// tag's timeline, a post heard both as a mention and as a search hit stored once (as the
// mention), and a restart that goes on from the cursor with no duplicate.
#include "MastodonTestBase.h"

#include "connectors/ConnectorHost.h"
#include "session/Networks.h"
#include "store/ListeningTerms.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;

namespace {

const char *feed = "mastodon:@brand@brand.example";

// A public status found by a search, shaped like carl's in notifications.json.
nlohmann::json foundStatus(const nlohmann::json &shape, const std::string &id,
                           const std::string &uri, const std::string &content)
{
    nlohmann::json status = shape;
    status["id"] = id;
    status["uri"] = uri;
    status["url"] = uri;
    status["content"] = "<p>" + content + "</p>";
    status["visibility"] = "public";
    status["in_reply_to_id"] = nullptr;
    return status;
}

class MastodonListeningTest : public MastodonTest {
protected:
    void SetUp() override
    {
        registerBuiltInNetworks();
        registerNetwork(s("mastodon"),
                        [](const ConnectorAccount &account, const NetworkContext &c) {
                            MastodonOptions options = testOptions();
                            options.searchPageSize = 2; // the fixture's pages are of two
                            return makeMastodonNetworkWith(account, c, options);
                        });
        shape = instance.notifications[1]["status"];
        path = folder.path(s("w.earshot"));
        Database db = Workspace::openForWriting(path);
        wordTerm = addListeningTerm(db, s("refund"), {});
        tagTerm = addListeningTerm(db, s("#fernline"), s("mastodon"));
        // A term for another network is not searched here.
        addListeningTerm(db, s("#elsewhere"), s("bluesky"));
        instance.searchResults["refund"] = nlohmann::json::array(
            {foundStatus(shape, "9001", "https://far.example/users/gil/statuses/1", "refund one"),
             foundStatus(shape, "9002", "https://far.example/users/gil/statuses/2", "refund two")});
        instance.tagTimelines["fernline"] = nlohmann::json::array(
            {foundStatus(shape, "9050", "https://far.example/users/hal/statuses/50",
                         "love my #fernline boots")});
        instance.start();
    }

    void TearDown() override
    {
        close();
        MastodonTest::TearDown();
    }

    void open()
    {
        writer = std::make_unique<StoreWriter>(path);
        host = std::make_unique<ConnectorHost>(writer.get(), context());
        ConnectorAccount account = mastodonAccount(instance, feed);
        Database db = Workspace::openForReading(path);
        account.searches = listeningSearchesFor(db, account.accountId, account.platform);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
        st.bind(1, s(feed));
        host->addAccount(account, st.step() ? st.toString(0) : QString());
    }
    void close()
    {
        host.reset();
        writer.reset();
    }

    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
    QString searchCursor(std::int64_t term)
    {
        Database db = Workspace::openForReading(path);
        Statement st(db,
                     "SELECT cursor FROM listening_cursors WHERE term_id = ? AND account_id = 1");
        st.bind(1, term);
        return st.step() ? st.toString(0) : QString();
    }
    std::vector<RecordedRequest> searches()
    {
        std::vector<RecordedRequest> out;
        for (const RecordedRequest &r : instance.requests("/api/v2/search")) {
            if (r.param("resolve") == "false")
                out.push_back(r);
        }
        return out;
    }

    TempFolder folder;
    QString path;
    FixtureInstance instance;
    nlohmann::json shape;
    std::int64_t wordTerm = 0;
    std::int64_t tagTerm = 0;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(MastodonListeningTest, SearchesWordsAndHashtagsFromTheirCursorsAndStoresEachPostOnce)
{
    open();
    host->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return searchCursor(wordTerm) == s("9002") && searchCursor(tagTerm) == s("9050"); },
        20000))
        << "cursors " << searchCursor(wordTerm).toStdString() << " "
        << searchCursor(tagTerm).toStdString();
    // The mentions came first and stay mentions; the first search reads the newest page only.
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id IS NULL"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 1"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 2"), 1);
    ASSERT_EQ(searches().size(), 1u);
    EXPECT_EQ(searches()[0].param("q"), "refund");
    EXPECT_EQ(searches()[0].param("type"), "statuses");
    EXPECT_EQ(searches()[0].param("min_id"), "") << "a first search starts now";
    ASSERT_EQ(instance.requests("/api/v1/timelines/tag/fernline").size(), 1u);
    EXPECT_TRUE(instance.requests("/api/v1/timelines/tag/elsewhere").empty());
    close();

    // Meanwhile: anna's post, heard as a mention already, is found by the search too, with two
    // newer posts: with the fixture's pages of two that makes two pages after the cursor.
    instance.searchResults["refund"].push_back(foundStatus(
        shape, "9006", "https://customers.example/users/anna/statuses/3003", "refund for anna"));
    instance.searchResults["refund"].push_back(
        foundStatus(shape, "9011", "https://far.example/users/gil/statuses/11", "refund eleven"));
    instance.searchResults["refund"].push_back(
        foundStatus(shape, "9012", "https://far.example/users/gil/statuses/12", "refund twelve"));
    open();
    host->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return searchCursor(wordTerm) == s("9012"); }, 20000))
        << searchCursor(wordTerm).toStdString();
    host->stop();

    const auto asked = searches();
    ASSERT_EQ(asked.size(), 3u);
    EXPECT_EQ(asked[1].param("min_id"), "9002") << "the restart goes on from the stored cursor";
    EXPECT_EQ(asked[2].param("min_id"), "9011") << "the second page";
    EXPECT_EQ(instance.requests("/api/v1/timelines/tag/fernline").back().param("min_id"), "9050");
    // Anna's post is stored once, as the mention it was first.
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id = "
                    "'https://customers.example/users/anna/statuses/3003'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id = "
                    "'https://customers.example/users/anna/statuses/3003' AND "
                    "listening_term_id IS NULL"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 1"), 4);
    EXPECT_EQ(count("SELECT count(DISTINCT platform_id) FROM mentions"),
              count("SELECT count(*) FROM mentions"));

    // What the window and the command line show per term.
    Database db = Workspace::openForReading(path);
    const std::vector<ListeningTerm> terms = listListeningTerms(db);
    ASSERT_EQ(terms.size(), 3u);
    EXPECT_EQ(terms[0].term, s("refund"));
    EXPECT_EQ(terms[0].heard, 4);
    EXPECT_EQ(terms[0].lastHeardText, s("refund twelve"));
    EXPECT_GT(terms[0].lastHeardAtMs, 0);
    EXPECT_EQ(terms[2].heard, 0);
}

TEST(ListeningTerms, AreNormalizedAndRefusedInWords)
{
    QString problem;
    EXPECT_EQ(normalizeListeningTerm(s("  fernline "), &problem), s("fernline"));
    EXPECT_EQ(normalizeListeningTerm(s("\"late   delivery\""), &problem), s("\"late delivery\""));
    EXPECT_EQ(normalizeListeningTerm(s("\u201Clate delivery\u201D"), &problem),
              s("\"late delivery\""));
    EXPECT_EQ(normalizeListeningTerm(s("#Fernline"), &problem), s("#Fernline"));
    EXPECT_FALSE(normalizeListeningTerm(s("late delivery"), &problem));
    EXPECT_TRUE(problem.contains(s("\"late delivery\""))) << problem.toStdString();
    EXPECT_FALSE(normalizeListeningTerm(s("#two words"), &problem));
    EXPECT_FALSE(normalizeListeningTerm(s(""), &problem));
    EXPECT_FALSE(normalizeListeningTerm(s("\"open"), &problem));

    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(s("w.earshot")));
    addListeningTerm(db, s("fernline"), {});
    EXPECT_THROW(addListeningTerm(db, s("FERNLINE"), {}), StoreError) << "the same term twice";
    EXPECT_NO_THROW(addListeningTerm(db, s("fernline"), s("x"))) << "on one network is another";
}
