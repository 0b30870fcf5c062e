// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace earshot {

class NetworkLoop;

namespace bluesky {

// Where one Bluesky account is reached, and how patiently.
struct BlueskyOptions {
    // The account's PDS (https://bsky.social, or a test server on 127.0.0.1): sign-in and records.
    QUrl pds;
    // The AppView for app.bsky.* reads (notifications, posts, handles). Empty: through the PDS,
    // which proxies them to Bluesky's AppView, as the official app does.
    QUrl appView;
    // Direct messages go through the PDS to this chat service (the atproto-proxy header).
    QString chatProxy = QStringLiteral("did:web:api.bsky.chat#bsky_chat");
    QString handle;   // the brand's handle ("brand.bsky.social"), the sign-in identifier
    QString password; // the app password; memory only
    QString
        account; // the NetworkLoop account key ("bluesky:brand.bsky.social"): pauses apply to it
    std::int64_t accountId = 0;
    std::chrono::milliseconds cycleInterval{60'000};
    int backfillDays = 7; // the first connect hears this far back
    int pageLimit = 50;   // notifications per page (the API allows 1..100)
    int maxPages = 100;   // one cycle reads at most this many pages
    std::chrono::milliseconds readTimeout{30'000};
    RetryPolicy retry; // for reads; writes are never tried again by the loop
};

// What came of one XRPC call: the HTTP answer and, when it was an error, the XRPC error's name
// and message, and what went wrong in words for a person.
struct XrpcResult {
    HttpResult http;
    QString error;   // "ExpiredToken", "RecordNotFound", … (empty when none was named)
    QString message; // the server's message (English; never shown without our own words)
    QString problem; // in words; empty when ok()
    // False when the call itself never went out (the sign-in before it failed): `http` is then
    // the sign-in's answer.
    bool callSent = true;
    bool ok() const { return problem.isEmpty() && http.ok(); }
};

// One call: which method of which service.
struct XrpcCall {
    QByteArray method = "GET";
    QString nsid; // "app.bsky.notification.listNotifications"
    QUrlQuery query;
    QByteArray body;      // JSON, for a POST
    bool appView = false; // an app.bsky.* read that goes to the AppView
    bool chat = false;    // a chat.bsky.* call: through the PDS to the chat service
};

// One account's signed-in session: app-password sign-in (com.atproto.server.createSession),
// refreshed (refreshSession) when a call answers ExpiredToken, and every call made with the
// access token. Tokens are held in memory only, never logged. Calls made while it signs in or
// refreshes wait for it. A refused app password is remembered: every later call fails at once
// with the sentence a person acts on, until the account is set up again (a new session).
// Lives on the thread of the NetworkLoop's answers (the host's).
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    using Done = std::function<void(const XrpcResult &)>;

    Session(BlueskyOptions options, NetworkLoop *net, std::shared_ptr<Clock> clock,
            QObject *parent = nullptr);
    ~Session() override;

    const BlueskyOptions &options() const { return m_options; }
    Clock &clock() const { return *m_clock; }
    std::shared_ptr<Clock> sharedClock() const { return m_clock; }
    NetworkLoop *net() const { return m_net; }
    // The account's DID once signed in.
    QString did() const { return m_did; }
    bool refused() const { return m_refused; }
    // The app password has no access to direct messages (or the chat service refused it): the
    // connector stops asking for them until the account is set up again.
    bool chatUnavailable() const { return m_chatUnavailable; }
    void setChatUnavailable() { m_chatUnavailable = true; }

    // Makes the call (signing in first when needed); `done` runs once through `context`, unless
    // it is gone by then.
    void call(const XrpcCall &call, QObject *context, Done done);

    // The sentence for a refused app password.
    QString refusedText() const;

private:
    struct Pending {
        XrpcCall call;
        QPointer<QObject> context;
        Done done;
        bool retried = false;
        bool guarded = false; // a context was given (and may be gone)
    };

    void send(Pending pending);
    void signIn();
    void refresh();
    void flush();
    void failAll(XrpcResult result);
    HttpRequest requestFor(const XrpcCall &call, const QString &token) const;
    XrpcResult resultOf(const HttpResult &http) const;
    static void answer(const Pending &pending, const XrpcResult &result);

    BlueskyOptions m_options;
    NetworkLoop *m_net;
    std::shared_ptr<Clock> m_clock;
    QString m_accessJwt;
    QString m_refreshJwt;
    QString m_did;
    bool m_refused = false;
    bool m_chatUnavailable = false;
    bool m_busy = false; // signing in or refreshing
    std::vector<Pending> m_waiting;
};

// What went wrong with an answer, in words ("Bluesky paused until 14:05: rate limit",
// "Bluesky answered HTTP 500", "timed out").
QString describeAnswer(const HttpResult &http, const QString &xrpcMessage, std::int64_t nowMs);

} // namespace bluesky
} // namespace earshot
