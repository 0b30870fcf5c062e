// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpHeaders.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <cstdint>

namespace earshot {

// One request to a network, as a value: NetworkLoop::submit() takes it whole.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    // Longest wait for the connection (TCP and TLS) to stand.
    std::chrono::milliseconds connectTimeout{10'000};
    // Longest silence from the server once connected: before the answer starts and between
    // any two pieces of it. A slow but steady download never times out.
    std::chrono::milliseconds readTimeout{30'000};
    // Most bytes of the answer's body, after decompression; past it the answer is refused.
    std::int64_t maxResponseBytes = 16 * 1024 * 1024;

    // Whose request it is (an account's key, "mastodon:brand"): a rate limit pauses this
    // account's requests, and the log names it. Empty: nobody's, never paused.
    QString account;
    RetryPolicy retry;

    static HttpRequest get(const QUrl &url);
    // A request to an API under `base` (an instance at https://host/social/ keeps its prefix):
    // `path` ("/api/v1/statuses") appended to the base's path, with `query` when it has items.
    static HttpRequest toApi(const QByteArray &method, const QUrl &base, const QString &path,
                             const QUrlQuery &query);
    // POST with a JSON body (Content-Type: application/json).
    static HttpRequest postJson(const QUrl &url, QByteArray json);
};

} // namespace earshot
