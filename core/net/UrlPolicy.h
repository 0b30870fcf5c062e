// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace earshot {

// Which addresses Earshot may ask at all, and how the connection is made. Only https, with the
// server's certificate always verified (there is no switch to turn it off); plain http only
// to this computer (127.0.0.1, localhost, [::1]), for fixtures and local test servers.
struct UrlPolicy {
    // A file of trusted CA certificates (PEM) to use instead of the system's; empty: the
    // system's.
    QString caBundlePath;
    // "http://proxy:3128", "socks5h://…": every request goes through it. Empty: libcurl's
    // reading of the environment (https_proxy, http_proxy, no_proxy). Requests to this computer
    // never go through a proxy.
    QString proxy;
    // A training sandbox: every request is refused, whatever its address.
    bool refuseEverything = false;

    // Why `url` is refused, in words for the log; nothing when it may be asked.
    std::optional<QString> refusal(const QUrl &url) const;

    // The policy for a workspace of `kind` (its "workspace.kind" setting): a training sandbox
    // ("training") refuses every request, so nothing a trainee does can reach a real network.
    static UrlPolicy forWorkspaceKind(const QString &kind);
};

// 127.0.0.1 (any of 127/8), localhost, ::1.
bool isLoopbackHost(const QString &host);

} // namespace earshot
