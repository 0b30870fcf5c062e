// SPDX-License-Identifier: Apache-2.0
// Rate limits as the three networks spell them, read from real answers on loopback, and the
// account pause a person is shown.
#include "NetFixture.h"

#include "net/AccountPauses.h"
#include "net/RateLimit.h"

#include <QSignalSpy>

namespace earshot::test {
namespace {

using namespace std::chrono_literals;

constexpr std::int64_t now = 1'700'000'000'000; // 2023-11-14 22:13:20 UTC

HttpHeaders headers(std::initializer_list<std::pair<const char *, const char *>> fields)
{
    HttpHeaders h;
    for (const auto &[name, value] : fields)
        h.add(name, value);
    return h;
}

TEST(RateLimit, ReadsXsHeaders)
{
    const auto window = readRateLimitWindow(headers({{"x-rate-limit-limit", "900"},
                                                     {"x-rate-limit-remaining", "0"},
                                                     {"x-rate-limit-reset", "1700000900"}}),
                                            now);
    ASSERT_TRUE(window);
    EXPECT_EQ(window->limit, 900);
    EXPECT_EQ(window->remaining, 0);
    EXPECT_EQ(window->resetMs, 1'700'000'900'000);
}

TEST(RateLimit, ReadsMastodonsHeaders)
{
    const auto window =
        readRateLimitWindow(headers({{"X-RateLimit-Limit", "300"},
                                     {"X-RateLimit-Remaining", "299"},
                                     {"X-RateLimit-Reset", "2023-11-14T22:30:00.000Z"}}),
                            now);
    ASSERT_TRUE(window);
    EXPECT_EQ(window->limit, 300);
    EXPECT_EQ(window->remaining, 299);
    EXPECT_EQ(window->resetMs, 1'700'001'000'000);
}

TEST(RateLimit, ReadsBlueskysHeaders)
{
    const auto window = readRateLimitWindow(headers({{"ratelimit-limit", "3000"},
                                                     {"ratelimit-remaining", "2999"},
                                                     {"ratelimit-reset", "1700000300"},
                                                     {"ratelimit-policy", "3000;w=300"}}),
                                            now);
    ASSERT_TRUE(window);
    EXPECT_EQ(window->limit, 3000);
    EXPECT_EQ(window->remaining, 2999);
    EXPECT_EQ(window->resetMs, 1'700'000'300'000);
}

TEST(RateLimit, NoWindowWithoutItsHeaders)
{
    EXPECT_FALSE(readRateLimitWindow(headers({{"content-type", "application/json"}}), now));
}

TEST(RateLimit, ReadsRetryAfterAsSecondsOrAsADate)
{
    EXPECT_EQ(readRetryAfter(headers({{"Retry-After", "120"}}), now), now + 120'000);
    EXPECT_EQ(readRetryAfter(headers({{"retry-after", "Tue, 14 Nov 2023 22:20:00 GMT"}}), now),
              1'700'000'400'000);
    EXPECT_FALSE(readRetryAfter(headers({{"Retry-After", "soon"}}), now));
    EXPECT_FALSE(readRetryAfter(headers({{"Retry-After", "-5"}}), now));
    EXPECT_FALSE(readRetryAfter(headers({}), now));
}

TEST(RateLimit, PausesOnA429OrAnEmptyWindow)
{
    // Retry-After first, then the window's reset, then a minute.
    EXPECT_EQ(pauseFromAnswer(
                  429, headers({{"Retry-After", "30"}, {"x-rate-limit-reset", "1700000900"}}), now),
              (RateLimitPause{now + 30'000, PauseReason::RateLimit}));
    EXPECT_EQ(pauseFromAnswer(429, headers({{"x-rate-limit-reset", "1700000900"}}), now)->untilMs,
              1'700'000'900'000);
    EXPECT_EQ(pauseFromAnswer(429, headers({}), now)->untilMs, now + 60'000);

    EXPECT_EQ(pauseFromAnswer(200,
                              headers({{"x-ratelimit-remaining", "0"},
                                       {"x-ratelimit-reset", "2023-11-14T22:30:00.000Z"}}),
                              now)
                  ->untilMs,
              1'700'001'000'000);
    EXPECT_FALSE(pauseFromAnswer(
        200, headers({{"x-ratelimit-remaining", "1"}, {"x-ratelimit-reset", "1700000900"}}), now));
    EXPECT_FALSE(pauseFromAnswer(503, headers({{"Retry-After", "30"}}), now));
}

TEST(AccountPauses, HoldUntilTheResetAndKeepTheLaterOne)
{
    AccountPauses pauses;
    pauses.pause(QStringLiteral("x:brand"), {now + 60'000, PauseReason::RateLimit});
    pauses.pause(QStringLiteral("x:brand"), {now + 30'000, PauseReason::RateLimit});

    EXPECT_EQ(pauses.pauseAt(QStringLiteral("x:brand"), now)->untilMs, now + 60'000);
    EXPECT_TRUE(pauses.pauseAt(QStringLiteral("x:brand"), now + 59'999));
    EXPECT_FALSE(pauses.pauseAt(QStringLiteral("x:brand"), now + 60'000));
    EXPECT_FALSE(pauses.pauseAt(QStringLiteral("mastodon:brand"), now));
}

TEST(AccountPauses, SaysUntilWhenAndWhy)
{
    const QTimeZone utc = QTimeZone::utc();
    // 22:13:20 + 2 min = 22:15:20, shown as the next whole minute.
    EXPECT_EQ(describePause(QStringLiteral("X"), {now + 120'000, PauseReason::RateLimit}, now, utc),
              QStringLiteral("X paused until 22:16: rate limit"));
    EXPECT_EQ(describePause(QStringLiteral("Mastodon"), {now + 86'400'000, PauseReason::ServerBusy},
                            now, utc),
              QStringLiteral("Mastodon paused until 2023-11-15 22:14: server busy"));
    const QTimeZone berlin("Europe/Berlin");
    ASSERT_TRUE(berlin.isValid());
    EXPECT_EQ(
        describePause(QStringLiteral("X"), {now + 120'000, PauseReason::RateLimit}, now, berlin),
        QStringLiteral("X paused until 23:16: rate limit"));
}

TEST_F(NetTest, A429PausesTheAccountUntilRetryAfter)
{
    server.routes().Get(
        "/2/users/me/mentions", [&](const httplib::Request &, httplib::Response &res) {
            server.countHit();
            if (server.hits() == 1) {
                res.status = 429;
                res.set_header("Retry-After", "120");
                res.set_content(R"({"title":"Too Many Requests"})", "application/json");
                return;
            }
            res.set_content(R"({"data":[]})", "application/json");
        });
    server.start();
    QSignalSpy paused(&net(), &NetworkLoop::accountPaused);
    HttpRequest r = request(QStringLiteral("/2/users/me/mentions"));
    r.account = QStringLiteral("x:brand");

    const HttpResult first = fetch(r);

    EXPECT_EQ(first.status, 429);
    EXPECT_EQ(first.attempts, 1) << "a 429 is not tried again at once";
    ASSERT_TRUE(first.pause);
    EXPECT_EQ(first.pause->untilMs, startMs() + 120'000);
    EXPECT_EQ(describePause(QStringLiteral("X"), *first.pause, clock->nowMs(), QTimeZone::utc()),
              QStringLiteral("X paused until 14:05: rate limit"));
    ASSERT_TRUE(paused.count() == 1 || paused.wait(5000));
    EXPECT_EQ(paused.first().at(0).toString(), QStringLiteral("x:brand"));
    EXPECT_EQ(paused.first().at(1).value<RateLimitPause>(), *first.pause);
    EXPECT_EQ(net().pauseOf(QStringLiteral("x:brand")), first.pause);

    // Until then the account's requests end at once, without reaching the network...
    const HttpResult meanwhile = fetch(r);
    EXPECT_EQ(meanwhile.error, NetError::Paused);
    EXPECT_EQ(meanwhile.pause, first.pause);
    EXPECT_EQ(server.hits(), 1);
    // ...while other accounts go on.
    HttpRequest other = r;
    other.account = QStringLiteral("x:other-brand");
    EXPECT_TRUE(fetch(other).ok());
    EXPECT_EQ(server.hits(), 2);

    clock->advanceBy(120s);
    EXPECT_FALSE(net().pauseOf(QStringLiteral("x:brand")));
    EXPECT_TRUE(fetch(r).ok());
    EXPECT_EQ(server.hits(), 3);
}

struct NetworkHeaders {
    const char *network;
    std::vector<std::pair<std::string, std::string>> fields;
    std::int64_t resetMs;
};

void PrintTo(const NetworkHeaders &h, std::ostream *os)
{
    *os << h.network;
}

class RateLimitOnTheWire : public NetTest, public ::testing::WithParamInterface<NetworkHeaders> {};

// Each network's 429 as its documentation shows it, without Retry-After: the window's reset
// decides. (2026-12-07 14:20:00 UTC is 1796653200.)
TEST_P(RateLimitOnTheWire, PausesUntilTheNetworksReset)
{
    const NetworkHeaders &shape = GetParam();
    server.routes().Get("/limited", [&](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        for (const auto &[name, value] : shape.fields)
            res.set_header(name.c_str(), value);
        res.set_content(R"({"error":"rate limited"})", "application/json");
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/limited"));
    r.account = QString::fromLatin1(shape.network);

    const HttpResult result = fetch(r);

    ASSERT_TRUE(result.window);
    EXPECT_EQ(result.window->remaining, 0);
    EXPECT_EQ(result.window->resetMs, shape.resetMs);
    ASSERT_TRUE(result.pause);
    EXPECT_EQ(result.pause->untilMs, shape.resetMs);
    EXPECT_EQ(describePause(QString::fromLatin1(shape.network), *result.pause, clock->nowMs(),
                            QTimeZone::utc()),
              QString::fromLatin1(shape.network) + u" paused until 14:20: rate limit");
}

INSTANTIATE_TEST_SUITE_P(Networks, RateLimitOnTheWire,
                         ::testing::Values(NetworkHeaders{"X",
                                                          {{"x-rate-limit-limit", "180"},
                                                           {"x-rate-limit-remaining", "0"},
                                                           {"x-rate-limit-reset", "1796653200"}},
                                                          1'796'653'200'000},
                                           NetworkHeaders{
                                               "Mastodon",
                                               {{"X-RateLimit-Limit", "300"},
                                                {"X-RateLimit-Remaining", "0"},
                                                {"X-RateLimit-Reset", "2026-12-07T14:20:00.000Z"}},
                                               1'796'653'200'000},
                                           NetworkHeaders{"Bluesky",
                                                          {{"RateLimit-Limit", "3000"},
                                                           {"RateLimit-Remaining", "0"},
                                                           {"RateLimit-Reset", "1796653200"},
                                                           {"RateLimit-Policy", "3000;w=300"}},
                                                          1'796'653'200'000}),
                         [](const auto &param) { return std::string(param.param.network); });

// A busy server's Retry-After is honoured when it is short...
TEST_F(NetTest, WaitsAsLongAsA503AsksWhenThatIsShort)
{
    server.routes().Get("/busy", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        if (server.hits() == 1) {
            res.status = 503;
            res.set_header("Retry-After", "0");
            return;
        }
        res.set_content("{}", "application/json");
    });
    server.start();

    const HttpResult result = fetch(request(QStringLiteral("/busy")));

    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.attempts, 2);
}

// ...and pauses the account when it is longer than the request would wait.
TEST_F(NetTest, PausesTheAccountWhenA503AsksForLong)
{
    server.routes().Get("/busy", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.status = 503;
        res.set_header("Retry-After", "600");
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/busy"));
    r.account = QStringLiteral("mastodon:brand");

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.status, 503);
    EXPECT_EQ(server.hits(), 1);
    ASSERT_TRUE(result.pause);
    EXPECT_EQ(result.pause->untilMs, startMs() + 600'000);
    EXPECT_EQ(result.pause->reason, PauseReason::ServerBusy);
    EXPECT_TRUE(net().pauseOf(QStringLiteral("mastodon:brand")));
}

} // namespace
} // namespace earshot::test
