// SPDX-License-Identifier: Apache-2.0
// Replies posted on a fixture instance: the answered post's id on the brand's instance, the
// Idempotency-Key and what the instance's answers mean for the outbox.
#include "MastodonTestBase.h"

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

OutgoingReply replyTo(const char *uri, const char *key)
{
    OutgoingReply r;
    r.outboxId = 7;
    r.caseId = 1001;
    r.platform = s("mastodon");
    r.inReplyTo = s(uri);
    r.body = s("@carl@customers.example Sorry about that, a fix comes tomorrow.");
    r.idempotencyKey = s(key);
    return r;
}

class MastodonSenderTest : public MastodonTest {
protected:
    void SetUp() override
    {
        instance.start();
        parts = makeParts(instance);
    }

    SendOutcome send(const OutgoingReply &reply)
    {
        std::optional<SendOutcome> outcome;
        int calls = 0;
        parts.sender->send(reply, [&](const SendOutcome &o) {
            ++calls;
            outcome = o;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000)) << "no outcome";
        EXPECT_EQ(calls, 1);
        return outcome.value_or(SendOutcome(send_outcome::Failed{s("no outcome")}));
    }

    FixtureInstance instance;
    NetworkParts parts;
};

} // namespace

TEST_F(MastodonSenderTest, AReplyToAHeardMentionGoesWithItsLocalIdAndTheKey)
{
    // The connector heard carl's post as 9009 on this instance.
    Heard heard(parts.connector.get());
    ASSERT_TRUE(heard.cycle(parts.connector.get(), {}));

    const SendOutcome outcome =
        send(replyTo("https://customers.example/users/carl/statuses/4004", "reply-7-key"));

    const auto *sent = std::get_if<send_outcome::Sent>(&outcome);
    ASSERT_NE(sent, nullptr);
    EXPECT_EQ(sent->postId, s("https://brand.example/users/brand/statuses/20001"));
    const auto posts = instance.requests("/api/v1/statuses");
    ASSERT_EQ(posts.size(), 1u);
    EXPECT_EQ(posts[0].idempotencyKey, "reply-7-key");
    EXPECT_EQ(posts[0].authorization, std::string("Bearer ") + testToken());
    const auto body = nlohmann::json::parse(posts[0].body);
    EXPECT_EQ(body["in_reply_to_id"], "9009");
    EXPECT_EQ(body["visibility"], "unlisted");
    EXPECT_EQ(body["status"], "@carl@customers.example Sorry about that, a fix comes tomorrow.");
    EXPECT_TRUE(instance.requests("/api/v2/search").empty()) << "the id was known";
}

TEST_F(MastodonSenderTest, AnUnknownPostIsLookedUpByItsUriFirst)
{
    nlohmann::json status = instance.notifications[0]["status"];
    status["id"] = "777";
    instance.searchable[status["uri"].get<std::string>()] = status;
    OutgoingReply reply = replyTo("https://customers.example/users/dana/statuses/5005", "k-2");
    reply.isPrivate = true;

    const SendOutcome outcome = send(reply);

    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(outcome));
    const auto searches = instance.requests("/api/v2/search");
    ASSERT_EQ(searches.size(), 1u);
    EXPECT_EQ(searches[0].param("q"), "https://customers.example/users/dana/statuses/5005");
    EXPECT_EQ(searches[0].param("resolve"), "true");
    EXPECT_EQ(searches[0].param("type"), "statuses");
    const auto body = nlohmann::json::parse(instance.requests("/api/v1/statuses")[0].body);
    EXPECT_EQ(body["in_reply_to_id"], "777");
    EXPECT_EQ(body["visibility"], "direct") << "a private reply";
}

TEST_F(MastodonSenderTest, APostTheInstanceCannotFindFailsInWords)
{
    const SendOutcome outcome =
        send(replyTo("https://customers.example/users/gone/statuses/1", "k-3"));
    const auto *failed = std::get_if<send_outcome::Failed>(&outcome);
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->reason.contains(s("deleted"))) << failed->reason.toStdString();
    EXPECT_TRUE(instance.posted().empty());
}

TEST_F(MastodonSenderTest, AnAnswerLostAfterTheInstanceAcceptedIsUncertainAndTheRetryPostsOnce)
{
    instance.holdFirstPostAfterAccepting = true;
    MastodonOptions options = testOptions();
    options.readTimeout = 300ms;
    parts = makeParts(instance, options);
    const OutgoingReply reply = replyTo("9009", "reply-8-key"); // a local id is used as it is

    const SendOutcome first = send(reply);
    EXPECT_TRUE(std::holds_alternative<send_outcome::Uncertain>(first));
    ASSERT_EQ(instance.posted().size(), 1u) << "the instance made it";

    OutgoingReply again = reply;
    again.attempt = 2;
    const SendOutcome second = send(again);
    const auto *sent = std::get_if<send_outcome::Sent>(&second);
    ASSERT_NE(sent, nullptr);
    EXPECT_EQ(sent->postId, s("https://brand.example/users/brand/statuses/20001"));
    EXPECT_EQ(instance.posted().size(), 1u) << "the same key made no second status";
    const auto posts = instance.requests("/api/v1/statuses");
    ASSERT_EQ(posts.size(), 2u);
    EXPECT_EQ(posts[1].idempotencyKey, "reply-8-key");
    instance.server.release();
}

TEST_F(MastodonSenderTest, A422FailsWithTheInstancesMessage)
{
    instance.postOverride = [](const httplib::Request &, httplib::Response &res) {
        res.status = 422;
        res.set_content(R"({"error":"Validation failed: Text character limit of 1000 exceeded"})",
                        "application/json");
        return true;
    };
    const SendOutcome outcome = send(replyTo("9009", "k-4"));
    const auto *failed = std::get_if<send_outcome::Failed>(&outcome);
    ASSERT_NE(failed, nullptr);
    EXPECT_EQ(failed->reason,
              s("Mastodon refused the reply: Validation failed: Text character limit of 1000 "
                "exceeded"));
}

TEST_F(MastodonSenderTest, ADeletedPostAndARefusedTokenFail)
{
    instance.postOverride = [](const httplib::Request &, httplib::Response &res) {
        res.status = 404;
        res.set_content(R"({"error":"Record not found"})", "application/json");
        return true;
    };
    const SendOutcome deleted = send(replyTo("9009", "k-5"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Failed>(deleted));
    EXPECT_EQ(std::get<send_outcome::Failed>(deleted).reason, s("The post you answer was deleted"));

    instance.postOverride = [](const httplib::Request &, httplib::Response &res) {
        res.status = 401;
        res.set_content(R"({"error":"The access token is invalid"})", "application/json");
        return true;
    };
    const SendOutcome refused = send(replyTo("9009", "k-6"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Failed>(refused));
    EXPECT_TRUE(std::get<send_outcome::Failed>(refused).reason.contains(s("sign in again")));
}

TEST_F(MastodonSenderTest, RateLimitedAndBusyAreTriedAgainLater)
{
    instance.postOverride = [](const httplib::Request &, httplib::Response &res) {
        res.status = 503;
        res.set_header("Retry-After", "120");
        res.set_content(R"({"error":"busy"})", "application/json");
        return true;
    };
    const SendOutcome busy = send(replyTo("9009", "k-7"));
    const auto *retry = std::get_if<send_outcome::Retry>(&busy);
    ASSERT_NE(retry, nullptr);
    EXPECT_EQ(retry->after, 120s);
    EXPECT_TRUE(instance.posted().empty());
}
