// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FixtureServer.h"

#include <QString>
#include <QUrl>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace earshot::test {

// A Mastodon instance and X's OAuth 2.0 endpoints on 127.0.0.1, shaped as their documentation
// shows: POST /api/v1/apps, GET /oauth/authorize, POST /oauth/token,
// GET /api/v1/accounts/verify_credentials (Mastodon); GET /i/oauth2/authorize,
// POST /2/oauth2/token (code and refresh), GET /2/users/me, GET /2/users/:id/mentions (X).
// The authorize pages answer at once as a person approving (or denying) would: a 302 to the
// redirect_uri with the code and the state. The token endpoints check PKCE (S256) for real.
class OAuthFixture final {
public:
    enum class Approval { Approve, Deny, WrongState };

    OAuthFixture();

    FixtureServer server;
    QUrl url(const QString &path) const { return server.url(path); }

    // What the person does on the authorize page.
    void setApproval(Approval approval);
    // X: the access token the API takes now; others get 401 (an expired token).
    void expireXAccessToken();

    // What arrived (guarded; read after the flow ended).
    struct Seen {
        int appsRegistered = 0;
        std::vector<std::map<std::string, std::string>> tokenForms;
        std::vector<std::string> bearers; // Authorization of every API call
        std::string lastChallenge;
        std::string lastRedirectUri;
        std::string registeredRedirectUri;
    };
    Seen seen() const;

    // What it hands out.
    static constexpr const char *mastodonClientId = "mcid-0d6f3a";
    static constexpr const char *mastodonClientSecret = "mcsecret-7b21e9f4c8";
    static constexpr const char *mastodonToken = "mtok-a81c44e2d0";
    static constexpr const char *xClientId = "xcid-WmN5cX";
    static constexpr const char *xAccessToken1 = "xtok1-f39b2a7c55";
    static constexpr const char *xRefreshToken1 = "xrt1-0c8e1d6a93";
    static constexpr const char *xAccessToken2 = "xtok2-6a0d94be13";
    static constexpr const char *xRefreshToken2 = "xrt2-e5f7c2019b";

private:
    void authorize(const httplib::Request &req, httplib::Response &res,
                   const std::string &clientId);

    mutable std::mutex m_mutex;
    Approval m_approval = Approval::Approve;
    bool m_xFirstExpired = false;
    int m_xRefreshes = 0;
    std::string m_code;
    Seen m_seen;
};

// The browser: GETs `authorize` from the fixture and follows its redirect to wherever it points
// (the loopback listener); gives the status and body of that last answer.
struct BrowserVisit {
    int authorizeStatus = 0;
    QUrl redirectedTo;
    int callbackStatus = 0;
    std::string callbackBody;
};
BrowserVisit visitAsBrowser(const QUrl &authorize);

} // namespace earshot::test
