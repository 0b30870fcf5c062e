// SPDX-License-Identifier: Apache-2.0
// The Bluesky connector against a fixture PDS on 127.0.0.1: the app-password session and its
// refresh, notifications paged back to the cursor or the backfill, what a mention keeps, and every
// way a cycle can fail without moving the cursor.
#include "BlueskyTestFixture.h"

#include "net/AccountPauses.h"
#include "platforms/bluesky/BlueskyRecords.h"

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using json = nlohmann::json;

namespace {

std::int64_t msOf(const char *iso)
{
    return QDateTime::fromString(s(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

json newMention(const char *rkey, const char *indexedAt, const char *text)
{
    json n = readJsonFile("notifications.json")["notifications"][4]; // Carla's mention
    n["uri"] = std::string("at://did:plc:erinexample000000000001/app.bsky.feed.post/") + rkey;
    n["author"] = {{"did", "did:plc:erinexample000000000001"},
                   {"handle", "erin.example.com"},
                   {"displayName", "Erin"}};
    n["indexedAt"] = indexedAt;
    n["record"]["createdAt"] = indexedAt;
    n["record"]["text"] = text;
    n["record"].erase("facets");
    return n;
}

} // namespace

TEST_F(BlueskyTest, SignsInAndHearsMentionsRepliesAndQuotesOldestFirst)
{
    server.start();
    const Cycle cycle = fetch();
    ASSERT_TRUE(cycle.ok) << connector().health().lastError.toStdString();

    // The app password went to createSession, and only there.
    {
        std::lock_guard lock(pds.mutex);
        const json body = json::parse(pds.signInBody);
        EXPECT_EQ(body["identifier"], "brand.example.com");
        EXPECT_EQ(body["password"], FixturePds::password);
    }
    EXPECT_EQ(countCalls("createSession"), 1u);
    // Three pages of two: the like and the follow are not kept, the mention of 2026-11-20 is
    // older than the seven days a first connect hears.
    EXPECT_EQ(countCalls("listNotifications"), 3u);
    {
        std::lock_guard lock(pds.mutex);
        EXPECT_EQ(pds.listCursors, (std::vector<std::string>{"", "o2", "o4"}));
        EXPECT_EQ(pds.listReasons.front(), "mention,reply,quote");
    }
    const std::vector<Mention> heard = cycle.mentions();
    ASSERT_EQ(heard.size(), 3u);

    const Mention &carla = heard[0];
    EXPECT_EQ(carla.platform, s("bluesky"));
    EXPECT_EQ(carla.id,
              s("at://did:plc:carlaexample000000000001/app.bsky.feed.post/3lccarlament1"));
    EXPECT_EQ(carla.author.id, s("did:plc:carlaexample000000000001"));
    EXPECT_EQ(carla.author.handle, s("carla.example.com"));
    EXPECT_EQ(carla.author.name, s("Carla 🌻"));
    EXPECT_EQ(carla.text, s("Hey 🙂@brand.example.com my order #4471 arrived broken"));
    EXPECT_EQ(carla.createdAtMs, msOf("2026-12-06T10:00:00.000Z")); // six fraction digits
    EXPECT_EQ(carla.url, s("https://bsky.app/profile/carla.example.com/post/3lccarlament1"));
    EXPECT_EQ(carla.conversationId, carla.id);
    EXPECT_TRUE(carla.inReplyTo.isEmpty());
    EXPECT_EQ(carla.account, s("brand.example.com"));
    EXPECT_FALSE(carla.isPrivate);

    const Mention &quote = heard[1];
    EXPECT_EQ(quote.id,
              s("at://did:plc:bobexample00000000000001/app.bsky.feed.post/3lcbobquote01"));
    EXPECT_EQ(quote.text, s("Same here, three weeks and counting."));
    EXPECT_EQ(quote.lang, s("en"));
    EXPECT_EQ(quote.conversationId, quote.id);

    const Mention &reply = heard[2];
    EXPECT_EQ(reply.author.name, s("Anna Beispiel"));
    EXPECT_EQ(reply.lang, s("de"));
    EXPECT_EQ(reply.createdAtMs, msOf("2026-12-07T12:59:58.123Z"));
    EXPECT_EQ(reply.inReplyTo,
              s("at://did:plc:brandexample000000000001/app.bsky.feed.post/3lcbrandpost1"));
    EXPECT_EQ(reply.conversationId,
              s("at://did:plc:annaexample0000000000001/app.bsky.feed.post/3lcannaroot00"));

    // The cursor is the newest notification heard.
    const auto cursor = bluesky::FeedCursor::parse(cycle.lastCursor());
    ASSERT_TRUE(cursor);
    EXPECT_EQ(cursor->indexedAtMs, msOf("2026-12-07T13:00:00.000Z"));
    EXPECT_TRUE(cursor->uris.contains(reply.id));

    const AccountHealth health = connector().health();
    EXPECT_EQ(health.lastSuccessMs, startMs());
    EXPECT_TRUE(health.lastError.isEmpty());
}

TEST_F(BlueskyTest, FromACursorItPagesBackOnlyToWhatWasHeard)
{
    server.start();
    const QString first = fetch().lastCursor();
    ASSERT_FALSE(first.isEmpty());
    pds.prepend(newMention("3lcerinnew001", "2026-12-07T13:30:00.000Z", "Any news on my refund?"));
    pds.prepend(newMention("3lcerinnew002", "2026-12-07T13:45:00.000Z", "Hello again"));
    {
        std::lock_guard lock(pds.mutex);
        pds.listCursors.clear();
    }

    const Cycle again = fetch(first);
    ASSERT_TRUE(again.ok);
    const std::vector<Mention> heard = again.mentions();
    ASSERT_EQ(heard.size(), 2u);
    EXPECT_EQ(heard[0].text, s("Any news on my refund?"));
    EXPECT_EQ(heard[1].text, s("Hello again"));
    {
        // Page one holds the two new ones, page two reaches the cursor (Anna's reply, heard).
        std::lock_guard lock(pds.mutex);
        EXPECT_EQ(pds.listCursors, (std::vector<std::string>{"", "o2"}));
    }
    // Nothing new: nothing delivered, and the cycle still counts as a success.
    const Cycle quiet = fetch(again.lastCursor());
    EXPECT_TRUE(quiet.ok);
    EXPECT_TRUE(quiet.batches.empty());
}

TEST_F(BlueskyTest, AnEmptyPageIsACycleWithNothingHeard)
{
    {
        std::lock_guard lock(pds.mutex);
        pds.notifications = json::array();
    }
    server.start();
    const Cycle cycle = fetch();
    EXPECT_TRUE(cycle.ok);
    EXPECT_TRUE(cycle.batches.empty());
    EXPECT_EQ(countCalls("listNotifications"), 1u);
    EXPECT_EQ(connector().health().lastSuccessMs, startMs());
}

TEST_F(BlueskyTest, AnExpiredTokenIsRefreshedAndTheCallMadeAgain)
{
    server.start();
    ASSERT_TRUE(fetch().ok);
    {
        std::lock_guard lock(pds.mutex);
        pds.expireAccess = true;
        pds.calls.clear();
    }
    const Cycle cycle = fetch();
    EXPECT_TRUE(cycle.ok) << connector().health().lastError.toStdString();
    EXPECT_EQ(cycle.mentions().size(), 3u);
    const std::vector<std::string> made = calls();
    ASSERT_GE(made.size(), 3u);
    EXPECT_EQ(made[0], "listNotifications"); // ExpiredToken
    EXPECT_EQ(made[1], "refreshSession");
    EXPECT_EQ(made[2], "listNotifications"); // again, with the new token
    EXPECT_EQ(countCalls("createSession"), 0u) << "the app password is not sent again";
    std::lock_guard lock(pds.mutex);
    EXPECT_EQ(pds.refreshAuthorization, "Bearer " + FixturePds::refreshOne());
    EXPECT_EQ(pds.accessToken, FixturePds::accessTwo());
}

TEST_F(BlueskyTest, ARefusedAppPasswordIsAHealthErrorInWords)
{
    adjust = [](bluesky::BlueskyOptions &o) { o.password = s("wrong-pass-word-0000"); };
    server.start();
    const Cycle cycle = fetch();
    EXPECT_FALSE(cycle.ok);
    EXPECT_TRUE(cycle.batches.empty());
    EXPECT_EQ(connector().health().lastError,
              s("Bluesky refused the app password for @brand.example.com: create a new one in "
                "Settings → App passwords"));
    // It is not tried again with every cycle: the account must be set up again.
    EXPECT_FALSE(fetch().ok);
    EXPECT_EQ(countCalls("createSession"), 1u);
    EXPECT_EQ(countCalls("listNotifications"), 0u);
}

TEST_F(BlueskyTest, A429PausesTheAccountUntilTheReset)
{
    const std::int64_t resetSeconds = startMs() / 1000 + 300;
    pds.answerListWith([resetSeconds](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        res.set_header("ratelimit-limit", "3000");
        res.set_header("ratelimit-remaining", "0");
        res.set_header("ratelimit-reset", std::to_string(resetSeconds));
        res.set_header("ratelimit-policy", "3000;w=300");
        res.set_content(xrpcError("RateLimitExceeded", "Rate Limit Exceeded"), "application/json");
    });
    server.start();
    const Cycle cycle = fetch();
    EXPECT_FALSE(cycle.ok);
    const AccountHealth health = connector().health();
    EXPECT_EQ(health.pausedUntilMs, resetSeconds * 1000);
    EXPECT_TRUE(health.lastError.contains(s("paused until"))) << health.lastError.toStdString();
    ASSERT_TRUE(net().pauseOf(s("bluesky:brand.example.com")));

    // Until the reset the account's requests do not leave; after it, the cycle works again.
    EXPECT_FALSE(fetch().ok);
    EXPECT_EQ(countCalls("listNotifications"), 1u);
    clock->advanceBy(std::chrono::seconds(301));
    const Cycle later = fetch();
    EXPECT_TRUE(later.ok) << connector().health().lastError.toStdString();
    EXPECT_EQ(later.mentions().size(), 3u);
    EXPECT_EQ(connector().health().pausedUntilMs, 0);
}

TEST_F(BlueskyTest, A500ThenSuccessIsHeard)
{
    pds.answerListWith([](const httplib::Request &, httplib::Response &res) {
        res.status = 500;
        res.set_content(xrpcError("InternalServerError", "Internal Server Error"),
                        "application/json");
    });
    server.start();
    const Cycle cycle = fetch();
    EXPECT_TRUE(cycle.ok) << connector().health().lastError.toStdString();
    EXPECT_EQ(cycle.mentions().size(), 3u);
    EXPECT_EQ(countCalls("listNotifications"), 4u); // the 500, then three pages
}

TEST_F(BlueskyTest, ATimeoutEndsTheCycleWithNothingDelivered)
{
    adjust = [](bluesky::BlueskyOptions &o) {
        o.readTimeout = 300ms;
        o.retry = RetryPolicy::never();
    };
    pds.answerListWith([this](const httplib::Request &, httplib::Response &res) {
        server.holdUntilReleased();
        res.set_content("{}", "application/json");
    });
    server.start();
    const Cycle cycle = fetch(s("v1 1765000000000"));
    EXPECT_FALSE(cycle.ok);
    EXPECT_TRUE(cycle.batches.empty());
    EXPECT_EQ(connector().health().lastError, s("Bluesky could not be reached: timed out"));
}

TEST_F(BlueskyTest, ATruncatedBodyEndsTheCycleWithNothingDelivered)
{
    adjust = [](bluesky::BlueskyOptions &o) { o.retry = RetryPolicy::never(); };
    server.start();
    ASSERT_TRUE(fetch().ok);
    const std::string page = readJsonFile("notifications.json").dump();
    pds.answerListWith([page](const httplib::Request &, httplib::Response &res) {
        res.set_content_provider(page.size(), "application/json",
                                 [page](size_t, size_t, httplib::DataSink &sink) {
                                     sink.write(page.data(), page.size() / 2);
                                     return false;
                                 });
    });
    const Cycle cycle = fetch();
    EXPECT_FALSE(cycle.ok);
    EXPECT_TRUE(cycle.batches.empty());
    EXPECT_EQ(connector().health().lastError,
              s("Bluesky could not be reached: the response was cut short"));
}

TEST_F(BlueskyTest, MalformedJsonEndsTheCycleWithNothingDelivered)
{
    pds.answerListWith([](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"cursor": "o2", "notifications": [{"uri": "at://did:plc:x/app.bsky.fe)",
                        "application/json");
    });
    pds.answerListWith([](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"cursor": "o2", "feed": []})", "application/json");
    });
    server.start();
    const Cycle broken = fetch();
    EXPECT_FALSE(broken.ok);
    EXPECT_TRUE(broken.batches.empty());
    EXPECT_TRUE(connector().health().lastError.startsWith(
        s("Bluesky's notifications could not be read: not valid JSON")))
        << connector().health().lastError.toStdString();
    const Cycle shapeless = fetch();
    EXPECT_FALSE(shapeless.ok);
    EXPECT_TRUE(shapeless.batches.empty());
    // The next good answer is heard whole.
    EXPECT_EQ(fetch().mentions().size(), 3u);
}

TEST(BlueskyRecords, TheCursorReadsBackWhatItWrote)
{
    bluesky::FeedCursor cursor;
    cursor.advance(1000, s("at://a/app.bsky.feed.post/1"));
    cursor.advance(1000, s("at://b/app.bsky.feed.post/2"));
    const auto back = bluesky::FeedCursor::parse(cursor.toString());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->indexedAtMs, 1000);
    EXPECT_TRUE(back->covers(1000, s("at://b/app.bsky.feed.post/2")));
    EXPECT_FALSE(back->covers(1000, s("at://c/app.bsky.feed.post/3"))) << "same time, new post";
    EXPECT_TRUE(back->covers(999, s("at://c/app.bsky.feed.post/3")));
    EXPECT_FALSE(bluesky::FeedCursor::parse(s("round:3")));
}

TEST(BlueskyRecords, ARecordKeyIsTidShapedAndTheSameForTheSameReply)
{
    const QString a = bluesky::recordKeyFor(s("reply-41-2026-12-07"));
    EXPECT_TRUE(bluesky::isTidShaped(a)) << a.toStdString();
    EXPECT_EQ(a, bluesky::recordKeyFor(s("reply-41-2026-12-07")));
    EXPECT_NE(a, bluesky::recordKeyFor(s("reply-42-2026-12-07")));
    for (int i = 0; i < 200; ++i)
        EXPECT_TRUE(bluesky::isTidShaped(bluesky::recordKeyFor(QString::number(i))));
}

TEST_F(BlueskyTest, DirectMessagesAreHeardAsPrivateMentionsOfTheirConversation)
{
    {
        std::lock_guard lock(pds.mutex);
        pds.convos = readJsonFile("convos.json");
    }
    server.start();
    const Cycle cycle = fetch();
    ASSERT_TRUE(cycle.ok) << connector().health().lastError.toStdString();
    std::vector<Mention> dms;
    for (const Mention &m : cycle.mentions()) {
        if (m.isPrivate)
            dms.push_back(m);
    }
    // Anna's two messages: not the brand's own, not the deleted one, not the convo older than the
    // backfill; oldest first.
    ASSERT_EQ(dms.size(), 2u);
    EXPECT_EQ(dms[0].text, s("Bestellung 4471, Lieferadresse falsch."));
    EXPECT_EQ(dms[0].id, s("chat:3lcconvoanna01:3lcmsganna001"));
    EXPECT_EQ(dms[0].conversationId, s("3lcconvoanna01"));
    EXPECT_EQ(dms[0].author.id, s("did:plc:annaexample0000000000001"));
    EXPECT_EQ(dms[0].author.handle, s("anna.example.com"));
    EXPECT_EQ(dms[0].author.name, s("Anna Beispiel"));
    EXPECT_EQ(dms[0].createdAtMs, msOf("2026-12-07T11:00:00.000Z"));
    EXPECT_EQ(dms[1].id, s("chat:3lcconvoanna01:3lcmsganna003"));
    EXPECT_EQ(cycle.mentions().size(), 5u);
    {
        std::lock_guard lock(pds.mutex);
        ASSERT_FALSE(pds.proxies.empty());
        for (const std::string &proxy : pds.proxies)
            EXPECT_EQ(proxy, "did:web:api.bsky.chat#bsky_chat");
    }
    const auto cursor = bluesky::FeedCursor::parse(cycle.lastCursor());
    ASSERT_TRUE(cursor);
    EXPECT_EQ(cursor->chatMs, msOf("2026-12-07T11:10:00.000Z"));
    EXPECT_EQ(cursor->indexedAtMs, msOf("2026-12-07T13:00:00.000Z"));

    // From that cursor, a new message only.
    {
        std::lock_guard lock(pds.mutex);
        json message = pds.messages["messages"][0];
        message["id"] = "3lcmsganna004";
        message["text"] = "Und die Rechnung?";
        message["sentAt"] = "2026-12-07T13:50:00.000Z";
        pds.messages["messages"].insert(pds.messages["messages"].begin(), message);
        pds.convos["convos"][0]["lastMessage"] = message;
    }
    const Cycle again = fetch(cycle.lastCursor());
    ASSERT_TRUE(again.ok);
    ASSERT_EQ(again.mentions().size(), 1u);
    EXPECT_EQ(again.mentions()[0].text, s("Und die Rechnung?"));
    EXPECT_TRUE(again.mentions()[0].isPrivate);
}

TEST_F(BlueskyTest, AnAppPasswordWithoutDirectMessagesStillHearsPosts)
{
    {
        std::lock_guard lock(pds.mutex);
        pds.convos = readJsonFile("convos.json");
        pds.chatScopeRefused = true;
    }
    server.start();
    const Cycle cycle = fetch();
    EXPECT_TRUE(cycle.ok) << connector().health().lastError.toStdString();
    EXPECT_EQ(cycle.mentions().size(), 3u);
    EXPECT_TRUE(session().chatUnavailable());
    EXPECT_TRUE(fetch().ok);
    EXPECT_EQ(countCalls("listConvos"), 1u) << "asked again after it was refused";
}

TEST_F(BlueskyTest, AFailedChatCallDeliversThePostsAndKeepsTheChatCursor)
{
    {
        std::lock_guard lock(pds.mutex);
        pds.convos = readJsonFile("convos.json");
        pds.messages = json{{"messages", json::array({{{"id", "x"}}})}}; // no time: unreadable
    }
    server.start();
    const QString stored = s("v1 ") + QString::number(msOf("2026-12-01T00:00:00.000Z")) + s(" dm ")
                           + QString::number(msOf("2026-12-02T00:00:00.000Z")) + s(" chat:c:m");
    const Cycle cycle = fetch(stored);
    EXPECT_FALSE(cycle.ok);
    EXPECT_EQ(cycle.mentions().size(), 3u);
    const auto cursor = bluesky::FeedCursor::parse(cycle.lastCursor());
    ASSERT_TRUE(cursor);
    EXPECT_EQ(cursor->chatMs, msOf("2026-12-02T00:00:00.000Z"))
        << "the direct messages' part moved on";
    EXPECT_TRUE(
        connector().health().lastError.startsWith(s("Bluesky's direct messages could not be read")))
        << connector().health().lastError.toStdString();
}
