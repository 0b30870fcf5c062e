// SPDX-License-Identifier: Apache-2.0
#include "net/RetryPolicy.h"

#include "clock/RandomSource.h"
#include "net/HttpResult.h"

#include <algorithm>

namespace earshot {

RetryPolicy RetryPolicy::never()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

bool isIdempotentMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PUT"
           || method == "DELETE";
}

bool RetryPolicy::shouldRetry(const QByteArray &method, const HttpResult &result) const
{
    if (result.attempts >= maxAttempts)
        return false;
    const bool mayRepeat =
        isIdempotentMethod(method) || retryChangingRequests || !result.mayHaveArrived;
    switch (result.error) {
    case NetError::None:
        // 501 and 505 say the server never will.
        return result.status >= 500 && result.status != 501 && result.status != 505 && mayRepeat;
    case NetError::HostNotFound:
    case NetError::CouldNotConnect:
    case NetError::Timeout:
    case NetError::Truncated:
    case NetError::Network:
        return mayRepeat;
    case NetError::Refused:
    case NetError::Paused:
    case NetError::Tls:
    case NetError::TooLarge:
    case NetError::Cancelled:
        return false;
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, RandomSource &dice) const
{
    using std::chrono::milliseconds;
    const int doublings = std::clamp(attempt - 2, 0, 30);
    const std::int64_t cap = std::max<std::int64_t>(maxDelay.count(), 0);
    const std::int64_t full =
        std::min<std::int64_t>(cap, std::max<std::int64_t>(baseDelay.count(), 0) << doublings);
    const std::int64_t half = full / 2;
    return milliseconds(half + dice.uniform(0, full - half));
}

} // namespace earshot
