// SPDX-License-Identifier: Apache-2.0
#include "FixtureServer.h"

#include "TestSupport.h"

#include <thread>

namespace earshot::test {

FixtureServer::FixtureServer(bool tls)
    : m_tls(tls)
{
    if (tls) {
        const QByteArray cert = dataFile(QStringLiteral("net/loopback-cert.pem")).toLocal8Bit();
        const QByteArray key = dataFile(QStringLiteral("net/loopback-key.pem")).toLocal8Bit();
        m_server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
}

FixtureServer::~FixtureServer()
{
    release();
    if (m_thread.joinable()) {
        m_server->stop();
        m_thread.join();
    }
}

void FixtureServer::start()
{
    // Loopback only: the tests never listen where another machine could reach them.
    m_port = m_server->bind_to_any_port("127.0.0.1");
    ASSERT_GT(m_port, 0) << "no free port on 127.0.0.1";
    // bind_to_any_port listens already: connections wait in the backlog until the thread
    // accepts them, so a request made right after start() is not lost.
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // httplib's stop() does nothing until the server's loop runs: a fixture destroyed right
    // after start (a test that sends nothing) would then wait in join() for ever.
    while (!m_server->is_running())
        std::this_thread::yield();
}

QUrl FixtureServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

void FixtureServer::holdUntilReleased(std::chrono::milliseconds longest)
{
    ++m_holding;
    std::unique_lock lock(m_mutex);
    m_released.wait_for(lock, longest, [this] { return m_isReleased; });
    --m_holding;
}

void FixtureServer::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_isReleased = true;
    }
    m_released.notify_all();
}

} // namespace earshot::test
