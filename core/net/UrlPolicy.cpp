// SPDX-License-Identifier: Apache-2.0
#include "net/UrlPolicy.h"

#include <QStringList>

namespace earshot {

namespace {

// A dotted quad 127.x.y.z, each part 0-255 in decimal.
bool isLoopbackIpv4(const QString &host)
{
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127")
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok, 10);
        if (!ok || part.size() > 3 || value < 0 || value > 255 || !part.front().isDigit())
            return false;
    }
    return true;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    // QUrl gives an IPv6 host without its brackets, in its shortest form.
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1"
           || isLoopbackIpv4(host);
}

UrlPolicy UrlPolicy::forWorkspaceKind(const QString &kind)
{
    UrlPolicy policy;
    policy.refuseEverything = kind == u"training";
    return policy;
}

std::optional<QString> UrlPolicy::refusal(const QUrl &url) const
{
    if (refuseEverything)
        return QStringLiteral("this workspace may not use the network (training)");
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("not a valid address");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return std::nullopt;
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return QStringLiteral("plain http to another computer");
    }
    return QStringLiteral("scheme %1 is not http(s)").arg(scheme);
}

} // namespace earshot
