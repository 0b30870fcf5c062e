// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskySession.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/AccountPauses.h"
#include "net/NetworkLoop.h"
#include "platforms/bluesky/BlueskyRecords.h"

namespace earshot::bluesky {

using namespace Qt::StringLiterals;

namespace {

bool isExpired(const XrpcResult &result)
{
    return (result.http.status == 400 || result.http.status == 401)
           && result.error == u"ExpiredToken"_s;
}

} // namespace

QString describeAnswer(const HttpResult &http, const QString &xrpcMessage, std::int64_t nowMs)
{
    if (http.pause)
        return describePause(Tr::tr("Bluesky"), *http.pause, nowMs);
    if (http.error != NetError::None)
        return Tr::tr("Bluesky could not be reached: %1").arg(http.errorText());
    if (!xrpcMessage.isEmpty())
        return Tr::tr("Bluesky answered %1: %2").arg(http.errorText(), xrpcMessage);
    return Tr::tr("Bluesky answered %1").arg(http.errorText());
}

Session::Session(BlueskyOptions options, NetworkLoop *net, std::shared_ptr<Clock> clock,
                 QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_net(net)
    , m_clock(std::move(clock))
{}

Session::~Session() = default;

QString Session::refusedText() const
{
    return Tr::tr("Bluesky refused the app password for @%1: create a new one in Settings → App "
                  "passwords")
        .arg(m_options.handle);
}

void Session::call(const XrpcCall &call, QObject *context, Done done)
{
    Pending pending{call, context, std::move(done), false, context != nullptr};
    if (m_refused) {
        XrpcResult refused;
        refused.problem = refusedText();
        refused.callSent = false;
        answer(pending, refused);
        return;
    }
    if (m_busy || m_accessJwt.isEmpty()) {
        m_waiting.push_back(std::move(pending));
        if (!m_busy)
            signIn();
        return;
    }
    send(std::move(pending));
}

void Session::answer(const Pending &pending, const XrpcResult &result)
{
    if (pending.guarded && !pending.context)
        return;
    if (pending.done)
        pending.done(result);
}

HttpRequest Session::requestFor(const XrpcCall &call, const QString &token) const
{
    QUrl url = call.appView && !m_options.appView.isEmpty() ? m_options.appView : m_options.pds;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/xrpc/"_s + call.nsid);
    url.setQuery(call.query);
    HttpRequest request;
    request.method = call.method;
    request.url = url;
    request.account = m_options.account;
    request.readTimeout = m_options.readTimeout;
    request.retry = m_options.retry;
    if (call.method != "GET") {
        request.headers.set("Content-Type", "application/json");
        request.body = call.body;
    }
    if (!token.isEmpty())
        request.headers.set("Authorization", "Bearer " + token.toUtf8());
    request.headers.set("Accept", "application/json");
    if (call.chat)
        request.headers.set("atproto-proxy", m_options.chatProxy.toUtf8());
    return request;
}

XrpcResult Session::resultOf(const HttpResult &http) const
{
    XrpcResult result;
    result.http = http;
    if (http.ok())
        return result;
    if (http.error == NetError::None) {
        const XrpcError error = readXrpcError(http.body);
        result.error = error.error;
        result.message = error.message;
    }
    result.problem = describeAnswer(http, result.message, m_clock->nowMs());
    return result;
}

void Session::send(Pending pending)
{
    const HttpRequest request = requestFor(pending.call, m_accessJwt);
    m_net->submit(request, this, [this, pending = std::move(pending)](const HttpResult &http) {
        XrpcResult result = resultOf(http);
        if (isExpired(result) && !pending.retried) {
            Pending again = pending;
            again.retried = true;
            m_waiting.push_back(std::move(again));
            if (!m_busy)
                refresh();
            return;
        }
        answer(pending, result);
    });
}

void Session::signIn()
{
    m_busy = true;
    m_accessJwt.clear();
    m_refreshJwt.clear();
    XrpcCall call;
    call.method = "POST";
    call.nsid = u"com.atproto.server.createSession"_s;
    call.body = signInJson(m_options.handle, m_options.password);
    HttpRequest request = requestFor(call, {});
    // A sign-in that may have arrived changes nothing on the server: it may be tried again.
    request.retry.retryChangingRequests = true;
    m_net->submit(request, this, [this](const HttpResult &http) {
        m_busy = false;
        XrpcResult result = resultOf(http);
        if (result.ok()) {
            const std::optional<SessionTokens> tokens = readSessionTokens(http.body);
            if (tokens && !tokens->did.isEmpty()) {
                m_accessJwt = tokens->accessJwt;
                m_refreshJwt = tokens->refreshJwt;
                m_did = tokens->did;
                qCInfo(lcNet) << "Bluesky account" << m_options.accountId << "signed in";
                flush();
                return;
            }
            result.problem = Tr::tr("Bluesky's answer to the sign-in could not be read");
        } else if (http.error == NetError::None
                   && (http.status == 401
                       || (http.status == 400 && result.error == u"AuthenticationRequired"_s))) {
            m_refused = true;
            result.problem = refusedText();
            qCWarning(lcNet) << "Bluesky account" << m_options.accountId
                             << "refused the app password";
        } else if (result.error == u"AccountTakedown"_s) {
            result.problem =
                Tr::tr("Bluesky refused the sign-in of @%1: the account was taken down")
                    .arg(m_options.handle);
        } else if (result.error == u"AccountDeactivated"_s) {
            result.problem =
                Tr::tr("Bluesky refused the sign-in of @%1: the account is deactivated")
                    .arg(m_options.handle);
        }
        failAll(result);
    });
}

void Session::refresh()
{
    if (m_refreshJwt.isEmpty()) {
        signIn();
        return;
    }
    m_busy = true;
    XrpcCall call;
    call.method = "POST";
    call.nsid = u"com.atproto.server.refreshSession"_s;
    HttpRequest request = requestFor(call, m_refreshJwt);
    request.body.clear();
    request.headers.remove("Content-Type");
    m_net->submit(request, this, [this](const HttpResult &http) {
        m_busy = false;
        XrpcResult result = resultOf(http);
        if (result.ok()) {
            if (const std::optional<SessionTokens> tokens = readSessionTokens(http.body)) {
                m_accessJwt = tokens->accessJwt;
                m_refreshJwt = tokens->refreshJwt;
                qCInfo(lcNet) << "Bluesky account" << m_options.accountId << "session refreshed";
                flush();
                return;
            }
        }
        if (http.error == NetError::None && (http.status == 400 || http.status == 401)) {
            // The refresh token expired or was revoked: sign in again with the app password.
            signIn();
            return;
        }
        failAll(result);
    });
}

void Session::flush()
{
    std::vector<Pending> waiting;
    waiting.swap(m_waiting);
    for (Pending &p : waiting)
        send(std::move(p));
}

void Session::failAll(XrpcResult result)
{
    m_accessJwt.clear();
    result.callSent = false;
    std::vector<Pending> waiting;
    waiting.swap(m_waiting);
    for (const Pending &p : waiting)
        answer(p, result);
}

} // namespace earshot::bluesky
