// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpRequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace earshot {

class NetworkLoop;

// An X account's OAuth 2.0 tokens (docs/networks/x.md), as they are kept in the keychain: one
// JSON object as the account's secret, so the refresh token travels with the access token. A
// secret that is not such an object is a bearer token pasted by an admin, which cannot be
// refreshed.
struct XTokens {
    QString accessToken;
    QString refreshToken; // X gives one with the offline.access scope, and a new one each refresh
    QString clientId;     // the app's OAuth 2.0 client id, which a refresh names
    QUrl tokenUrl;        // https://api.x.com/2/oauth2/token, or a test server's
    std::int64_t expiresAtMs = 0; // 0: not known

    bool canRefresh() const { return !refreshToken.isEmpty() && !clientId.isEmpty(); }
    // Expired, or expiring within a minute: refresh before using it.
    bool expiredAt(std::int64_t nowMs) const
    {
        return expiresAtMs > 0 && nowMs + 60'000 >= expiresAtMs;
    }
    QString toSecret() const;
    static XTokens fromSecret(const QString &secret);
};

QUrl defaultXTokenUrl();

// application/x-www-form-urlencoded, each name and value percent-encoded.
QByteArray formEncoded(const std::vector<std::pair<QString, QString>> &fields);
// POST `fields` as a form (what OAuth 2.0 token endpoints take).
HttpRequest postForm(const QUrl &url, const std::vector<std::pair<QString, QString>> &fields);

// The tokens in a token endpoint's answer (access_token, refresh_token, expires_in); nothing when
// it holds no access token. `previous` gives what the answer leaves out (client id, token URL,
// a refresh token that was not rotated).
std::optional<XTokens> readXTokenAnswer(const QByteArray &body, const XTokens &previous,
                                        std::int64_t nowMs);
// An OAuth error answer's error and error_description, in words ("invalid_grant: ...").
QString readOAuthError(const QByteArray &body);

// The tokens an account's connector and sender share. A refresh replaces them here, so the next
// request carries the new access token, and hands the new secret to `renewed` (which keeps it in
// the keychain: X's old refresh token stops working once a new one is given).
struct XCredentials {
    XTokens tokens;
    std::function<void(const QString &secret)> renewed;
    // While a refresh runs, who waits for it.
    std::vector<std::function<void(const QString &problem)>> waiting;
    bool refreshing = false;
};

// Asks X for a new access token with the refresh token; `done` gets the problem in words (empty
// when it worked), through `context`. Several callers at once share one refresh.
void refreshXTokens(NetworkLoop *net, const std::shared_ptr<XCredentials> &credentials,
                    std::int64_t nowMs, QObject *context,
                    std::function<void(const QString &problem)> done);

} // namespace earshot
