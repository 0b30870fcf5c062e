// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpHeaders.h"

#include <QMetaType>

#include <cstdint>
#include <optional>

namespace earshot {

// What a network's headers say about an account's rate limit. The three networks spell it
// three ways: X `x-rate-limit-limit/remaining/reset` (reset in epoch seconds), Mastodon
// `x-ratelimit-limit/remaining/reset` (reset as an ISO 8601 time), Bluesky
// `ratelimit-limit/remaining/reset` (reset in epoch seconds).
struct RateLimitWindow {
    std::optional<std::int64_t> limit;
    std::optional<std::int64_t> remaining;
    std::optional<std::int64_t> resetMs; // UTC milliseconds
};

// Why an account waits.
enum class PauseReason {
    RateLimit,  // 429, or nothing left of the window
    ServerBusy, // 503 with a Retry-After longer than we retry by ourselves
};

// An account may send nothing until `untilMs` (UTC milliseconds), and why.
struct RateLimitPause {
    std::int64_t untilMs = 0;
    PauseReason reason = PauseReason::RateLimit;

    bool operator==(const RateLimitPause &o) const
    {
        return untilMs == o.untilMs && reason == o.reason;
    }
};

// The window from whichever of the three spellings the headers carry; nothing when none.
std::optional<RateLimitWindow> readRateLimitWindow(const HttpHeaders &headers, std::int64_t nowMs);

// `Retry-After` as the time it names: delay seconds, or an HTTP date. Nothing when absent or
// unreadable.
std::optional<std::int64_t> readRetryAfter(const HttpHeaders &headers, std::int64_t nowMs);

// When an answer tells the account to wait: a 429 (until Retry-After, else the window's reset,
// else a minute from now), or any answer whose window has nothing remaining and resets later.
std::optional<RateLimitPause> pauseFromAnswer(int status, const HttpHeaders &headers,
                                              std::int64_t nowMs);

// A reset or Retry-After value as UTC milliseconds: a number above 10^9 is epoch seconds, a
// smaller one seconds from now; otherwise an ISO 8601 time or an HTTP date.
std::optional<std::int64_t> readResetTime(QByteArrayView value, std::int64_t nowMs);

} // namespace earshot

Q_DECLARE_METATYPE(earshot::RateLimitPause)
