// SPDX-License-Identifier: Apache-2.0
// Listening on X (GET /2/tweets/search/recent), through a real ConnectorHost and StoreWriter into
// a real workspace file: two pages from the stored since_id, a post heard both as a mention and a
// search hit stored once and paid for once, and the daily search budget that pauses search, in
// words, until the next UTC day while mentions go on.
#include "XFixture.h"

#include "connectors/ConnectorHost.h"
#include "platforms/x/XSpend.h"
#include "store/ListeningTerms.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

#include <nlohmann/json.hpp>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// A post as the recent search returns it (the mentions' shape), by an author of its own.
nlohmann::json post(const std::string &id, const std::string &text)
{
    return {{"id", id},
            {"author_id", "9100"},
            {"conversation_id", id},
            {"created_at", "2026-12-07T13:30:00.000Z"},
            {"lang", "en"},
            {"text", text},
            {"edit_history_tweet_ids", {id}}};
}

// One page of GET /2/tweets/search/recent, newest first, as the documentation shows it.
std::string searchPage(const std::vector<nlohmann::json> &posts, const std::string &nextToken)
{
    nlohmann::json page;
    page["data"] = posts;
    page["includes"]["users"] = nlohmann::json::array(
        {{{"id", "9100"},
          {"name", "Gil"},
          {"username", "gil_t"},
          {"public_metrics", {{"followers_count", 40}}}},
         {{"id", "2244994945"}, {"name", "Anna Example"}, {"username", "anna_e"}}});
    page["meta"] = {{"result_count", posts.size()}};
    if (!posts.empty()) {
        page["meta"]["newest_id"] = posts.front()["id"];
        page["meta"]["oldest_id"] = posts.back()["id"];
    }
    if (!nextToken.empty())
        page["meta"]["next_token"] = nextToken;
    return page.dump();
}

class XListening : public XTest {
protected:
    void SetUp() override
    {
        path = folder.path(u"w.earshot"_s);
        Database db = Workspace::openForWriting(path);
        term = addListeningTerm(db, u"\"late delivery\""_s, {});
        serveMe();
        serveMentions([](const httplib::Request &req, httplib::Response &res) {
            res.set_content(req.has_param("since_id")           ? fixture("mentions_empty.json")
                            : req.has_param("pagination_token") ? fixture("mentions_page2.json")
                                                                : fixture("mentions_page1.json"),
                            "application/json");
        });
        server.routes().Get("/2/tweets/search/recent",
                            [this](const httplib::Request &req, httplib::Response &res) {
                                std::lock_guard lock(mutex);
                                searchRequests.push_back(req.params);
                                res.set_content(search(req), "application/json");
                            });
        server.start();
    }
    void TearDown() override
    {
        host.reset();
        writer.reset();
        XTest::TearDown();
    }

    // What X finds: at first a new post and anna's mention; after the cursor two pages.
    static std::string search(const httplib::Request &req)
    {
        const std::string since = req.get_param_value("since_id");
        if (since.empty())
            return searchPage({post("1800000000000000400", "a late delivery again"),
                               post("1800000000000000300", "late delivery, said anna")},
                              {});
        if (req.get_param_value("next_token") == "page-2")
            return searchPage({post("1800000000000000450", "late delivery 450")}, {});
        return searchPage({post("1800000000000000600", "late delivery 600"),
                           post("1800000000000000500", "late delivery 500")},
                          "page-2");
    }

    void startHost()
    {
        registerNetwork(u"x"_s, makeXNetwork);
        writer = std::make_unique<StoreWriter>(path, clock);
        NetworkContext c = context();
        c.writer = writer.get();
        host = std::make_unique<ConnectorHost>(writer.get(), c);
        ConnectorAccount a = account();
        Database db = Workspace::openForReading(path);
        a.searches = listeningSearchesFor(db, a.accountId, a.platform);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
        st.bind(1, a.feed);
        host->addAccount(a, st.step() ? st.toString(0) : QString());
        host->start();
    }
    void stopHost()
    {
        host.reset();
        writer.reset();
    }
    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
    QString searchCursor()
    {
        Database db = Workspace::openForReading(path);
        Statement st(db,
                     "SELECT cursor FROM listening_cursors WHERE term_id = ? AND account_id = 1");
        st.bind(1, term);
        return st.step() ? st.toString(0) : QString();
    }
    std::vector<httplib::Params> searchesSoFar()
    {
        std::lock_guard lock(mutex);
        return searchRequests;
    }
    static std::string param(const httplib::Params &params, const char *name)
    {
        const auto it = params.find(name);
        return it == params.end() ? std::string() : it->second;
    }
    QString today() const
    {
        return QDateTime::fromMSecsSinceEpoch(clock->nowMs(), QTimeZone::utc())
            .date()
            .toString(Qt::ISODate);
    }

    TempFolder folder;
    QString path;
    std::int64_t term = 0;
    std::vector<httplib::Params> searchRequests;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(XListening, SearchesTwoPagesFromItsCursorAndStoresAndPaysForAPostOnce)
{
    startHost();
    ASSERT_TRUE(QTest::qWaitFor([&] { return searchCursor() == u"1800000000000000400"_s; }, 20000));
    ASSERT_EQ(searchesSoFar().size(), 1u);
    EXPECT_EQ(param(searchesSoFar()[0], "query"), "\"late delivery\" -is:retweet");
    EXPECT_EQ(param(searchesSoFar()[0], "since_id"), "");
    // Anna's post came first as a mention: stored once, as the mention; the other is heard.
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id = '1800000000000000300'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id = '1800000000000000300' "
                    "AND listening_term_id IS NULL"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 1"), 1);
    // X bills a post once a day: the mention read already is not counted for search again.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT coalesce(sum(search_posts_read), 0) FROM x_usage") == 1; },
        10000));
    EXPECT_EQ(count("SELECT posts_read FROM x_usage WHERE account_id = 1"), 4);
    stopHost();

    // A restart goes on from the stored since_id, over two pages (next_token), without doubles.
    startHost();
    ASSERT_TRUE(QTest::qWaitFor([&] { return searchCursor() == u"1800000000000000600"_s; }, 20000));
    host->stop();
    const auto asked = searchesSoFar();
    ASSERT_EQ(asked.size(), 3u);
    EXPECT_EQ(param(asked[1], "since_id"), "1800000000000000400");
    EXPECT_EQ(param(asked[1], "next_token"), "");
    EXPECT_EQ(param(asked[2], "since_id"), "1800000000000000400");
    EXPECT_EQ(param(asked[2], "next_token"), "page-2");
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 1"), 4);
    EXPECT_EQ(count("SELECT count(DISTINCT platform_id) FROM mentions"),
              count("SELECT count(*) FROM mentions"));
}

TEST_F(XListening, TheDailySearchBudgetPausesSearchUntilTheNextDayButNotMentions)
{
    {
        Database db = Workspace::openForWriting(path);
        saveXSearchBudget(db, 1, 0.01);
        // Two posts read by search today already: $0.01 at X's default price.
        Statement spent(db, "INSERT INTO x_usage (account_id, day, posts_read, search_posts_read) "
                            "VALUES (1, ?, 2, 2)");
        spent.bind(1, today()).run();
    }
    startHost();
    Connector *connector = host->connector(u"x:@acme"_s);
    // A pause the admin chose, not a problem of the account: no error to count in the status bar.
    ASSERT_TRUE(QTest::qWaitFor([&] { return connector->health().searchPausedUntilMs > 0; }, 20000))
        << connector->health().lastError.toStdString();
    EXPECT_EQ(connector->health().lastError, QString());
    EXPECT_EQ(connector->health().searchPausedUntilMs, startOfNextUtcDay(clock->nowMs()));
    EXPECT_EQ(connector->health().pausedUntilMs, 0) << "mentions are not paused";
    EXPECT_GT(connector->health().lastSuccessMs, 0);
    EXPECT_TRUE(searchesSoFar().empty()) << "X was not asked: nothing paid";
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return count("SELECT count(*) FROM mentions") == 3; }, 10000));
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id IS NOT NULL"), 0);
    {
        Database db = Workspace::openForReading(path);
        const XSpend spend = spendOf(db, 1, clock->nowMs());
        EXPECT_TRUE(spend.searchBudgetReached());
        EXPECT_EQ(spend.searchPostsReadToday, 2);
        EXPECT_EQ(describeSearchPause(spend, clock->nowMs()),
                  u"search paused until 00:00 UTC (daily budget)"_s);
    }

    // The next UTC day, the search runs again.
    const std::int64_t midnight = startOfNextUtcDay(clock->nowMs());
    clock->advanceBy(std::chrono::milliseconds(midnight - clock->nowMs() + 61'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !searchesSoFar().empty(); }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return searchCursor() == u"1800000000000000400"_s; }, 20000));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return connector->health().searchPausedUntilMs == 0; }, 20000));
}
