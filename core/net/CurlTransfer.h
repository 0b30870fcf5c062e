// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/UrlPolicy.h"

#include <curl/curl.h>

#include <chrono>
#include <optional>

namespace earshot {

// One try of one request: a libcurl easy handle set up from the request and the policy, the
// answer collected as it arrives. Lives on the network thread only.
class CurlTransfer final {
public:
    using SteadyTime = std::chrono::steady_clock::time_point;

    CurlTransfer(const HttpRequest &request, const UrlPolicy &policy, SteadyTime now);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    CURL *handle() const { return m_easy; }
    // When the server will have been silent too long; nothing before the connection stands
    // (libcurl's connect timeout covers that part).
    std::optional<SteadyTime> silenceDeadline() const;
    // Stops the transfer for `reason` (Timeout, Cancelled): finish() reports it.
    void abortFor(NetError reason) { m_abortReason = reason; }
    // The answer after libcurl finished with `code` (or after abortFor()).
    HttpResult finish(CURLcode code);

private:
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static int onConnected(void *self, char *, char *, int, int);
    static int onProgress(void *self, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t ulnow);

    void touch() { m_lastHeard = std::chrono::steady_clock::now(); }

    const HttpRequest &m_request;
    CURL *m_easy = nullptr;
    curl_slist *m_headerList = nullptr;
    HttpHeaders m_headers;
    QByteArray m_body;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    NetError m_abortReason = NetError::None;
    bool m_connected = false;
    curl_off_t m_progress = 0;
    SteadyTime m_lastHeard;
};

} // namespace earshot
