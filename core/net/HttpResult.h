// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpHeaders.h"
#include "net/NetError.h"
#include "net/RateLimit.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

using RequestId = std::uint64_t;

// What came of one request, after every try: the server's answer, or why there was none.
struct HttpResult {
    RequestId id = 0;
    QString account; // the request's
    int status = 0;  // 0 when no answer came
    HttpHeaders headers;
    QByteArray body;
    NetError error = NetError::None;
    // libcurl's own words on the error (English, for the log and a details field); never a
    // URL's query or a header.
    QString detail;
    int attempts = 0;
    // False only when the request surely never reached the server (not sent, the name did not
    // resolve, nobody answered): a POST that may have arrived is "uncertain" for the outbox.
    bool mayHaveArrived = false;
    // The network's rate-limit window as this answer reported it.
    std::optional<RateLimitWindow> window;
    // Set when the account is paused because of this answer (or was already, NetError::Paused).
    std::optional<RateLimitPause> pause;

    // An answer came, with a 2xx status.
    bool ok() const { return error == NetError::None && status >= 200 && status < 300; }
    // What went wrong in words: the error's ("timed out"), or "HTTP 404"; empty when ok().
    QString errorText() const;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::HttpResult)
