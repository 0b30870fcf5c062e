// SPDX-License-Identifier: Apache-2.0
// Bluesky replies against a fixture PDS on 127.0.0.1: the record written (thread, facets with
// UTF-8 byte offsets, a record key from the idempotency key), and what a retry after an unclear
// answer does: the same key, so the server holds the reply once.
#include "BlueskyTestFixture.h"

#include "platforms/bluesky/BlueskyRecords.h"

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using json = nlohmann::json;

namespace {

const char *annaReply = "at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannareply2";

OutgoingReply replyToAnna(const char *key = "reply-1001")
{
    OutgoingReply reply;
    reply.outboxId = 1001;
    reply.caseId = 1;
    reply.platform = s("bluesky");
    reply.inReplyTo = s(annaReply);
    reply.body = s("Danke für die Geduld 🙏 @carla.example.com kümmert sich, "
                   "@nobody.example.org auch.");
    reply.recipientId = s("did:plc:annaexample0000000000001");
    reply.recipientHandle = s("anna.example.com");
    reply.account = s("brand.example.com");
    reply.idempotencyKey = s(key);
    return reply;
}

QString uriFor(const QString &rkey)
{
    return s("at://") + s(FixturePds::did) + s("/app.bsky.feed.post/") + rkey;
}

} // namespace

TEST_F(BlueskyTest, AReplyIsWrittenWithItsThreadAndAMentionFacetInUtf8Bytes)
{
    server.start();
    const SendOutcome outcome = sendReply(replyToAnna());

    const QString rkey = bluesky::recordKeyFor(s("reply-1001"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(outcome));
    EXPECT_EQ(std::get<send_outcome::Sent>(outcome).postId, uriFor(rkey));

    const std::string stored = pds.recordAt(rkey.toStdString());
    ASSERT_FALSE(stored.empty()) << "no record under the key derived from the reply";
    const json body = json::parse(stored);
    EXPECT_EQ(body["repo"], FixturePds::did);
    EXPECT_EQ(body["collection"], "app.bsky.feed.post");
    const json &record = body["record"];
    EXPECT_EQ(record["$type"], "app.bsky.feed.post");
    EXPECT_EQ(record["text"], replyToAnna().body.toStdString());
    EXPECT_EQ(record["createdAt"], "2026-12-07T14:03:00.000Z");
    // The parent is Anna's post; the root is her thread's, from getPosts.
    EXPECT_EQ(record["reply"]["parent"]["uri"], annaReply);
    EXPECT_EQ(record["reply"]["parent"]["cid"],
              "bafyreianna0000000000000000000000000000000000000000000reply");
    EXPECT_EQ(record["reply"]["root"]["uri"],
              "at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannaroot00");
    EXPECT_EQ(record["reply"]["root"]["cid"],
              "bafyreiannaroot000000000000000000000000000000000000000root");
    // "Danke für die Geduld 🙏 " is 27 bytes (ü two, 🙏 four); the handle that does not resolve
    // gets no facet.
    ASSERT_EQ(record["facets"].size(), 1u) << record.dump();
    const json &facet = record["facets"][0];
    EXPECT_EQ(facet["index"]["byteStart"], 27);
    EXPECT_EQ(facet["index"]["byteEnd"], 45);
    EXPECT_EQ(facet["features"][0]["$type"], "app.bsky.richtext.facet#mention");
    EXPECT_EQ(facet["features"][0]["did"], "did:plc:carlaexample000000000001");
    EXPECT_EQ(countCalls("createRecord"), 1u);
}

TEST_F(BlueskyTest, AnAnswerLostAfterTheRecordWasStoredIsFoundByItsKey)
{
    adjust = [](bluesky::BlueskyOptions &o) { o.readTimeout = 300ms; };
    {
        std::lock_guard lock(pds.mutex);
        pds.holdAfterCreate = true;
    }
    server.start();
    const SendOutcome outcome = sendReply(replyToAnna());
    const QString rkey = bluesky::recordKeyFor(s("reply-1001"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(outcome)) << outcome.index();
    EXPECT_EQ(std::get<send_outcome::Sent>(outcome).postId, uriFor(rkey));
    EXPECT_EQ(countCalls("createRecord"), 1u);
    EXPECT_EQ(countCalls("getRecord"), 1u);
    std::lock_guard lock(pds.mutex);
    EXPECT_EQ(pds.records.size(), 1u);
}

TEST_F(BlueskyTest, ARetryAfterAnUncertainSendWritesTheSameKeyAndOneRecord)
{
    adjust = [](bluesky::BlueskyOptions &o) {
        o.readTimeout = 300ms;
        o.retry = RetryPolicy::never();
    };
    {
        std::lock_guard lock(pds.mutex);
        pds.holdAfterCreate = true;
        pds.getRecordFailures = 1; // the look-up after the timeout fails too
    }
    server.start();
    OutgoingReply reply = replyToAnna();
    EXPECT_TRUE(std::holds_alternative<send_outcome::Uncertain>(sendReply(reply)));

    {
        std::lock_guard lock(pds.mutex);
        pds.holdAfterCreate = false;
    }
    reply.attempt = 2;
    const SendOutcome again = sendReply(reply);
    const QString rkey = bluesky::recordKeyFor(s("reply-1001"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(again)) << again.index();
    EXPECT_EQ(std::get<send_outcome::Sent>(again).postId, uriFor(rkey));
    std::lock_guard lock(pds.mutex);
    EXPECT_EQ(pds.records.size(), 1u);
    EXPECT_EQ(pds.createRecordKeys, std::vector<std::string>{rkey.toStdString()});
}

TEST_F(BlueskyTest, AFailedWriteIsTriedAgainUnderTheSameKey)
{
    adjust = [](bluesky::BlueskyOptions &o) { o.retry = RetryPolicy::never(); };
    pds.answerCreateWith([](const httplib::Request &, httplib::Response &res) {
        res.status = 502;
        res.set_content(xrpcError("UpstreamFailure", "Upstream Failure"), "application/json");
    });
    server.start();
    OutgoingReply reply = replyToAnna("reply-77");
    const SendOutcome first = sendReply(reply);
    ASSERT_TRUE(std::holds_alternative<send_outcome::Retry>(first)) << first.index();
    EXPECT_EQ(countCalls("getRecord"), 1u) << "it looked whether the record was there";

    reply.attempt = 2;
    const SendOutcome second = sendReply(reply);
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(second)) << second.index();
    const std::string rkey = bluesky::recordKeyFor(s("reply-77")).toStdString();
    std::lock_guard lock(pds.mutex);
    EXPECT_EQ(pds.createRecordKeys, (std::vector<std::string>{rkey, rkey}));
    EXPECT_EQ(pds.records.size(), 1u);
}

TEST_F(BlueskyTest, RateLimitsRetryAndRefusalsFailInWords)
{
    const std::int64_t resetSeconds = startMs() / 1000 + 120;
    pds.answerCreateWith([resetSeconds](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        res.set_header("ratelimit-limit", "5000");
        res.set_header("ratelimit-remaining", "0");
        res.set_header("ratelimit-reset", std::to_string(resetSeconds));
        res.set_content(xrpcError("RateLimitExceeded", "Rate Limit Exceeded"), "application/json");
    });
    pds.answerCreateWith([](const httplib::Request &, httplib::Response &res) {
        res.status = 400;
        res.set_content(xrpcError("InvalidRequest",
                                  "Invalid app.bsky.feed.post record: Record/text must not be "
                                  "longer than 300 graphemes"),
                        "application/json");
    });
    server.start();
    const SendOutcome limited = sendReply(replyToAnna("reply-a"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Retry>(limited)) << limited.index();
    EXPECT_EQ(std::get<send_outcome::Retry>(limited).after, 120s);

    clock->advanceBy(121s);
    const SendOutcome tooLong = sendReply(replyToAnna("reply-b"));
    ASSERT_TRUE(std::holds_alternative<send_outcome::Failed>(tooLong)) << tooLong.index();
    const QString reason = std::get<send_outcome::Failed>(tooLong).reason;
    EXPECT_TRUE(reason.startsWith(s("Bluesky refused the reply:"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(s("300 graphemes"))) << reason.toStdString();
    std::lock_guard lock(pds.mutex);
    EXPECT_TRUE(pds.records.empty());
}

TEST_F(BlueskyTest, AReplyToAPostThatIsGoneFails)
{
    server.start();
    OutgoingReply reply = replyToAnna();
    reply.inReplyTo = s("at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcdeleted001");
    const SendOutcome outcome = sendReply(reply);
    ASSERT_TRUE(std::holds_alternative<send_outcome::Failed>(outcome));
    EXPECT_EQ(std::get<send_outcome::Failed>(outcome).reason,
              s("The post this reply answers is no longer on Bluesky"));
    EXPECT_EQ(countCalls("createRecord"), 0u);
}

TEST(BlueskyRecords, HandlesAreFoundWithTheirUtf8ByteRange)
{
    const auto found =
        bluesky::findHandles(s("(@a.b) 👋🏽 @carla.example.com. mail@x.y @nodot"));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].handle, s("a.b"));
    EXPECT_EQ(found[0].byteStart, 1);
    EXPECT_EQ(found[0].byteEnd, 5);
    EXPECT_EQ(found[1].handle, s("carla.example.com")); // the full stop is not the handle's
    EXPECT_EQ(found[1].byteStart, 16);                  // "(@a.b) " 7, 👋🏽 8, " " 1
    EXPECT_EQ(found[1].byteEnd, 34);
}

TEST_F(BlueskyTest, APrivateReplyIsADirectMessageIntoTheConversation)
{
    server.start();
    OutgoingReply reply = replyToAnna("dm-1");
    reply.isPrivate = true;
    reply.inReplyTo.clear();
    reply.body = s("Wir schicken sie an die alte Adresse.");
    reply.conversationId = s("3lcconvoanna01");
    const SendOutcome direct = sendReply(reply);
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(direct)) << direct.index();
    EXPECT_EQ(std::get<send_outcome::Sent>(direct).postId, s("chat:3lcconvoanna01:3lcmsgsent01"));

    // A case that began in public: the conversation is found by the person's DID.
    reply.conversationId = s(annaReply);
    const SendOutcome found = sendReply(reply);
    ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(found)) << found.index();
    EXPECT_EQ(countCalls("getConvoForMembers"), 1u);
    std::lock_guard lock(pds.mutex);
    ASSERT_EQ(pds.sentMessages.size(), 2u);
    const json body = json::parse(pds.sentMessages[1]);
    EXPECT_EQ(body["convoId"], "3lcconvoanna01");
    EXPECT_EQ(body["message"]["text"], "Wir schicken sie an die alte Adresse.");
    EXPECT_TRUE(pds.records.empty()) << "a private reply was posted in public";
}
