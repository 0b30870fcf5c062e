// SPDX-License-Identifier: Apache-2.0
#include "net/LoopbackRedirect.h"

#include "Tr.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// A redirect's request line and headers fit in far less; more is not a browser.
constexpr qsizetype maxRequestBytes = 16 * 1024;

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        close();
        Q_EMIT timedOut();
    });
}

LoopbackRedirect::~LoopbackRedirect() = default;

bool LoopbackRedirect::listen(std::uint16_t port, const QString &path,
                              std::chrono::milliseconds timeout)
{
    close();
    m_done = false;
    m_path = path.startsWith(u'/') ? path : u'/' + path;
    m_server = new QTcpServer(this);
    // Only this computer may answer: never QHostAddress::Any.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_error = Tr::tr("Could not listen on 127.0.0.1 port %1 for the browser's answer: %2")
                      .arg(port)
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onConnection);
    m_timeout.start(timeout);
    return true;
}

QUrl LoopbackRedirect::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_path));
}

void LoopbackRedirect::close()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackRedirect::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Ours, not the server's: the server goes once the redirect came, and the browser's
        // answer must still be written.
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void LoopbackRedirect::onReadable(QTcpSocket *socket)
{
    // Everything up to the blank line; the request line is all that is read of it.
    QByteArray seen = socket->property("earshotSeen").toByteArray() + socket->readAll();
    if (seen.size() > maxRequestBytes) {
        socket->abort();
        return;
    }
    if (!seen.contains("\r\n\r\n") && !seen.contains("\n\n")) {
        socket->setProperty("earshotSeen", seen);
        return;
    }
    const QList<QByteArray> requestLine = seen.left(seen.indexOf('\n')).trimmed().split(' ');
    if (requestLine.size() < 2 || requestLine.at(0) != "GET") {
        answer(socket, "405 Method Not Allowed", Tr::tr("Earshot expected a browser here."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (m_done || target.path() != m_path) {
        answer(socket, "404 Not Found", Tr::tr("Nothing here."));
        return;
    }
    m_done = true;
    answer(socket, "200 OK", Tr::tr("You can close this tab and return to Earshot."));
    close();
    Q_EMIT received(QUrlQuery(target.query(QUrl::FullyEncoded)));
}

void LoopbackRedirect::answer(QTcpSocket *socket, const QByteArray &status, const QString &text)
{
    const QByteArray body = text.toUtf8() + '\n';
    socket->write("HTTP/1.1 " + status
                  + "\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // A few hundred bytes to this computer: written now, before a command line that got what it
    // waited for ends.
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace earshot
