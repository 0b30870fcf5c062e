// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <chrono>

namespace earshot {

class RandomSource;
struct HttpResult;

// When a request is tried again, and after how long. Network errors and 5xx answers are tried
// again, 4xx never (a 429 pauses the account instead, see RateLimit). A request that changes
// something (POST, PATCH) is tried again only when it surely never reached the server (the
// name did not resolve, nobody answered at the address): a reply sent twice is worse than a
// reply that failed, and the outbox decides what to do with one whose fate is unknown.
struct RetryPolicy {
    int maxAttempts = 4; // the first try included
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    // Also try changing requests again after they may have arrived (only for calls the network
    // documents as idempotent).
    bool retryChangingRequests = false;

    static RetryPolicy never();

    bool shouldRetry(const QByteArray &method, const HttpResult &result) const;
    // The wait before try number `attempt` (2 for the first retry): baseDelay doubled each
    // time up to maxDelay, of which a random half ("equal jitter"), so many clients that failed
    // together do not come back together.
    std::chrono::milliseconds delayBefore(int attempt, RandomSource &dice) const;
};

// GET, HEAD, OPTIONS (and PUT, DELETE, which HTTP defines as idempotent).
bool isIdempotentMethod(const QByteArray &method);

} // namespace earshot
