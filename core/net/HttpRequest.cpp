// SPDX-License-Identifier: Apache-2.0
#include "net/HttpRequest.h"

namespace earshot {

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::toApi(const QByteArray &method, const QUrl &base, const QString &path,
                               const QUrlQuery &query)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest request;
    request.method = method;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::postJson(const QUrl &url, QByteArray json)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers.set("Content-Type", "application/json");
    request.body = std::move(json);
    return request;
}

} // namespace earshot
