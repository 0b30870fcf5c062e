// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XTokens.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"
#include "json/JsonFields.h"
#include "json/JsonInput.h"

#include <QPointer>

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

std::optional<json> parseObject(const QByteArray &body)
{
    JsonInput input = parseJsonInput(std::string_view(body.constData(), std::size_t(body.size())));
    if (!input.ok() || !input.value.is_object())
        return std::nullopt;
    return std::move(input.value);
}

} // namespace

QString XTokens::toSecret() const
{
    const json object{{"access_token", accessToken.toStdString()},
                      {"refresh_token", refreshToken.toStdString()},
                      {"client_id", clientId.toStdString()},
                      {"token_url", tokenUrl.toString().toStdString()},
                      {"expires_at_ms", expiresAtMs}};
    return QString::fromStdString(object.dump());
}

XTokens XTokens::fromSecret(const QString &secret)
{
    XTokens tokens;
    const QString trimmed = secret.trimmed();
    if (trimmed.startsWith(u'{')) {
        if (const auto object = parseObject(trimmed.toUtf8())) {
            tokens.accessToken = jsonString(*object, "access_token");
            tokens.refreshToken = jsonString(*object, "refresh_token");
            tokens.clientId = jsonString(*object, "client_id");
            tokens.tokenUrl = QUrl(jsonString(*object, "token_url"));
            const auto expires = object->find("expires_at_ms");
            if (expires != object->end() && expires->is_number_integer())
                tokens.expiresAtMs = expires->get<std::int64_t>();
            if (!tokens.accessToken.isEmpty())
                return tokens;
        }
    }
    tokens = XTokens{};
    tokens.accessToken = trimmed;
    return tokens;
}

QUrl defaultXTokenUrl()
{
    return QUrl(u"https://api.x.com/2/oauth2/token"_s);
}

QByteArray formEncoded(const std::vector<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

HttpRequest postForm(const QUrl &url, const std::vector<std::pair<QString, QString>> &fields)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers.set("Content-Type", "application/x-www-form-urlencoded");
    request.headers.set("Accept", "application/json");
    request.body = formEncoded(fields);
    // A code or a refresh token is good once: a second try of a POST that may have arrived
    // would be refused anyway, so it is never retried.
    request.retry.maxAttempts = 1;
    return request;
}

std::optional<XTokens> readXTokenAnswer(const QByteArray &body, const XTokens &previous,
                                        std::int64_t nowMs)
{
    const auto object = parseObject(body);
    if (!object)
        return std::nullopt;
    XTokens tokens = previous;
    tokens.accessToken = jsonString(*object, "access_token");
    if (tokens.accessToken.isEmpty())
        return std::nullopt;
    const QString refresh = jsonString(*object, "refresh_token");
    if (!refresh.isEmpty())
        tokens.refreshToken = refresh;
    tokens.expiresAtMs = 0;
    const auto expiresIn = object->find("expires_in");
    if (expiresIn != object->end() && expiresIn->is_number() && expiresIn->get<double>() > 0)
        tokens.expiresAtMs = nowMs + std::int64_t(expiresIn->get<double>() * 1000);
    return tokens;
}

QString readOAuthError(const QByteArray &body)
{
    const auto object = parseObject(body);
    if (!object)
        return {};
    const QString error = jsonString(*object, "error");
    const QString description = jsonString(*object, "error_description");
    if (description.isEmpty())
        return error;
    return error.isEmpty() ? description : error + u": "_s + description;
}

void refreshXTokens(NetworkLoop *net, const std::shared_ptr<XCredentials> &credentials,
                    std::int64_t nowMs, QObject *context,
                    std::function<void(const QString &problem)> done)
{
    const QPointer<QObject> guard(context);
    credentials->waiting.push_back([guard, done = std::move(done)](const QString &problem) {
        if (guard && done)
            done(problem);
    });
    if (credentials->refreshing)
        return;
    const auto finish = [credentials](const QString &problem) {
        credentials->refreshing = false;
        auto waiting = std::move(credentials->waiting);
        credentials->waiting.clear();
        for (auto &wait : waiting)
            wait(problem);
    };
    if (!net || !credentials->tokens.canRefresh()) {
        finish(Tr::tr("X refused the token and there is no refresh token: sign in again"));
        return;
    }
    credentials->refreshing = true;
    const XTokens before = credentials->tokens;
    HttpRequest request = postForm(before.tokenUrl.isEmpty() ? defaultXTokenUrl() : before.tokenUrl,
                                   {{u"grant_type"_s, u"refresh_token"_s},
                                    {u"refresh_token"_s, before.refreshToken},
                                    {u"client_id"_s, before.clientId}});
    qCInfo(lcNet) << "X: refreshing an access token";
    net->submit(std::move(request), net,
                [credentials, finish, before, nowMs](const HttpResult &result) {
                    if (!result.ok()) {
                        const QString why = readOAuthError(result.body);
                        finish(Tr::tr("X did not renew the sign-in (%1): sign in again")
                                   .arg(why.isEmpty() ? result.errorText() : why));
                        return;
                    }
                    const auto renewed = readXTokenAnswer(result.body, before, nowMs);
                    if (!renewed) {
                        finish(Tr::tr("X sent an answer Earshot could not read when renewing "
                                      "the sign-in"));
                        return;
                    }
                    credentials->tokens = *renewed;
                    if (credentials->renewed)
                        credentials->renewed(renewed->toSecret());
                    finish(QString());
                });
}

} // namespace earshot
