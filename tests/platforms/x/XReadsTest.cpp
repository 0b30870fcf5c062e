// SPDX-License-Identifier: Apache-2.0
// X over HTTP to a fixture API on 127.0.0.1, into a real workspace: an edit of a known post
// arriving with its edit history, the conversation read with a recent search on conversation_id
// (stored once however often, every post paid for in the spend count), a post X "could not find"
// marked deleted, and a profile read with users/:id.
#include "XFixture.h"

#include "connectors/ConnectorHost.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

#include <nlohmann/json.hpp>

#include <set>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

const char *annas = "1800000000000000300";  // anna's reply, in conversation ...100
const char *bernds = "1800000000000000200"; // bernd's post, a conversation of its own
const char *annasEdit = "1800000000000000400";

class XReadsTest : public XTest {
protected:
    void SetUp() override
    {
        path = folder.path(u"w.earshot"_s);
        Workspace::openForWriting(path);
        writer = std::make_unique<StoreWriter>(path, clock);
        serveMe();
        serveMentions([this](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(mutex);
            if (!mentionsAnswer.is_null()) {
                res.set_content(mentionsAnswer.dump(), "application/json");
                return;
            }
            res.set_content(fixture(req.has_param("pagination_token") ? "mentions_page2.json"
                                                                      : "mentions_page1.json"),
                            "application/json");
        });
        server.routes().Get("/2/tweets/search/recent",
                            [this](const httplib::Request &req, httplib::Response &res) {
                                std::lock_guard lock(mutex);
                                searches.push_back(req.get_param_value("query"));
                                fields = req.get_param_value("tweet.fields");
                                res.set_content(searchAnswer.dump(), "application/json");
                            });
        server.routes().Get(
            "/2/tweets", [this](const httplib::Request &req, httplib::Response &res) {
                std::lock_guard lock(mutex);
                lookups.push_back(req.get_param_value("ids"));
                json answer = json::object();
                json errors = json::array();
                for (const QString &id :
                     QString::fromStdString(req.get_param_value("ids")).split(u',')) {
                    const std::string i = id.toStdString();
                    if (gone.count(i))
                        errors.push_back(
                            {{"value", i},
                             {"detail", "Could not find tweet with ids: [" + i + "]."},
                             {"title", "Not Found Error"},
                             {"resource_type", "tweet"},
                             {"parameter", "ids"},
                             {"resource_id", i},
                             {"type", "https://api.twitter.com/2/problems/resource-not-found"}});
                    else
                        answer["data"].push_back({{"id", i}, {"text", "still here"}});
                }
                if (!errors.empty())
                    answer["errors"] = errors;
                res.set_content(answer.dump(), "application/json");
            });
        server.routes().Get(R"(/2/users/(\d+))",
                            [this](const httplib::Request &req, httplib::Response &res) {
                                std::lock_guard lock(mutex);
                                userAsked = req.matches[1].str();
                                userFields = req.get_param_value("user.fields");
                                res.set_content(userAnswer.dump(), "application/json");
                            });
        server.start();
        registerNetwork(u"x"_s, makeXNetwork);
        NetworkContext c = context();
        c.writer = writer.get();
        host = std::make_unique<ConnectorHost>(writer.get(), c);
        host->addAccount(account(), QString());
        // The mentions heard first: anna's (in conversation ...100) and bernd's.
        QSignalSpy written(host.get(), &ConnectorHost::written);
        QSignalSpy finished(host->connector(u"x:@acme"_s), &Connector::cycleFinished);
        host->connector(u"x:@acme"_s)->fetchOnce(QString());
        EXPECT_TRUE(finished.wait(20000));
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return count("SELECT count(*) FROM mentions") >= 2; }, 20000));
    }
    void TearDown() override
    {
        host.reset();
        writer.reset();
        XTest::TearDown();
    }

    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
    QString text(const char *sql)
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, sql);
        return st.step() ? st.toString(0) : QString();
    }

    static json post(const char *id, const char *author, const char *text, const char *conversation,
                     const char *repliedTo = nullptr)
    {
        json p = {{"id", id},
                  {"author_id", author},
                  {"conversation_id", conversation},
                  {"created_at", "2026-12-07T13:59:00.000Z"},
                  {"lang", "en"},
                  {"text", text},
                  {"edit_history_tweet_ids", {id}}};
        if (repliedTo)
            p["referenced_tweets"] = {{{"type", "replied_to"}, {"id", repliedTo}}};
        return p;
    }

    static json users()
    {
        return {{"users",
                 {{{"id", "2244994945"}, {"name", "Anna Example"}, {"username", "anna_e"}},
                  {{"id", "1500000000000000001"}, {"name", "Acme"}, {"username", "acme"}},
                  {{"id", "555"}, {"name", "Carol"}, {"username", "carol"}}}}};
    }

    ConnectorHost::OnDemandAnswer loadConversation(const char *conversation,
                                                   std::vector<QString> known)
    {
        ConversationRequest request;
        request.postId = QString::fromUtf8(conversation);
        request.knownPostIds = std::move(known);
        std::optional<ConnectorHost::OnDemandAnswer> answer;
        QObject context;
        host->loadConversation(1, u"x"_s, request, &context,
                               [&](const ConnectorHost::OnDemandAnswer &a) { answer = a; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
        return answer.value_or(ConnectorHost::OnDemandAnswer{});
    }

    TempFolder folder;
    QString path;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
    json mentionsAnswer; // null: the fixture pages
    json searchAnswer;
    json userAnswer;
    std::set<std::string> gone;
    std::vector<std::string> searches;
    std::vector<std::string> lookups;
    std::string fields;
    std::string userAsked;
    std::string userFields;
};

} // namespace

TEST_F(XReadsTest, AnEditedPostIsOnePostWithARevisionNotASecondPost)
{
    const std::int64_t before = count("SELECT count(*) FROM mentions");
    {
        std::lock_guard lock(mutex);
        json edited = post(annasEdit, "2244994945", "@acme found it &amp; thanks",
                           "1800000000000000100", "1800000000000000100");
        edited["edit_history_tweet_ids"] = {annas, annasEdit};
        mentionsAnswer = {{"data", {edited}},
                          {"includes", users()},
                          {"meta", {{"result_count", 1}, {"newest_id", annasEdit}}}};
    }
    QSignalSpy finished(host->connector(u"x:@acme"_s), &Connector::cycleFinished);
    host->connector(u"x:@acme"_s)->fetchOnce(QString::fromUtf8(annas));
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT count(*) FROM mention_revisions") == 1; }, 20000));
    EXPECT_EQ(
        mentionRequestsSoFar().back().find("tweet.fields")->second.find("edit_history_tweet_ids")
            != std::string::npos,
        true);
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), before) << "an edit is not a new post";
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id = '1800000000000000400'"), 0);
    EXPECT_EQ(text("SELECT r.text FROM mention_revisions r JOIN mentions m ON m.id = r.mention_id "
                   "WHERE m.platform_id = '1800000000000000300'"),
              u"@acme found it & thanks"_s);
    EXPECT_EQ(text("SELECT text FROM mentions WHERE platform_id = '1800000000000000300'"),
              u"@acme my order still hasn't arrived & nobody answers"_s)
        << "what was heard stays";
    EXPECT_EQ(count("SELECT count(*) FROM case_events WHERE type = 'post_edited'"), 1);
}

TEST_F(XReadsTest, TheConversationIsSearchedStoredOnceAndPaidForAndAGonePostIsMarked)
{
    const std::int64_t mentions = count("SELECT count(*) FROM mentions");
    const std::int64_t paid = count("SELECT coalesce(sum(posts_read), 0) FROM x_usage");
    {
        std::lock_guard lock(mutex);
        searchAnswer = {
            {"data",
             {post("1800000000000000500", "555", "@anna_e same for me", "1800000000000000100",
                   annas),
              post("1800000000000000510", "1500000000000000001", "@anna_e we are on it",
                   "1800000000000000100", annas),
              post(annas, "2244994945", "@acme my order still hasn't arrived &amp; nobody answers",
                   "1800000000000000100", "1800000000000000100")}},
            {"includes", users()},
            {"meta", {{"result_count", 3}, {"newest_id", "1800000000000000510"}}}};
        gone.insert(bernds);
    }
    // The case's posts: anna's (in the thread) and bernd's (deleted meanwhile).
    const auto first = loadConversation("1800000000000000100",
                                        {QString::fromUtf8(annas), QString::fromUtf8(bernds)});
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    {
        std::lock_guard lock(mutex);
        ASSERT_EQ(searches, std::vector<std::string>{"conversation_id:1800000000000000100"});
        EXPECT_NE(fields.find("edit_history_tweet_ids"), std::string::npos);
        EXPECT_EQ(lookups, std::vector<std::string>{bernds}) << "only what the search missed";
    }
    EXPECT_EQ(first.written.inserted, 1) << "carol's; the brand's own reply is not a mention";
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), mentions + 1);
    EXPECT_EQ(count("SELECT count(*) FROM mention_deletions d JOIN mentions m ON m.id = "
                    "d.mention_id WHERE m.platform_id = '1800000000000000200'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM case_events WHERE type = 'post_deleted'"), 1);
    // The search's three posts (anna's already paid today) and carol's user are in the count.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT coalesce(sum(posts_read), 0) FROM x_usage") == paid + 2; },
        10000))
        << count("SELECT coalesce(sum(posts_read), 0) FROM x_usage");

    const auto second = loadConversation("1800000000000000100",
                                         {QString::fromUtf8(annas), QString::fromUtf8(bernds)});
    ASSERT_TRUE(second.ok) << second.error.toStdString();
    EXPECT_EQ(second.written.inserted, 0);
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), mentions + 1) << "nothing stored twice";
    EXPECT_EQ(count("SELECT count(*) FROM mention_deletions"), 1);
    EXPECT_EQ(count("SELECT coalesce(sum(posts_read), 0) FROM x_usage"), paid + 2)
        << "the same posts the same UTC day are not paid twice";
}

TEST_F(XReadsTest, AProfileIsReadWithItsBioFollowersAndVerifiedAndPaidForOnce)
{
    {
        std::lock_guard lock(mutex);
        userAnswer = {{"data",
                       {{"id", "2244994945"},
                        {"name", "Anna E."},
                        {"username", "anna_e"},
                        {"description", "Loves <b>cake</b> &amp; tea"},
                        {"verified", true},
                        {"public_metrics", {{"followers_count", 4321}}}}}};
    }
    ProfileRequest request;
    request.userId = u"2244994945"_s;
    request.handle = u"anna_e"_s;
    std::optional<ConnectorHost::OnDemandAnswer> answer;
    QObject context;
    host->refreshProfile(1, u"x"_s, request, &context,
                         [&](const ConnectorHost::OnDemandAnswer &a) { answer = a; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
    ASSERT_TRUE(answer->ok) << answer->error.toStdString();
    {
        std::lock_guard lock(mutex);
        EXPECT_EQ(userAsked, "2244994945");
        EXPECT_NE(userFields.find("description"), std::string::npos);
        EXPECT_NE(userFields.find("verified"), std::string::npos);
    }
    EXPECT_EQ(text("SELECT p.bio FROM handle_profiles p JOIN handles h ON h.id = p.handle_id "
                   "WHERE h.platform_user_id = '2244994945'"),
              u"Loves <b>cake</b> & tea"_s);
    EXPECT_EQ(count("SELECT verified FROM handle_profiles"), 1);
    EXPECT_EQ(count("SELECT followers FROM handles WHERE platform_user_id = '2244994945'"), 4321);
    EXPECT_EQ(text("SELECT name FROM handles WHERE platform_user_id = '2244994945'"), u"Anna E."_s);
}
