// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "clock/RandomSource.h"
#include "net/HttpResult.h"
#include "net/RetryPolicy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace earshot::test {
namespace {

using std::chrono::milliseconds;

HttpResult answered(int status, int attempts = 1)
{
    HttpResult r;
    r.status = status;
    r.attempts = attempts;
    r.mayHaveArrived = true;
    return r;
}

HttpResult failed(NetError error, bool mayHaveArrived, int attempts = 1)
{
    HttpResult r;
    r.error = error;
    r.attempts = attempts;
    r.mayHaveArrived = mayHaveArrived;
    return r;
}

TEST(RetryPolicy, TriesNetworkErrorsAnd5xxAgainButNever4xx)
{
    const RetryPolicy policy;
    EXPECT_TRUE(policy.shouldRetry("GET", answered(500)));
    EXPECT_TRUE(policy.shouldRetry("GET", answered(502)));
    EXPECT_TRUE(policy.shouldRetry("GET", answered(503)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(501)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(200)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(400)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(401)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(404)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(429)));

    EXPECT_TRUE(policy.shouldRetry("GET", failed(NetError::Timeout, true)));
    EXPECT_TRUE(policy.shouldRetry("GET", failed(NetError::CouldNotConnect, false)));
    EXPECT_TRUE(policy.shouldRetry("GET", failed(NetError::Truncated, true)));
    EXPECT_FALSE(policy.shouldRetry("GET", failed(NetError::Tls, false)));
    EXPECT_FALSE(policy.shouldRetry("GET", failed(NetError::TooLarge, true)));
    EXPECT_FALSE(policy.shouldRetry("GET", failed(NetError::Cancelled, true)));
    EXPECT_FALSE(policy.shouldRetry("GET", failed(NetError::Refused, false)));
    EXPECT_FALSE(policy.shouldRetry("GET", failed(NetError::Paused, false)));
}

TEST(RetryPolicy, StopsAtTheLastAttempt)
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    EXPECT_TRUE(policy.shouldRetry("GET", answered(500, 2)));
    EXPECT_FALSE(policy.shouldRetry("GET", answered(500, 3)));
    EXPECT_FALSE(RetryPolicy::never().shouldRetry("GET", answered(500, 1)));
}

TEST(RetryPolicy, TriesAPostAgainOnlyWhenItSurelyNeverArrived)
{
    RetryPolicy policy;
    EXPECT_FALSE(policy.shouldRetry("POST", answered(500)));
    EXPECT_FALSE(policy.shouldRetry("POST", failed(NetError::Timeout, true)));
    EXPECT_TRUE(policy.shouldRetry("POST", failed(NetError::CouldNotConnect, false)));
    EXPECT_TRUE(policy.shouldRetry("POST", failed(NetError::HostNotFound, false)));
    policy.retryChangingRequests = true;
    EXPECT_TRUE(policy.shouldRetry("POST", answered(500)));
}

TEST(RetryPolicy, WaitsLongerEachTimeWithJitterUpToTheCap)
{
    RetryPolicy policy;
    policy.baseDelay = milliseconds(1000);
    policy.maxDelay = milliseconds(8000);
    RandomSource dice(7, "net:retry");
    std::set<std::int64_t> seen;
    for (int round = 0; round < 50; ++round) {
        for (int attempt = 2; attempt <= 8; ++attempt) {
            const std::int64_t full = std::min<std::int64_t>(8000, 1000LL << (attempt - 2));
            const auto delay = policy.delayBefore(attempt, dice).count();
            EXPECT_GE(delay, full / 2) << "attempt " << attempt;
            EXPECT_LE(delay, full) << "attempt " << attempt;
            if (attempt == 4)
                seen.insert(delay);
        }
    }
    EXPECT_GT(seen.size(), 10u) << "no jitter: clients that failed together come back together";
}

TEST(RetryPolicy, OneSeedWaitsTheSameEveryRun)
{
    const RetryPolicy policy;
    RandomSource a(99, "net:retry");
    RandomSource b(99, "net:retry");
    for (int attempt = 2; attempt < 6; ++attempt)
        EXPECT_EQ(policy.delayBefore(attempt, a), policy.delayBefore(attempt, b));
}

} // namespace
} // namespace earshot::test
