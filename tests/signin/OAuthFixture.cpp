// SPDX-License-Identifier: Apache-2.0
#include "OAuthFixture.h"

#include "signin/Pkce.h"

#include <QUrlQuery>

namespace earshot::test {

using namespace Qt::StringLiterals;

namespace {

std::map<std::string, std::string> formOf(const httplib::Request &req)
{
    std::map<std::string, std::string> form;
    for (const auto &[name, value] : req.params)
        form[name] = value;
    return form;
}

void json(httplib::Response &res, int status, const std::string &body)
{
    res.status = status;
    res.set_content(body, "application/json; charset=utf-8");
}

std::string bearerOf(const httplib::Request &req)
{
    const std::string auth = req.get_header_value("Authorization");
    return auth.rfind("Bearer ", 0) == 0 ? auth.substr(7) : std::string();
}

} // namespace

OAuthFixture::OAuthFixture()
{
    auto &r = server.routes();
    // Mastodon (docs.joinmastodon.org/methods/apps, /methods/oauth, /methods/accounts).
    r.Post("/api/v1/apps", [this](const httplib::Request &req, httplib::Response &res) {
        const auto form = formOf(req);
        std::lock_guard lock(m_mutex);
        ++m_seen.appsRegistered;
        m_seen.registeredRedirectUri = form.count("redirect_uris") ? form.at("redirect_uris") : "";
        if (!form.count("client_name") || form.at("client_name") != "Earshot"
            || form.count("scopes") == 0 || form.at("scopes") != "read write") {
            json(res, 422, R"({"error":"Validation failed: Name can't be blank"})");
            return;
        }
        json(res, 200,
             std::string(
                 R"({"id":"563419","name":"Earshot","website":null,"scopes":["read","write"],)")
                 + R"("redirect_uri":")" + m_seen.registeredRedirectUri + R"(","redirect_uris":[")"
                 + m_seen.registeredRedirectUri + R"("],"client_id":")" + mastodonClientId
                 + R"(","client_secret":")" + mastodonClientSecret
                 + R"(","client_secret_expires_at":0,"vapid_key":"BCk-QqERU0q"})");
    });
    r.Get("/oauth/authorize", [this](const httplib::Request &req, httplib::Response &res) {
        authorize(req, res, mastodonClientId);
    });
    r.Post("/oauth/token", [this](const httplib::Request &req, httplib::Response &res) {
        const auto form = formOf(req);
        std::lock_guard lock(m_mutex);
        m_seen.tokenForms.push_back(form);
        const auto field = [&](const char *name) {
            return form.count(name) ? form.at(name) : std::string();
        };
        const std::string challenge =
            s256Challenge(QString::fromStdString(field("code_verifier"))).toStdString();
        if (field("grant_type") != "authorization_code" || field("code") != m_code
            || field("client_id") != mastodonClientId
            || field("client_secret") != mastodonClientSecret
            || field("redirect_uri") != m_seen.lastRedirectUri
            || challenge != m_seen.lastChallenge) {
            json(
                res, 400,
                R"({"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."})");
            return;
        }
        m_code.clear(); // good once
        json(res, 200,
             std::string(R"({"access_token":")") + mastodonToken
                 + R"(","token_type":"Bearer","scope":"read write","created_at":1573979017})");
    });
    r.Get("/api/v1/accounts/verify_credentials", [this](const httplib::Request &req,
                                                        httplib::Response &res) {
        std::lock_guard lock(m_mutex);
        m_seen.bearers.push_back(bearerOf(req));
        if (bearerOf(req) != mastodonToken) {
            json(res, 401, R"({"error":"The access token is invalid"})");
            return;
        }
        json(
            res, 200,
            R"({"id":"14715","username":"fernline","acct":"fernline","display_name":"Fernline Support","locked":false,"bot":false,"url":"https://social.example/@fernline"})");
    });

    // X (docs.x.com: OAuth 2.0 Authorization Code Flow with PKCE, GET /2/users/me).
    r.Get("/i/oauth2/authorize", [this](const httplib::Request &req, httplib::Response &res) {
        authorize(req, res, xClientId);
    });
    r.Post("/2/oauth2/token", [this](const httplib::Request &req, httplib::Response &res) {
        const auto form = formOf(req);
        std::lock_guard lock(m_mutex);
        m_seen.tokenForms.push_back(form);
        const auto field = [&](const char *name) {
            return form.count(name) ? form.at(name) : std::string();
        };
        if (field("client_id") != xClientId) {
            json(
                res, 400,
                R"({"error":"invalid_request","error_description":"Missing valid authorization header"})");
            return;
        }
        if (field("grant_type") == "refresh_token") {
            if (field("refresh_token") != xRefreshToken1) {
                json(
                    res, 400,
                    R"({"error":"invalid_request","error_description":"Value passed for the token was invalid."})");
                return;
            }
            ++m_xRefreshes;
            json(
                res, 200,
                std::string(R"({"token_type":"bearer","expires_in":7200,"access_token":")")
                    + xAccessToken2
                    + R"(","scope":"tweet.read tweet.write users.read dm.read dm.write offline.access","refresh_token":")"
                    + xRefreshToken2 + R"("})");
            return;
        }
        const std::string challenge =
            s256Challenge(QString::fromStdString(field("code_verifier"))).toStdString();
        if (field("grant_type") != "authorization_code" || field("code") != m_code
            || field("redirect_uri") != m_seen.lastRedirectUri
            || challenge != m_seen.lastChallenge) {
            json(
                res, 400,
                R"({"error":"invalid_request","error_description":"Value passed for the authorization code was invalid."})");
            return;
        }
        m_code.clear();
        json(
            res, 200,
            std::string(R"({"token_type":"bearer","expires_in":7200,"access_token":")")
                + xAccessToken1
                + R"(","scope":"tweet.read tweet.write users.read dm.read dm.write offline.access","refresh_token":")"
                + xRefreshToken1 + R"("})");
    });
    const auto xAuthorized = [this](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(m_mutex);
        const std::string bearer = bearerOf(req);
        m_seen.bearers.push_back(bearer);
        const bool valid = bearer == xAccessToken2 || (bearer == xAccessToken1 && !m_xFirstExpired);
        if (!valid)
            json(
                res, 401,
                R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})");
        return valid;
    };
    r.Get("/2/users/me", [xAuthorized](const httplib::Request &req, httplib::Response &res) {
        if (xAuthorized(req, res))
            json(res, 200,
                 R"({"data":{"id":"2244994945","name":"Fernline","username":"fernline_x"}})");
    });
    r.Get(R"(/2/users/(\d+)/mentions)", [xAuthorized](const httplib::Request &req,
                                                      httplib::Response &res) {
        if (!xAuthorized(req, res))
            return;
        json(
            res, 200,
            R"({"data":[{"id":"1856000000000000001","text":"@fernline_x my order never came","author_id":"9001","conversation_id":"1856000000000000001","created_at":"2026-12-07T10:00:00.000Z","lang":"en"}],"includes":{"users":[{"id":"9001","name":"Ada","username":"ada_l","public_metrics":{"followers_count":12}}]},"meta":{"newest_id":"1856000000000000001","oldest_id":"1856000000000000001","result_count":1}})");
    });
    server.start();
}

void OAuthFixture::authorize(const httplib::Request &req, httplib::Response &res,
                             const std::string &clientId)
{
    std::lock_guard lock(m_mutex);
    const auto param = [&](const char *name) {
        return req.has_param(name) ? req.get_param_value(name) : std::string();
    };
    m_seen.lastChallenge = param("code_challenge");
    m_seen.lastRedirectUri = param("redirect_uri");
    if (param("response_type") != "code" || param("client_id") != clientId
        || param("code_challenge_method") != "S256" || m_seen.lastChallenge.empty()
        || param("state").empty()) {
        res.status = 400;
        res.set_content("invalid authorization request", "text/plain");
        return;
    }
    QUrl back(QString::fromStdString(m_seen.lastRedirectUri));
    QUrlQuery query;
    switch (m_approval) {
    case Approval::Approve:
        m_code = "code-" + std::to_string(m_seen.tokenForms.size()) + "-9f8e7d";
        query.addQueryItem(u"code"_s, QString::fromStdString(m_code));
        query.addQueryItem(u"state"_s, QString::fromStdString(param("state")));
        break;
    case Approval::Deny:
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"error_description"_s,
                           u"The resource owner or authorization server denied the request."_s);
        query.addQueryItem(u"state"_s, QString::fromStdString(param("state")));
        break;
    case Approval::WrongState:
        m_code = "code-forged";
        query.addQueryItem(u"code"_s, QString::fromStdString(m_code));
        query.addQueryItem(u"state"_s, u"not-the-state-it-sent"_s);
        break;
    }
    back.setQuery(query);
    res.status = 302;
    res.set_header("Location", back.toString(QUrl::FullyEncoded).toStdString());
}

void OAuthFixture::setApproval(Approval approval)
{
    std::lock_guard lock(m_mutex);
    m_approval = approval;
}

void OAuthFixture::expireXAccessToken()
{
    std::lock_guard lock(m_mutex);
    m_xFirstExpired = true;
}

OAuthFixture::Seen OAuthFixture::seen() const
{
    std::lock_guard lock(m_mutex);
    return m_seen;
}

BrowserVisit visitAsBrowser(const QUrl &authorize)
{
    BrowserVisit visit;
    const auto get = [](const QUrl &url, int *status) -> httplib::Result {
        httplib::Client client(url.host().toStdString(), url.port());
        client.set_connection_timeout(10);
        client.set_read_timeout(10);
        const std::string target =
            url.path(QUrl::FullyEncoded).toStdString()
            + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toStdString() : "");
        auto result = client.Get(target);
        *status = result ? result->status : 0;
        return result;
    };
    const auto first = get(authorize, &visit.authorizeStatus);
    if (!first || first->status != 302)
        return visit;
    visit.redirectedTo = QUrl(QString::fromStdString(first->get_header_value("Location")));
    if (visit.redirectedTo.host() != u"127.0.0.1"_s)
        return visit; // a browser would go there; the test never leaves this computer
    const auto second = get(visit.redirectedTo, &visit.callbackStatus);
    if (second)
        visit.callbackBody = second->body;
    return visit;
}

} // namespace earshot::test
