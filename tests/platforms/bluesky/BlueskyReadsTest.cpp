// SPDX-License-Identifier: Apache-2.0
// Bluesky's reads on request against the fixture PDS on 127.0.0.1: a thread read again
// (app.bsky.feed.getPostThread) with a post gone from it, the case's posts the thread no longer
// shows checked with getPosts, a root the AppView no longer has, and a profile (getProfile).
#include "BlueskyTestFixture.h"

using namespace earshot;
using namespace earshot::test;
using json = nlohmann::json;

namespace {

const char *rootUri = "at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannaroot00";
const char *replyUri = "at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannareply2";
const char *goneUri = "at://did:plc:finnexample0000000000001/app.bsky.feed.post/3lcfinngone01";
const char *carlaUri = "at://did:plc:carlaexample000000000001/app.bsky.feed.post/3lccarlament1";

json postView(const char *uri, const char *did, const char *handle, const char *text,
              const char *parent = nullptr)
{
    json record = {{"$type", "app.bsky.feed.post"},
                   {"text", text},
                   {"createdAt", "2026-12-06T10:00:00.000Z"},
                   {"langs", {"en"}}};
    if (parent)
        record["reply"] = {{"root", {{"uri", rootUri}, {"cid", "bafyroot"}}},
                           {"parent", {{"uri", parent}, {"cid", "bafyparent"}}}};
    return {{"uri", uri},
            {"cid", "bafy"},
            {"author", {{"did", did}, {"handle", handle}, {"displayName", handle}}},
            {"record", record},
            {"indexedAt", "2026-12-06T10:00:01.000Z"}};
}

json threadNode(json post, json replies = json::array())
{
    return {{"$type", "app.bsky.feed.defs#threadViewPost"}, {"post", post}, {"replies", replies}};
}

class BlueskyReadsTest : public BlueskyTest {
protected:
    void SetUp() override
    {
        server.routes().Get("/xrpc/app.bsky.feed.getPostThread", [this](const httplib::Request &req,
                                                                        httplib::Response &res) {
            std::lock_guard lock(pds.mutex);
            pds.calls.emplace_back("getPostThread");
            threadAsked.push_back(req.get_param_value("uri"));
            if (threadAnswer.is_null()) {
                res.status = 400;
                res.set_content(xrpcError("NotFound", "Post not found"), "application/json");
                return;
            }
            res.set_content(threadAnswer.dump(), "application/json");
        });
        server.routes().Get("/xrpc/app.bsky.actor.getProfile",
                            [this](const httplib::Request &req, httplib::Response &res) {
                                std::lock_guard lock(pds.mutex);
                                pds.calls.emplace_back("getProfile");
                                profileAsked = req.get_param_value("actor");
                                res.set_content(profile.dump(), "application/json");
                            });
        server.start();
    }

    OnDemandResult read(const char *postId, std::vector<QString> known)
    {
        ConversationRequest request;
        request.postId = s(postId);
        request.knownPostIds = std::move(known);
        std::optional<OnDemandResult> result;
        connector().fetchConversation(request, [&](const OnDemandResult &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        return result.value_or(OnDemandResult{});
    }

    static std::vector<QString> deleted(const OnDemandResult &r)
    {
        std::vector<QString> ids;
        for (const PostChange &c : r.batch.changes) {
            EXPECT_EQ(c.kind, PostChange::Kind::Deleted) << "Bluesky posts are never edited";
            EXPECT_EQ(c.platform, s("bluesky"));
            ids.push_back(c.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    json threadAnswer;
    json profile;
    std::vector<std::string> threadAsked;
    std::string profileAsked;
};

} // namespace

TEST_F(BlueskyReadsTest, TheThreadIsReadAndWhatIsGoneFromItIsADeletion)
{
    const json brandPost =
        postView("at://did:plc:brandexample000000000001/app.bsky.feed.post/3lcbrandpost1",
                 FixturePds::did, "brand.example.com", "We are looking into it", rootUri);
    const json notFound = {
        {"$type", "app.bsky.feed.defs#notFoundPost"}, {"uri", goneUri}, {"notFound", true}};
    threadAnswer = {
        {"thread",
         threadNode(postView(rootUri, "did:plc:annaexample0000000000001", "anna.example.com",
                             "My order never came"),
                    {threadNode(postView(replyUri, "did:plc:annaexample0000000000001",
                                         "anna.example.com", "Still waiting <b>now</b>", rootUri),
                                {notFound}),
                     threadNode(brandPost)})}};

    // Carla's post is one of the case's too, and not in this thread: getPosts no longer has it.
    const OnDemandResult r = read(rootUri, {s(replyUri), s(carlaUri), s(goneUri)});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    {
        std::lock_guard lock(pds.mutex);
        ASSERT_EQ(threadAsked, std::vector<std::string>{rootUri});
    }
    EXPECT_EQ(countCalls("getPosts"), 1u);
    ASSERT_EQ(r.batch.mentions.size(), 2u) << "the brand's own post is not a mention";
    for (const Mention &m : r.batch.mentions) {
        EXPECT_EQ(m.platform, s("bluesky"));
        EXPECT_EQ(m.conversationId, s(rootUri));
    }
    const auto reply = std::find_if(r.batch.mentions.begin(), r.batch.mentions.end(),
                                    [](const Mention &m) { return m.id == s(replyUri); });
    ASSERT_NE(reply, r.batch.mentions.end());
    EXPECT_EQ(reply->inReplyTo, s(rootUri));
    EXPECT_EQ(reply->text, s("Still waiting <b>now</b>")) << "kept as the text it is";
    EXPECT_TRUE(r.batch.cursor.isEmpty()) << "a read on request does not move the feed";
    EXPECT_EQ(deleted(r), (std::vector<QString>{s(carlaUri), s(goneUri)}));
}

TEST_F(BlueskyReadsTest, ARootTheAppViewNoLongerHasIsDeletedAndTheRestIsChecked)
{
    // threadAnswer null: NotFound.
    const OnDemandResult r = read(rootUri, {s(rootUri), s(carlaUri)});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_TRUE(r.batch.mentions.empty());
    EXPECT_EQ(deleted(r), (std::vector<QString>{s(rootUri), s(carlaUri)}));
}

TEST_F(BlueskyReadsTest, AProfileComesWithItsBioFollowersAndVerification)
{
    profile = {{"did", "did:plc:annaexample0000000000001"},
               {"handle", "anna.example.com"},
               {"displayName", "Anna"},
               {"description", "Bakes <i>bread</i>."},
               {"followersCount", 1234},
               {"verification", {{"verifiedStatus", "valid"}, {"trustedVerifierStatus", "none"}}}};
    ProfileRequest request;
    request.userId = s("did:plc:annaexample0000000000001");
    request.handle = s("anna.example.com");
    std::optional<OnDemandResult> result;
    connector().fetchProfile(request, [&](const OnDemandResult &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
    ASSERT_TRUE(result->ok) << result->error.toStdString();
    {
        std::lock_guard lock(pds.mutex);
        EXPECT_EQ(profileAsked, "did:plc:annaexample0000000000001");
    }
    ASSERT_EQ(result->batch.profiles.size(), 1u);
    const ProfileUpdate &p = result->batch.profiles.front();
    EXPECT_EQ(p.platform, s("bluesky"));
    EXPECT_EQ(p.userId, s("did:plc:annaexample0000000000001"));
    EXPECT_EQ(p.bio, s("Bakes <i>bread</i>."));
    EXPECT_EQ(p.followers, 1234);
    EXPECT_EQ(p.verified, true);
}
