// SPDX-License-Identifier: Apache-2.0
// The X connector over real HTTP against a fixture X API v2 on loopback: what it reads, what it
// makes of it, and what it does when X refuses, fails or sends something it cannot read.
#include "XFixture.h"

#include "Error.h"
#include "session/Networks.h"

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
