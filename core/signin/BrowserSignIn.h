// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpResult.h"
#include "net/NetworkLoop.h"
#include "secrets/SecretPlace.h"
#include "signin/Pkce.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <cstdint>
#include <memory>

namespace earshot {

class Clock;
class Database;
class LoopbackRedirect;
class NetworkLoop;
class SecretStore;

// What a browser sign-in is for.
struct SignInOptions {
    QString platform; // "mastodon" or "x"
    // Mastodon: the instance (https://mastodon.social). X: the API (https://api.x.com).
    QUrl baseUrl;
    // X only: where the person approves (https://x.com/i/oauth2/authorize), where the code is
    // exchanged (https://api.x.com/2/oauth2/token), and the app's OAuth 2.0 client id from the
    // X developer portal.
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    // The loopback port the browser comes back to: 0 for any free one (Mastodon registers each
    // redirect); X needs the one entered in the developer portal as the callback.
    std::uint16_t port = 0;
    std::chrono::milliseconds timeout{5 * 60'000};
    // Mastodon: where the app registered on the instance is kept (its client secret is a secret),
    // so it is registered again only when its redirect changed. Empty key: not kept.
    SecretStore *secrets = nullptr;
    QString appKey;
};

// What a sign-in ended with.
struct SignInResult {
    QString problem; // in words; empty when it worked
    QString handle;  // the account's handle as the network reports it
    // What to keep in the keychain as the account's secret: Mastodon's access token; for X, its
    // tokens (XTokens::toSecret(), with the refresh token).
    QString secret;

    bool ok() const { return problem.isEmpty(); }
};

// X's defaults, and the workspace settings an admin sets them in (docs/networks/x.md).
namespace SignInSettings {
inline constexpr const char *xClientId = "x.oauth_client_id";
inline constexpr const char *xRedirectPort = "x.oauth_redirect_port";
inline constexpr const char *xAuthorizeUrl = "x.oauth_authorize_url";
inline constexpr const char *xTokenUrl = "x.oauth_token_url";
inline constexpr std::uint16_t defaultXRedirectPort = 8765;
QUrl defaultXAuthorizeUrl();
// The options for signing in to `platform` at `baseUrl` with what the workspace holds.
SignInOptions optionsFor(Database &db, const QString &platform, const QString &baseUrl);
} // namespace SignInSettings

// "<workspace id>/mastodon-app/<instance>": the key of the app Earshot registered on an instance.
QString mastodonAppKey(const QString &workspaceId, const QUrl &instance);

// One sign-in with a browser, OAuth 2.0 authorization code with PKCE (RFC 7636) and a loopback
// redirect (RFC 8252): listens on 127.0.0.1, registers the app on a Mastodon instance when
// needed, asks for the browser (openBrowser()), checks the `state` the browser comes back with,
// exchanges the code and asks the network who signed in. finished() comes exactly once, also
// after cancel() or the timeout. Nothing secret is logged.
class BrowserSignIn final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    BrowserSignIn(NetworkLoop *net, std::shared_ptr<Clock> clock, SignInOptions options,
                  QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void start();
    void cancel();
    // Where the browser is sent (after openBrowser()).
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const;

Q_SIGNALS:
    // Open this in the person's browser (QDesktopServices::openUrl, or print it).
    void openBrowser(const QUrl &url);
    // What is happening, for a person ("Waiting for the browser...").
    void progress(const QString &text);
    void finished(const earshot::SignInResult &result);

private:
    struct MastodonApp {
        QString clientId;
        QString clientSecret;
        QString redirectUri;
    };

    void listenAndRegister(const MastodonApp &known);
    bool listenOn(std::uint16_t port);
    void registerApp();
    void askBrowser();
    void onRedirect(const QUrlQuery &query);
    void exchange(const QString &code);
    void onToken(const HttpResult &result);
    void verify();
    void onVerified(const HttpResult &result);
    void finish(const QString &problem);
    QString networkTitle() const;

    NetworkLoop *m_net;
    std::shared_ptr<Clock> m_clock;
    SignInOptions m_options;
    LoopbackRedirect *m_listener = nullptr;
    Pkce m_pkce;
    QString m_state;
    MastodonApp m_app;
    QUrl m_authorizeUrl;
    QString m_accessToken;
    QString m_secret;
    RequestHandle m_request;
    bool m_done = false;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::SignInResult)
