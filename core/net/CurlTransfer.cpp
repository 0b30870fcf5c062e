// SPDX-License-Identifier: Apache-2.0
#include "net/CurlTransfer.h"

#include <cstring>

namespace earshot {

namespace {

NetError errorOf(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return NetError::None;
    case CURLE_UNSUPPORTED_PROTOCOL:
        return NetError::Refused;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return NetError::HostNotFound;
    case CURLE_COULDNT_CONNECT:
        return NetError::CouldNotConnect;
    case CURLE_OPERATION_TIMEDOUT:
        return NetError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        return NetError::Tls;
    case CURLE_FILESIZE_EXCEEDED:
        return NetError::TooLarge;
    case CURLE_PARTIAL_FILE:
        return NetError::Truncated;
    default:
        return NetError::Network;
    }
}

} // namespace

CurlTransfer::CurlTransfer(const HttpRequest &request, const UrlPolicy &policy, SteadyTime now)
    : m_request(request)
    , m_easy(curl_easy_init())
    , m_lastHeard(now)
{
    CURL *e = m_easy;
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, url.constData()); // libcurl copies strings it is given
    curl_easy_setopt(e, CURLOPT_PRIVATE, this);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "Earshot/" EARSHOT_VERSION);

    // What the policy already allowed, and nothing a redirect could change: redirects are not
    // followed (an API answers where it was asked, and a redirect may lead to plain http).
    const bool local = isLoopbackHost(request.url.host());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, local ? "http,https" : "https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    // Always verified; there is deliberately no way to switch this off.
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!policy.caBundlePath.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, policy.caBundlePath.toLocal8Bit().constData());
    if (local)
        curl_easy_setopt(e, CURLOPT_PROXY, ""); // never through a proxy, whatever the environment
    else if (!policy.proxy.isEmpty())
        curl_easy_setopt(e, CURLOPT_PROXY, policy.proxy.toUtf8().constData());

    // HTTP/2 over TLS where the server offers it, several requests on one connection; the
    // multi handle keeps connections open between requests.
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl can decode
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(request.connectTimeout.count()));
    // A Content-Length over the cap is refused before the body comes; onBody counts the rest
    // (decompressed, so a small gzip bomb is stopped too).
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
                     static_cast<curl_off_t>(request.maxResponseBytes));

    const QByteArray &method = request.method;
    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        if (method == "POST" || !request.body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(request.body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, request.body.constData());
        }
    }

    for (const auto &[name, value] : request.headers.fields())
        m_headerList = curl_slist_append(m_headerList, QByteArray(name + ": " + value).constData());
    // No "Expect: 100-continue" round trip before a body.
    m_headerList = curl_slist_append(m_headerList, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headerList);

    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, &CurlTransfer::onConnected);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, this);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &CurlTransfer::onProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, this);
}

CurlTransfer::~CurlTransfer()
{
    curl_easy_cleanup(m_easy);
    curl_slist_free_all(m_headerList);
}

std::optional<CurlTransfer::SteadyTime> CurlTransfer::silenceDeadline() const
{
    if (!m_connected)
        return std::nullopt;
    return m_lastHeard + m_request.readTimeout;
}

size_t CurlTransfer::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    const size_t bytes = size * count;
    t->touch();
    if (t->m_body.size() + static_cast<qint64>(bytes) > t->m_request.maxResponseBytes) {
        t->m_abortReason = NetError::TooLarge;
        return 0; // libcurl stops with a write error
    }
    t->m_body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    const size_t bytes = size * count;
    t->touch();
    const QByteArrayView line = QByteArrayView(data, static_cast<qsizetype>(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->m_headers.clear(); // a new answer (after a 100 Continue): only the last one counts
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->m_headers.add(line.first(colon).trimmed().toByteArray(),
                         line.sliced(colon + 1).trimmed().toByteArray());
    return bytes;
}

int CurlTransfer::onConnected(void *self, char *, char *, int, int)
{
    auto *t = static_cast<CurlTransfer *>(self);
    t->m_connected = true;
    t->touch();
    return CURL_PREREQFUNC_OK;
}

int CurlTransfer::onProgress(void *self, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t ulnow)
{
    auto *t = static_cast<CurlTransfer *>(self);
    // Sending a large body is not silence either.
    if (dlnow + ulnow != t->m_progress) {
        t->m_progress = dlnow + ulnow;
        t->touch();
    }
    return t->m_abortReason == NetError::None ? 0 : 1;
}

HttpResult CurlTransfer::finish(CURLcode code)
{
    HttpResult result;
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    result.mayHaveArrived = m_connected;
    if (m_abortReason != NetError::None) {
        result.error = m_abortReason;
    } else {
        result.error = errorOf(code);
        if (code != CURLE_OK) {
            result.detail = QString::fromUtf8(m_errorBuffer);
            if (result.detail.isEmpty())
                result.detail = QString::fromUtf8(curl_easy_strerror(code));
        }
    }
    if (result.error == NetError::None) {
        result.status = static_cast<int>(status);
        result.headers = std::move(m_headers);
        result.body = std::move(m_body);
    } else {
        // What came of a failed answer is kept for the log's status and the rate-limit headers
        // (a 429 cut short still says when to come back), never as a body to read.
        result.status = static_cast<int>(status);
        result.headers = std::move(m_headers);
    }
    return result;
}

} // namespace earshot
