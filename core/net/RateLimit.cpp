// SPDX-License-Identifier: Apache-2.0
#include "net/RateLimit.h"

#include <QDateTime>

#include <curl/curl.h>

#include <array>

namespace earshot {

namespace {

// Without a hint from the network, a 429 pauses the account this long.
constexpr std::int64_t defaultPauseMs = 60'000;

std::optional<std::int64_t> readInteger(QByteArrayView value)
{
    bool ok = false;
    const qlonglong number = value.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

struct Spelling {
    const char *limit;
    const char *remaining;
    const char *reset;
};

constexpr std::array<Spelling, 3> spellings{{
    {"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"}, // X
    {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"},    // Mastodon
    {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"},          // Bluesky
}};

} // namespace

std::optional<std::int64_t> readResetTime(QByteArrayView value, std::int64_t nowMs)
{
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const auto number = readInteger(value)) {
        if (*number < 0)
            return std::nullopt;
        if (*number > 1'000'000'000)
            return *number * 1000;
        return nowMs + *number * 1000;
    }
    const QString text = QString::fromLatin1(value);
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toMSecsSinceEpoch();
    // HTTP dates come in three forms (RFC 9110 5.6.7); libcurl reads them all.
    const QByteArray zeroTerminated = value.toByteArray();
    const time_t seconds = curl_getdate(zeroTerminated.constData(), nullptr);
    if (seconds < 0)
        return std::nullopt;
    return static_cast<std::int64_t>(seconds) * 1000;
}

std::optional<RateLimitWindow> readRateLimitWindow(const HttpHeaders &headers, std::int64_t nowMs)
{
    for (const Spelling &s : spellings) {
        if (!headers.contains(s.remaining) && !headers.contains(s.reset))
            continue;
        RateLimitWindow window;
        window.limit = readInteger(headers.value(s.limit));
        window.remaining = readInteger(headers.value(s.remaining));
        window.resetMs = readResetTime(headers.value(s.reset), nowMs);
        return window;
    }
    return std::nullopt;
}

std::optional<std::int64_t> readRetryAfter(const HttpHeaders &headers, std::int64_t nowMs)
{
    const QByteArray value = headers.value("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const auto seconds = readInteger(value)) {
        // Retry-After is always delay seconds or a date, never epoch seconds.
        if (*seconds < 0)
            return std::nullopt;
        return nowMs + *seconds * 1000;
    }
    return readResetTime(value, nowMs);
}

std::optional<RateLimitPause> pauseFromAnswer(int status, const HttpHeaders &headers,
                                              std::int64_t nowMs)
{
    const std::optional<RateLimitWindow> window = readRateLimitWindow(headers, nowMs);
    if (status == 429) {
        std::int64_t until = nowMs + defaultPauseMs;
        if (const auto retryAfter = readRetryAfter(headers, nowMs))
            until = *retryAfter;
        else if (window && window->resetMs)
            until = *window->resetMs;
        return RateLimitPause{std::max(until, nowMs), PauseReason::RateLimit};
    }
    if (window && window->remaining && *window->remaining <= 0 && window->resetMs
        && *window->resetMs > nowMs)
        return RateLimitPause{*window->resetMs, PauseReason::RateLimit};
    return std::nullopt;
}

} // namespace earshot
