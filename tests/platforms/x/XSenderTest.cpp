// SPDX-License-Identifier: Apache-2.0
// X's reply sender over real HTTP: public replies and private messages, X's refusals in words,
// and a reply whose answer was lost looked up among the account's posts, never posted twice.
#include "XFixture.h"

#include "platforms/x/XSender.h"

#include <nlohmann/json.hpp>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace send_outcome;

namespace {

// The fixture's account: what POST /2/tweets created, listed by GET /2/users/:id/tweets.
struct Timeline {
    std::mutex mutex;
    std::vector<nlohmann::json> posts; // newest last
    std::vector<std::string> bodies;   // what each POST carried
    int next = 900;
};

class XSenderTest : public XTest {
protected:
    // POST /2/tweets stores the post, then answers with `status` (0: hold until released, a
    // lost answer after X stored it).
    void servePosts(int status = 201, const char *refusal = nullptr)
    {
        server.routes().Post("/2/tweets", [this, status, refusal](const httplib::Request &req,
                                                                  httplib::Response &res) {
            std::string id;
            {
                std::lock_guard lock(timeline.mutex);
                timeline.bodies.push_back(req.body);
                if (refusal) {
                    res.status = status;
                    res.set_content(fixture(refusal), "application/json");
                    return;
                }
                const nlohmann::json body = nlohmann::json::parse(req.body);
                id = "1800000000000000" + std::to_string(timeline.next++);
                nlohmann::json post = {{"id", id}, {"text", body["text"]}};
                if (body.contains("reply"))
                    post["referenced_tweets"] = {
                        {{"type", "replied_to"}, {"id", body["reply"]["in_reply_to_tweet_id"]}}};
                timeline.posts.push_back(post);
            }
            if (status == 0)
                server.holdUntilReleased();
            res.status = 201;
            res.set_content(nlohmann::json({{"data", {{"id", id}, {"text", "…"}}}}).dump(),
                            "application/json");
        });
        server.routes().Get(R"(/2/users/(\d+)/tweets)", [this](const httplib::Request &req,
                                                               httplib::Response &res) {
            EXPECT_EQ(req.matches[1], userId);
            ++lookups;
            std::lock_guard lock(timeline.mutex);
            nlohmann::json data = nlohmann::json::array();
            for (auto it = timeline.posts.rbegin(); it != timeline.posts.rend(); ++it)
                data.push_back(*it);
            nlohmann::json page = {{"meta", {{"result_count", data.size()}}}};
            if (!data.empty())
                page["data"] = data;
            res.set_content(page.dump(), "application/json");
        });
    }

    OutgoingReply reply(const char *body = "@anna_e Sorry for the wait, we are on it.")
    {
        OutgoingReply r;
        r.outboxId = 7;
        r.platform = u"x"_s;
        r.inReplyTo = u"1800000000000000300"_s;
        r.body = QString::fromUtf8(body);
        r.recipientId = u"2244994945"_s;
        r.recipientHandle = u"anna_e"_s;
        r.account = u"acme"_s;
        r.accountId = 1;
        return r;
    }

    SendOutcome sendAndWait(ReplySender &sender, const OutgoingReply &r)
    {
        std::optional<SendOutcome> outcome;
        int answers = 0;
        sender.send(r, [&](const SendOutcome &o) {
            outcome = o;
            ++answers;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000)) << "no answer";
        QTest::qWait(50);
        EXPECT_EQ(answers, 1);
        return outcome.value_or(SendOutcome(Uncertain{}));
    }

    int posted()
    {
        std::lock_guard lock(timeline.mutex);
        return int(timeline.bodies.size());
    }

    Timeline timeline;
    std::atomic<int> lookups{0};
};

} // namespace

TEST_F(XSenderTest, APublicReplyIsPostedInReplyToTheMention)
{
    serveMe();
    servePosts();
    server.start();
    NetworkParts parts = makeParts();
    const SendOutcome outcome = sendAndWait(*parts.sender, reply());
    ASSERT_TRUE(std::holds_alternative<Sent>(outcome));
    EXPECT_EQ(std::get<Sent>(outcome).postId, u"1800000000000000900"_s);
    std::lock_guard lock(timeline.mutex);
    ASSERT_EQ(timeline.bodies.size(), 1u);
    const nlohmann::json body = nlohmann::json::parse(timeline.bodies.front());
    EXPECT_EQ(body["text"], "@anna_e Sorry for the wait, we are on it.");
    EXPECT_EQ(body["reply"]["in_reply_to_tweet_id"], "1800000000000000300");
}

TEST_F(XSenderTest, APrivateReplyIsADirectMessageToThePerson)
{
    serveMe();
    std::string received;
    std::string participant;
    server.routes().Post(R"(/2/dm_conversations/with/(\d+)/messages)",
                         [&](const httplib::Request &req, httplib::Response &res) {
                             received = req.body;
                             participant = req.matches[1];
                             res.status = 201;
                             res.set_content(fixture("dm_created.json"), "application/json");
                         });
    server.start();
    NetworkParts parts = makeParts();
    OutgoingReply r = reply("Could you send us your order number?");
    r.isPrivate = true;
    const SendOutcome outcome = sendAndWait(*parts.sender, r);
    ASSERT_TRUE(std::holds_alternative<Sent>(outcome));
    EXPECT_EQ(std::get<Sent>(outcome).postId, u"1800000000000000950"_s);
    EXPECT_EQ(participant, "2244994945");
    const nlohmann::json body = nlohmann::json::parse(received);
    EXPECT_EQ(body["text"], "Could you send us your order number?");
    EXPECT_FALSE(body.contains("reply"));
}

// A case that began with a direct message is answered in private: a public reply to it is
// refused in words before anything is posted.
TEST_F(XSenderTest, APublicReplyToADirectMessageIsRefusedBeforeAnythingIsPosted)
{
    serveMe();
    servePosts();
    server.start();
    NetworkParts parts = makeParts();
    OutgoingReply r = reply();
    r.inReplyTo = u"dm:1800000000000000710"_s;
    const SendOutcome outcome = sendAndWait(*parts.sender, r);
    ASSERT_TRUE(std::holds_alternative<Failed>(outcome));
    EXPECT_TRUE(std::get<Failed>(outcome).reason.contains(u"private message"_s))
        << std::get<Failed>(outcome).reason.toStdString();
    EXPECT_EQ(posted(), 0);
}

TEST_F(XSenderTest, DuplicateContentFailsWithXsWords)
{
    serveMe();
    servePosts(403, "error_403_duplicate.json");
    server.start();
    NetworkParts parts = makeParts();
    const SendOutcome outcome = sendAndWait(*parts.sender, reply());
    ASSERT_TRUE(std::holds_alternative<Failed>(outcome));
    EXPECT_TRUE(std::get<Failed>(outcome).reason.contains(
        u"You are not allowed to create a Tweet with duplicate content."_s))
        << std::get<Failed>(outcome).reason.toStdString();
}

TEST_F(XSenderTest, ARateLimitIsARetryAfterTheReset)
{
    serveMe();
    const std::int64_t resetSeconds = startMs() / 1000 + 300;
    server.routes().Post("/2/tweets", [&](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        res.set_header("x-rate-limit-reset", std::to_string(resetSeconds));
        res.set_content(fixture("error_429.json"), "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();
    const SendOutcome outcome = sendAndWait(*parts.sender, reply());
    ASSERT_TRUE(std::holds_alternative<Retry>(outcome));
    EXPECT_EQ(std::get<Retry>(outcome).after, 300s);
}

TEST_F(XSenderTest, ALostAnswerIsLookedUpAndTheReplyIsNeverPostedTwice)
{
    serveMe();
    servePosts(0); // X stores the post, its answer never comes
    server.start();
    NetworkParts parts = makeParts({}, 300ms);
    const SendOutcome outcome = sendAndWait(*parts.sender, reply());
    server.release();
    ASSERT_TRUE(std::holds_alternative<Sent>(outcome)) << outcome.index();
    EXPECT_EQ(std::get<Sent>(outcome).postId, u"1800000000000000900"_s);
    EXPECT_EQ(posted(), 1);
    EXPECT_EQ(lookups.load(), 1);

    // The outbox tries the same reply again (it had recorded nothing): found, not posted again.
    OutgoingReply again = reply();
    again.attempt = 2;
    const SendOutcome second = sendAndWait(*parts.sender, again);
    ASSERT_TRUE(std::holds_alternative<Sent>(second));
    EXPECT_EQ(std::get<Sent>(second).postId, u"1800000000000000900"_s);
    EXPECT_EQ(posted(), 1);
}

TEST_F(XSenderTest, ALaterTryOfAReplyNotFoundIsPosted)
{
    serveMe();
    servePosts();
    server.start();
    NetworkParts parts = makeParts();
    OutgoingReply again = reply();
    again.attempt = 3;
    const SendOutcome outcome = sendAndWait(*parts.sender, again);
    ASSERT_TRUE(std::holds_alternative<Sent>(outcome));
    EXPECT_EQ(lookups.load(), 1);
    EXPECT_EQ(posted(), 1);
}

TEST_F(XSenderTest, ALostAnswerThatCannotBeCheckedIsUncertain)
{
    serveMe();
    server.routes().Post("/2/tweets", [&](const httplib::Request &, httplib::Response &res) {
        server.holdUntilReleased();
        res.status = 201;
    });
    server.routes().Get(R"(/2/users/(\d+)/tweets)",
                        [&](const httplib::Request &, httplib::Response &res) {
                            res.status = 401;
                            res.set_content(fixture("error_401.json"), "application/json");
                        });
    server.start();
    NetworkParts parts = makeParts({}, 300ms);
    const SendOutcome outcome = sendAndWait(*parts.sender, reply());
    server.release();
    EXPECT_TRUE(std::holds_alternative<Uncertain>(outcome)) << outcome.index();
}

// The account posted 150 times after a reply whose answer was lost: the look-up reads back to
// the reply's queue time (start_time, pages of 100) and finds it, so it is not posted again.
TEST_F(XSenderTest, ALostReplyIsFoundBehindManyLaterPosts)
{
    serveMe();
    const std::int64_t queuedAtMs = startMs() - 3'600'000; // queued an hour ago
    const auto at = [](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    std::vector<nlohmann::json> posts; // newest first
    for (int i = 150; i >= 1; --i)
        posts.push_back({{"id", "18000000000000010" + std::to_string(100 + i)},
                         {"text", "Another answer " + std::to_string(i)},
                         {"created_at", at(queuedAtMs + 60'000 + i * 1000).toStdString()},
                         {"referenced_tweets", {{{"type", "replied_to"}, {"id", "1"}}}}});
    posts.push_back(
        {{"id", "1800000000000000900"},
         {"text", "@anna_e Sorry for the wait, we are on it."},
         {"created_at", at(queuedAtMs + 2000).toStdString()},
         {"referenced_tweets", {{{"type", "replied_to"}, {"id", "1800000000000000300"}}}}});
    posts.push_back({{"id", "1700000000000000001"},
                     {"text", "Older than the reply"},
                     {"created_at", at(queuedAtMs - 7'200'000).toStdString()}});
    std::vector<httplib::Params> asked;
    server.routes().Get(R"(/2/users/(\d+)/tweets)", [&](const httplib::Request &req,
                                                        httplib::Response &res) {
        std::lock_guard lock(timeline.mutex);
        asked.push_back(req.params);
        // X's documented paging: newest first, max_results (default 10) a page, start_time.
        const std::size_t limit =
            req.has_param("max_results") ? std::stoul(req.get_param_value("max_results")) : 10;
        const std::size_t from = req.has_param("pagination_token")
                                     ? std::stoul(req.get_param_value("pagination_token"))
                                     : 0;
        const QDateTime start = QDateTime::fromString(
            QString::fromStdString(req.get_param_value("start_time")), Qt::ISODate);
        std::vector<nlohmann::json> inRange;
        for (const nlohmann::json &post : posts) {
            if (!start.isValid()
                || QDateTime::fromString(
                       QString::fromStdString(post["created_at"].get<std::string>()), Qt::ISODate)
                       >= start)
                inRange.push_back(post);
        }
        nlohmann::json data = nlohmann::json::array();
        for (std::size_t i = from; i < inRange.size() && data.size() < limit; ++i)
            data.push_back(inRange[i]);
        nlohmann::json page = {{"meta", {{"result_count", data.size()}}}};
        if (!data.empty())
            page["data"] = data;
        if (from + limit < inRange.size())
            page["meta"]["next_token"] = std::to_string(from + limit);
        res.set_content(page.dump(), "application/json");
    });
    server.routes().Post("/2/tweets", [&](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(timeline.mutex);
        timeline.bodies.push_back(req.body);
        res.status = 201;
        res.set_content(R"({"data":{"id":"1800000000000009999","text":"…"}})", "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();
    OutgoingReply again = reply();
    again.attempt = 2;
    again.queuedAtMs = queuedAtMs;
    const SendOutcome outcome = sendAndWait(*parts.sender, again);
    ASSERT_TRUE(std::holds_alternative<Sent>(outcome)) << outcome.index();
    EXPECT_EQ(std::get<Sent>(outcome).postId, u"1800000000000000900"_s);
    EXPECT_EQ(posted(), 0) << "posted a second time";
    std::lock_guard lock(timeline.mutex);
    ASSERT_EQ(asked.size(), 2u); // 100, then the 51 left
    for (const httplib::Params &params : asked) {
        EXPECT_EQ(params.find("max_results")->second, "100");
        EXPECT_EQ(params.find("start_time")->second,
                  at(queuedAtMs - XSender::lookMarginMs).chopped(5).toStdString() + "Z");
    }
    EXPECT_EQ(asked[1].find("pagination_token")->second, "100");
}
