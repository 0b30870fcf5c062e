// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <cstdint>

class QTcpServer;
class QTcpSocket;

namespace earshot {

// The one-shot listener a browser sign-in (OAuth 2.0, RFC 8252 section 7.3) is redirected to:
// bound to 127.0.0.1 only, on the port asked for or one the system picks. It takes exactly one
// request for its path, answers the browser with a short plain-text page, emits received() with
// the query and stops listening. Other paths (a browser's /favicon.ico) get a 404 and it waits on.
// Nothing it receives is logged: the query holds an authorization code.
class LoopbackRedirect final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirect)

public:
    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // Listens on 127.0.0.1:`port` (0: any free port) for `path` ("/callback"); false when the port
    // is taken (error() says so in words). received() or timedOut() comes once after `timeout`.
    bool listen(std::uint16_t port, const QString &path, std::chrono::milliseconds timeout);
    // http://127.0.0.1:<port><path>: what the network is told to redirect to.
    QUrl redirectUri() const;
    std::uint16_t port() const { return m_port; }
    QString error() const { return m_error; }
    // Stops listening without a signal (the person cancelled).
    void close();

Q_SIGNALS:
    void received(const QUrlQuery &query);
    void timedOut();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &status, const QString &text);

    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QString m_path;
    QString m_error;
    std::uint16_t m_port = 0;
    bool m_done = false;
};

} // namespace earshot
