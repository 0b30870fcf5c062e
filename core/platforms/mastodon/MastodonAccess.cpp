// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonAccess.h"

#include "Tr.h"
#include "net/AccountPauses.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString MastodonAccess::instanceName() const
{
    const QString host = baseUrl.host();
    return baseUrl.port() > 0 ? host + u':' + QString::number(baseUrl.port()) : host;
}

HttpRequest MastodonAccess::request(const QByteArray &method, const QString &path,
                                    const QUrlQuery &query) const
{
    HttpRequest r = HttpRequest::toApi(method, baseUrl, path, query);
    r.headers.set("Authorization", "Bearer " + token.toUtf8());
    r.headers.set("Accept", "application/json");
    r.account = accountKey;
    r.readTimeout = options.readTimeout;
    r.retry = options.retry;
    return r;
}

QString describeMastodonFailure(const MastodonAccess &access, const HttpResult &result,
                                const QString &doing)
{
    const QString instance = access.instanceName();
    if (result.error == NetError::Paused || (result.status == 429 && result.pause)) {
        if (result.pause)
            return describePause(instance, *result.pause, access.clock->nowMs());
        return Tr::tr("%1 asks Earshot to wait (rate limit)").arg(instance);
    }
    switch (result.error) {
    case NetError::None:
        break;
    case NetError::Timeout:
        return Tr::tr("%1 did not answer in time while %2").arg(instance, doing);
    case NetError::Truncated:
        return Tr::tr("%1 broke off its answer while %2").arg(instance, doing);
    default:
        return Tr::tr("Could not reach %1 while %2: %3")
            .arg(instance, doing, describeNetError(result.error));
    }
    switch (result.status) {
    case 401:
        return Tr::tr("The token was refused by %1: sign in again").arg(instance);
    case 403:
        return Tr::tr("%1 refused access while %2: the token lacks a permission, or the account "
                      "is suspended")
            .arg(instance, doing);
    case 404:
        return Tr::tr("%1 does not know what Earshot asked for while %2 (HTTP 404): is the "
                      "address an instance's?")
            .arg(instance, doing);
    case 429:
        return Tr::tr("%1 asks Earshot to wait (rate limit)").arg(instance);
    default:
        break;
    }
    if (result.status >= 500)
        return Tr::tr("%1 had a server error while %2 (HTTP %3)")
            .arg(instance, doing, QString::number(result.status));
    return Tr::tr("%1 refused while %2 (HTTP %3)")
        .arg(instance, doing, QString::number(result.status));
}

QString describeUnreadableAnswer(const MastodonAccess &access, const QString &doing)
{
    return Tr::tr("%1 sent an answer Earshot cannot read while %2")
        .arg(access.instanceName(), doing);
}

} // namespace earshot
