// SPDX-License-Identifier: Apache-2.0
// Listening on Bluesky (app.bsky.feed.searchPosts, sort=latest, since the term's cursor), through
// a real ConnectorHost and StoreWriter into a real workspace file: two pages followed by the
// search's cursor, a restart that goes on from the stored time with no duplicate, and a post
// heard both as a mention and as a search hit stored once, as the mention.
#include "BlueskyTestFixture.h"

#include "connectors/ConnectorHost.h"
#include "session/Networks.h"
#include "store/ListeningTerms.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QDateTime>

using namespace earshot;
using namespace earshot::test;
using json = nlohmann::json;

namespace {

std::int64_t ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// A postView as searchPosts returns it.
json postView(const char *rkey, const char *at, const char *text)
{
    return {
        {"uri", std::string("at://did:plc:gilexample00000000000001/app.bsky.feed.post/") + rkey},
        {"cid", std::string("bafyreigil") + rkey},
        {"author", {{"did", "did:plc:gilexample00000000000001"}, {"handle", "gil.example.com"}}},
        {"record",
         {{"$type", "app.bsky.feed.post"}, {"text", text}, {"createdAt", at}, {"langs", {"en"}}}},
        {"indexedAt", at},
        {"likeCount", 0}};
}

class BlueskyListeningTest : public BlueskyTest {
protected:
    void SetUp() override
    {
        registerBuiltInNetworks();
        path = folder.path(s("w.earshot"));
        Database db = Workspace::openForWriting(path);
        term = addListeningTerm(db, s("#fernline"), s("bluesky"));
        {
            std::lock_guard lock(pds.mutex);
            pds.notifications = readJsonFile("notifications.json")["notifications"];
            anna = pds.notifications[0];
        }
        server.routes().Get("/xrpc/app.bsky.feed.searchPosts",
                            [this](const httplib::Request &req, httplib::Response &res) {
                                std::lock_guard lock(pds.mutex);
                                asked.push_back(req.params);
                                res.set_content(search(req).dump(), "application/json");
                            });
        server.start();
    }
    void TearDown() override
    {
        host.reset();
        writer.reset();
        BlueskyTest::TearDown();
    }

    // At first: a new post and anna's reply (a mention too); after 13:30 two pages.
    json search(const httplib::Request &req) const
    {
        json annas = anna;
        for (const char *key : {"reason", "reasonSubject", "isRead"})
            annas.erase(key);
        if (!req.has_param("since"))
            return {{"posts",
                     {postView("p2", "2026-12-07T13:30:00.000Z", "my #fernline jacket"), annas}}};
        if (req.get_param_value("cursor") == "page-2")
            return {{"posts",
                     {postView("p2b", "2026-12-07T13:35:00.000Z", "#fernline again"),
                      postView("old", "2026-12-07T13:10:00.000Z", "#fernline old")}}};
        return {{"posts",
                 {postView("p4", "2026-12-07T13:50:00.000Z", "#fernline four"),
                  postView("p3", "2026-12-07T13:40:00.000Z", "#fernline three")}},
                {"cursor", "page-2"}};
    }

    void openHost()
    {
        writer = std::make_unique<StoreWriter>(path);
        NetworkContext context;
        context.net = &net();
        context.clock = clock;
        context.seed = 42;
        host = std::make_unique<ConnectorHost>(writer.get(), context);
        ConnectorAccount a;
        a.accountId = 3;
        a.platform = s("bluesky");
        a.feed = s("bluesky:@brand.example.com");
        a.handle = s("brand.example.com");
        a.baseUrl = server.url(QString()).toString();
        a.secret = s(FixturePds::password);
        Database db = Workspace::openForReading(path);
        a.searches = listeningSearchesFor(db, a.accountId, a.platform);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
        st.bind(1, a.feed);
        host->addAccount(a, st.step() ? st.toString(0) : QString());
        host->start();
    }
    void closeHost()
    {
        host.reset();
        writer.reset();
    }
    QString searchCursor()
    {
        Database db = Workspace::openForReading(path);
        Statement st(db,
                     "SELECT cursor FROM listening_cursors WHERE term_id = ? AND account_id = 3");
        st.bind(1, term);
        return st.step() ? st.toString(0) : QString();
    }
    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
    std::vector<httplib::Params> searchesSoFar()
    {
        std::lock_guard lock(pds.mutex);
        return asked;
    }
    static std::string param(const httplib::Params &params, const char *name)
    {
        const auto it = params.find(name);
        return it == params.end() ? std::string() : it->second;
    }

    TempFolder folder;
    QString path;
    std::int64_t term = 0;
    json anna;
    std::vector<httplib::Params> asked;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(BlueskyListeningTest, SearchesPagesSinceItsCursorAndStoresEachPostOnce)
{
    openHost();
    const QString first = QString::number(ms("2026-12-07T13:30:00.000Z"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return searchCursor() == first; }, 20000))
        << searchCursor().toStdString();
    ASSERT_EQ(searchesSoFar().size(), 1u);
    EXPECT_EQ(param(searchesSoFar()[0], "q"), "#fernline");
    EXPECT_EQ(param(searchesSoFar()[0], "sort"), "latest");
    const std::string annaUri = anna["uri"].get<std::string>();
    Database db = Workspace::openForReading(path);
    Statement once(db, "SELECT count(*), sum(listening_term_id IS NULL) FROM mentions "
                       "WHERE platform = 'bluesky' AND platform_id = ?");
    once.bind(1, QString::fromStdString(annaUri));
    ASSERT_TRUE(once.step());
    EXPECT_EQ(once.toInt(0), 1) << "heard as a mention and a search hit: stored once";
    EXPECT_EQ(once.toInt(1), 1) << "as the mention it was first";
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 1"), 1);
    closeHost();

    // The restart asks from the stored time and follows the search's cursor to the second page,
    // where it reaches posts older than the cursor.
    openHost();
    const QString second = QString::number(ms("2026-12-07T13:50:00.000Z"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return searchCursor() == second; }, 20000))
        << searchCursor().toStdString();
    host->stop();
    const auto all = searchesSoFar();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(param(all[1], "since"), "2026-12-07T13:30:00.000Z");
    EXPECT_EQ(param(all[1], "cursor"), "");
    EXPECT_EQ(param(all[2], "cursor"), "page-2");
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE listening_term_id = 1"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id LIKE '%/old'"), 0)
        << "older than the cursor: not listened to";
    EXPECT_EQ(count("SELECT count(DISTINCT platform_id) FROM mentions"),
              count("SELECT count(*) FROM mentions"));
}
