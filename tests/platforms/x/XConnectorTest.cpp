// SPDX-License-Identifier: Apache-2.0
// The X connector over real HTTP against a fixture X API v2 on loopback: what it reads, what it
// makes of it, and what it does when X refuses, fails or sends something it cannot read.
#include "XFixture.h"

#include "Error.h"
#include "session/Networks.h"

#include <nlohmann/json.hpp>

#include <mutex>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

std::string param(const httplib::Params &params, const char *key)
{
    const auto it = params.find(key);
    return it == params.end() ? std::string("<none>") : it->second;
}

} // namespace

TEST_F(XTest, ReadsEveryPageSinceTheCursorAndDeliversThemWithTheNewestId)
{
    serveMe();
    serveMentions([](const httplib::Request &req, httplib::Response &res) {
        res.set_header("x-rate-limit-limit", "450");
        res.set_header("x-rate-limit-remaining", "449");
        res.set_header("x-rate-limit-reset", "1796650000");
        res.set_content(fixture(req.has_param("pagination_token") ? "mentions_page2.json"
                                                                  : "mentions_page1.json"),
                        "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();

    std::vector<MentionBatch> batches;
    ASSERT_TRUE(cycle(*parts.connector, u"1800000000000000099"_s, &batches));

    const auto asked = mentionRequestsSoFar();
    ASSERT_EQ(asked.size(), 2u);
    EXPECT_EQ(param(asked[0], "since_id"), "1800000000000000099");
    EXPECT_EQ(param(asked[0], "max_results"), "100");
    EXPECT_EQ(param(asked[0], "expansions"), "author_id");
    EXPECT_EQ(param(asked[0], "pagination_token"), "<none>");
    EXPECT_EQ(param(asked[1], "pagination_token"), "7140dibdnow9c7btw423x78y0ntzk0lcm9k41ln4fh1ai");
    EXPECT_EQ(param(asked[1], "since_id"), "1800000000000000099");

    ASSERT_EQ(batches.size(), 1u);
    const MentionBatch &batch = batches.front();
    EXPECT_EQ(batch.cursor, u"1800000000000000300"_s);
    ASSERT_EQ(batch.mentions.size(), 3u);
    // Oldest first.
    EXPECT_EQ(batch.mentions[0].id, u"1800000000000000150"_s);
    const Mention &anna = batch.mentions[2];
    EXPECT_EQ(anna.platform, u"x"_s);
    EXPECT_EQ(anna.id, u"1800000000000000300"_s);
    EXPECT_EQ(anna.author.id, u"2244994945"_s);
    EXPECT_EQ(anna.author.handle, u"anna_e"_s);
    EXPECT_EQ(anna.author.name, u"Anna Example"_s);
    EXPECT_EQ(anna.author.followers, 1234);
    EXPECT_EQ(anna.url, u"https://x.com/anna_e/status/1800000000000000300"_s);
    EXPECT_EQ(
        anna.createdAtMs,
        QDateTime(QDate(2026, 12, 7), QTime(13, 58, 12), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(anna.text, u"@acme my order still hasn't arrived & nobody answers"_s);
    EXPECT_EQ(anna.lang, u"en"_s);
    EXPECT_EQ(anna.inReplyTo, u"1800000000000000100"_s);
    EXPECT_EQ(anna.conversationId, u"1800000000000000100"_s);
    EXPECT_EQ(anna.account, u"acme"_s);
    EXPECT_TRUE(batch.mentions[1].inReplyTo.isEmpty());
    EXPECT_EQ(parts.connector->health().lastSuccessMs, startMs());
    EXPECT_TRUE(parts.connector->health().lastError.isEmpty());

    // The user id is learned once.
    batches.clear();
    ASSERT_TRUE(cycle(*parts.connector, u"1800000000000000300"_s, &batches));
    EXPECT_EQ(meHits.load(), 1);
}

TEST_F(XTest, AFirstConnectReadsOnlyTheBackfillPages)
{
    serveMe();
    serveMentions([](const httplib::Request &, httplib::Response &res) {
        res.set_content(fixture("mentions_page1.json"), "application/json"); // always a next_token
    });
    server.start();
    XConnectorOptions options;
    options.backfillPages = 3;
    NetworkParts parts = makeParts(options);

    std::vector<MentionBatch> batches;
    ASSERT_TRUE(cycle(*parts.connector, QString(), &batches));
    const auto asked = mentionRequestsSoFar();
    ASSERT_EQ(asked.size(), 3u);
    EXPECT_EQ(param(asked[0], "since_id"), "<none>");
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches.front().cursor, u"1800000000000000300"_s);
}

TEST_F(XTest, AnEmptyResultIsASuccessThatLeavesTheCursor)
{
    serveMe();
    serveMentions([](const httplib::Request &, httplib::Response &res) {
        res.set_content(fixture("mentions_empty.json"), "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();
    std::vector<MentionBatch> batches;
    ASSERT_TRUE(cycle(*parts.connector, u"1800000000000000300"_s, &batches));
    EXPECT_TRUE(batches.empty());
    EXPECT_EQ(mentionRequestsSoFar().size(), 1u);
    EXPECT_EQ(parts.connector->health().lastSuccessMs, startMs());
}

TEST_F(XTest, ARefusedTokenAsksToSignInAgain)
{
    serveMe();
    server.start();
    ConnectorAccount wrong = account();
    wrong.secret = u"expired"_s;
    NetworkParts parts = makeXNetworkWith(wrong, context(), {}, 10s);
    std::vector<MentionBatch> batches;
    EXPECT_FALSE(cycle(*parts.connector, u"1"_s, &batches));
    EXPECT_EQ(parts.connector->health().lastError,
              u"X refused the token for @acme: sign in again"_s);
    EXPECT_EQ(parts.connector->health().pausedUntilMs, 0);
    EXPECT_TRUE(batches.empty());
}

TEST_F(XTest, ARateLimitPausesTheAccountUntilXSaysAndAsksNothingMeanwhile)
{
    const std::int64_t resetSeconds = startMs() / 1000 + 600;
    serveMe();
    serveMentions([resetSeconds](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        res.set_header("x-rate-limit-limit", "450");
        res.set_header("x-rate-limit-remaining", "0");
        res.set_header("x-rate-limit-reset", std::to_string(resetSeconds));
        res.set_content(fixture("error_429.json"), "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();
    std::vector<MentionBatch> batches;
    EXPECT_FALSE(cycle(*parts.connector, u"1"_s, &batches));
    EXPECT_EQ(parts.connector->health().pausedUntilMs, resetSeconds * 1000);
    EXPECT_TRUE(parts.connector->health().lastError.contains(u"rate limit"_s))
        << parts.connector->health().lastError.toStdString();

    // Paused: the next cycle does not reach X.
    EXPECT_FALSE(cycle(*parts.connector, u"1"_s, &batches));
    EXPECT_EQ(mentionRequestsSoFar().size(), 1u);
    EXPECT_EQ(parts.connector->health().pausedUntilMs, resetSeconds * 1000);
}

TEST_F(XTest, UsedUpCreditsPauseFetchingWithAMessageInsteadOfTryingAgainAndAgain)
{
    serveMe();
    serveMentions([](const httplib::Request &, httplib::Response &res) {
        res.status = 402;
        res.set_content(fixture("error_402_credits.json"), "application/problem+json");
    });
    server.start();
    XConnectorOptions options;
    options.creditsPause = 30min;
    NetworkParts parts = makeParts(options);
    QObject guard;
    int cycles = 0;
    QObject::connect(parts.connector.get(), &Connector::healthChanged, &guard,
                     [&cycles](const AccountHealth &) { ++cycles; });
    parts.connector->start(u"1"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cycles > 0; }, 20000));
    EXPECT_EQ(parts.connector->health().lastError,
              u"X paused: the account's API credits are used up"_s);
    EXPECT_EQ(parts.connector->health().pausedUntilMs, startMs() + 30 * 60'000);

    // Its schedule comes round twice within the pause: X is not asked.
    clock->advanceBy(61s);
    clock->advanceBy(61s);
    QTest::qWait(200);
    EXPECT_EQ(mentionRequestsSoFar().size(), 1u);
    // After it, X is asked again.
    clock->advanceBy(30min);
    ASSERT_TRUE(QTest::qWaitFor([&] { return mentionRequestsSoFar().size() == 2u; }, 20000));
    parts.connector->stop();
}

TEST_F(XTest, AServerErrorIsTriedAgainWithinTheCycle)
{
    serveMe();
    std::atomic<int> calls{0};
    serveMentions([&calls](const httplib::Request &, httplib::Response &res) {
        if (++calls == 1) {
            res.status = 500;
            res.set_content(R"({"title":"Internal Server Error"})", "application/json");
            return;
        }
        res.set_content(fixture("mentions_page2.json"), "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();
    std::vector<MentionBatch> batches;
    ASSERT_TRUE(cycle(*parts.connector, u"1"_s, &batches));
    EXPECT_EQ(calls.load(), 2);
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches.front().mentions.size(), 1u);
}

TEST_F(XTest, ASilentServerEndsTheCycleInWordsAndDeliversNothing)
{
    serveMe();
    serveMentions([this](const httplib::Request &, httplib::Response &res) {
        server.holdUntilReleased();
        res.set_content(fixture("mentions_page2.json"), "application/json");
    });
    server.start();
    NetworkParts parts = makeParts({}, 300ms);
    std::vector<MentionBatch> batches;
    EXPECT_FALSE(cycle(*parts.connector, u"1"_s, &batches));
    server.release();
    EXPECT_TRUE(batches.empty());
    EXPECT_EQ(parts.connector->health().lastError,
              u"X could not be reached for @acme: timed out"_s);
}

TEST_F(XTest, ATruncatedAnswerLeavesTheCursorWhereItWas)
{
    serveMe();
    serveMentions([](const httplib::Request &, httplib::Response &res) {
        res.set_content_provider(
            4000, "application/json", [](size_t, size_t, httplib::DataSink &sink) {
                const std::string head = fixture("mentions_page1.json").substr(0, 300);
                sink.write(head.data(), head.size());
                return false;
            });
    });
    server.start();
    NetworkParts parts = makeParts();
    std::vector<MentionBatch> batches;
    EXPECT_FALSE(cycle(*parts.connector, u"1"_s, &batches));
    EXPECT_TRUE(batches.empty());
    EXPECT_FALSE(parts.connector->health().lastError.isEmpty());
}

TEST_F(XTest, MalformedJsonLeavesTheCursorWhereItWas)
{
    serveMe();
    std::atomic<int> calls{0};
    serveMentions([&calls](const httplib::Request &, httplib::Response &res) {
        // The whole answer arrives, but it is not JSON to the end (a page cut by a proxy).
        if (++calls == 2) {
            const std::string page = fixture("mentions_page2.json");
            res.set_content(page.substr(0, page.size() / 2), "application/json");
            return;
        }
        res.set_content(fixture("mentions_page1.json"), "application/json");
    });
    server.start();
    NetworkParts parts = makeParts();
    std::vector<MentionBatch> batches;
    // Page one was fine, page two broken: nothing is delivered, not even page one with its
    // cursor, which would skip what page two held.
    EXPECT_FALSE(cycle(*parts.connector, u"1"_s, &batches));
    EXPECT_TRUE(batches.empty());
    EXPECT_TRUE(parts.connector->health().lastError.contains(u"could not read"_s));
}

TEST(XNetwork, IsRegisteredAndNeedsANetwork)
{
    registerBuiltInNetworks();
    const NetworkFactory factory = networkFactory(u"x"_s);
    ASSERT_TRUE(bool(factory));
    ConnectorAccount account;
    account.platform = u"x"_s;
    account.handle = u"acme"_s;
    try {
        factory(account, NetworkContext{});
        FAIL() << "no error";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(u"network"_s)) << e.message().toStdString();
    }
}

namespace {

// GET /2/dm_events: the two documented pages (newest first), `newer` events before them on the
// first page; every request's query is recorded.
struct DmEvents {
    std::mutex mutex;
    std::vector<httplib::Params> asked;
    std::vector<nlohmann::json> newer; // newest first
    int status = 200;
    std::string page1; // dm_events_page1.json
    std::string page2; // dm_events_page2.json

    void serve(FixtureServer &server)
    {
        server.routes().Get(
            "/2/dm_events", [this](const httplib::Request &req, httplib::Response &res) {
                std::lock_guard lock(mutex);
                asked.push_back(req.params);
                if (status != 200) {
                    res.status = status;
                    res.set_content(R"({"title":"Forbidden","detail":"Forbidden.","status":403})",
                                    "application/json");
                    return;
                }
                const bool second = req.has_param("pagination_token");
                nlohmann::json page = nlohmann::json::parse(second ? page2 : page1);
                if (!second) {
                    for (auto it = newer.rbegin(); it != newer.rend(); ++it)
                        page["data"].insert(page["data"].begin(), *it);
                }
                res.set_content(page.dump(), "application/json");
            });
    }
};

} // namespace

// Direct messages to the brand are read with GET /2/dm_events after the mentions: each one
// someone sent is a private mention of its DM conversation (the brand's own are left out), the
// pages followed on a first connect, every event counted as read, and the newest event heard kept
// in the cursor; the next cycle stops at it and hears only what is new.
TEST_F(XTest, DirectMessagesAreReadAsPrivateMentionsOfTheirConversation)
{
    serveMe();
    serveMentions([](const httplib::Request &, httplib::Response &res) {
        res.set_content(fixture("mentions_empty.json"), "application/json");
    });
    DmEvents dms;
    dms.page1 = fixture("dm_events_page1.json");
    dms.page2 = fixture("dm_events_page2.json");
    dms.serve(server);
    server.start();
    std::vector<QString> read;
    XConnectorOptions options;
    options.readsDone = [&](const XReadUsage &usage) {
        read.insert(read.end(), usage.postIds.begin(), usage.postIds.end());
    };
    NetworkParts parts = makeParts(options);

    std::vector<MentionBatch> batches;
    ASSERT_TRUE(cycle(*parts.connector, u"1800000000000000099"_s, &batches));
    {
        std::lock_guard lock(dms.mutex);
        ASSERT_EQ(dms.asked.size(), 2u);
        EXPECT_EQ(param(dms.asked[0], "event_types"), "MessageCreate");
        EXPECT_EQ(param(dms.asked[0], "expansions"), "sender_id");
        EXPECT_EQ(param(dms.asked[0], "max_results"), "100");
        EXPECT_EQ(param(dms.asked[0], "dm_event.fields"),
                  "id,text,event_type,created_at,sender_id,dm_conversation_id,participant_ids");
        EXPECT_EQ(param(dms.asked[1], "pagination_token"), "18LAA5FFPEKJA52G0G00ZZZZ");
    }
    ASSERT_EQ(batches.size(), 1u);
    const MentionBatch &batch = batches.front();
    EXPECT_EQ(batch.cursor, u"1800000000000000099 dm 1800000000000000720"_s);
    ASSERT_EQ(batch.mentions.size(), 3u);
    // Oldest first; the brand's own message is not a mention.
    const Mention &first = batch.mentions[0];
    EXPECT_EQ(first.id, u"dm:1800000000000000700"_s);
    EXPECT_TRUE(first.isPrivate);
    EXPECT_EQ(first.platform, u"x"_s);
    EXPECT_EQ(first.conversationId, u"dm:1500000000000000001-2244994945"_s);
    EXPECT_EQ(first.author.id, u"2244994945"_s);
    EXPECT_EQ(first.author.handle, u"anna_e"_s);
    EXPECT_EQ(first.author.name, u"Anna Example"_s);
    EXPECT_EQ(first.author.followers, 1234);
    EXPECT_EQ(first.account, u"acme"_s);
    EXPECT_EQ(first.text, u"Hello, my parcel is late"_s);
    EXPECT_EQ(first.createdAtMs,
              QDateTime(QDate(2026, 12, 7), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(batch.mentions[1].author.handle, u"bob_b"_s);
    EXPECT_EQ(batch.mentions[1].conversationId, u"dm:1500000000000000001-783214"_s);
    EXPECT_EQ(batch.mentions[2].id, u"dm:1800000000000000710"_s);
    EXPECT_EQ(batch.mentions[2].text, u"The order number is 4471 & it is still not here"_s);
    EXPECT_EQ(batch.mentions[2].conversationId, first.conversationId);
    // X bills every event it returned, the brand's own too.
    EXPECT_EQ(read.size(), 4u);

    // A new message: the next cycle reads one page, up to the event it heard last.
    {
        std::lock_guard lock(dms.mutex);
        dms.newer.push_back({{"id", "1800000000000000730"},
                             {"event_type", "MessageCreate"},
                             {"text", "Any news?"},
                             {"sender_id", "2244994945"},
                             {"dm_conversation_id", "1500000000000000001-2244994945"},
                             {"created_at", "2026-12-07T15:00:00.000Z"}});
    }
    batches.clear();
    read.clear();
    ASSERT_TRUE(cycle(*parts.connector, batch.cursor, &batches));
    {
        std::lock_guard lock(dms.mutex);
        ASSERT_EQ(dms.asked.size(), 3u);
        EXPECT_EQ(param(dms.asked[2], "pagination_token"), "<none>");
    }
    ASSERT_EQ(batches.size(), 1u);
    ASSERT_EQ(batches.front().mentions.size(), 1u);
    EXPECT_EQ(batches.front().mentions.front().id, u"dm:1800000000000000730"_s);
    EXPECT_EQ(batches.front().cursor, u"1800000000000000099 dm 1800000000000000730"_s);
}

// An account whose token may not read direct messages (403): its mentions are heard all the
// same, the person reads why, and X is not asked for them again.
TEST_F(XTest, DirectMessagesRefusedLeaveTheMentionsAndSayWhy)
{
    serveMe();
    serveMentions([](const httplib::Request &req, httplib::Response &res) {
        res.set_content(fixture(req.has_param("pagination_token") ? "mentions_page2.json"
                                                                  : "mentions_page1.json"),
                        "application/json");
    });
    DmEvents dms;
    dms.status = 403;
    dms.serve(server);
    server.start();
    NetworkParts parts = makeParts();
    std::vector<MentionBatch> batches;
    ASSERT_TRUE(cycle(*parts.connector, u"1800000000000000099"_s, &batches));
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches.front().mentions.size(), 3u);
    EXPECT_EQ(batches.front().cursor, u"1800000000000000300"_s);
    EXPECT_TRUE(parts.connector->health().lastError.contains(u"dm.read"_s))
        << parts.connector->health().lastError.toStdString();
    ASSERT_TRUE(cycle(*parts.connector, u"1800000000000000300"_s, &batches));
    std::lock_guard lock(dms.mutex);
    EXPECT_EQ(dms.asked.size(), 1u);
}
