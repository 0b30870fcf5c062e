// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace earshot::test {

// A real HTTP server on 127.0.0.1 (a free port, nothing else), run on its own thread for one
// test. Add the routes with routes(), then start(). Handlers that must stall (a slow server)
// wait in holdUntilReleased(), which the destructor ends, so no test waits out a stall.
class FixtureServer final {
public:
    // TLS with the certificate and key of tests/data/net when `tls`.
    explicit FixtureServer(bool tls = false);
    ~FixtureServer();
    FixtureServer(const FixtureServer &) = delete;
    FixtureServer &operator=(const FixtureServer &) = delete;

    httplib::Server &routes() { return *m_server; }
    void start();

    int port() const { return m_port; }
    // http(s)://127.0.0.1:port + path
    QUrl url(const QString &path) const;

    // Requests that reached a handler so far.
    int hits() const { return m_hits.load(); }
    void countHit() { ++m_hits; }

    // For a handler: waits until release() or the destructor, at most `longest`.
    void holdUntilReleased(std::chrono::milliseconds longest = std::chrono::seconds(20));
    // How many handlers are holding now.
    int holding() const { return m_holding.load(); }
    void release();

private:
    std::unique_ptr<httplib::Server> m_server;
    bool m_tls;
    int m_port = 0;
    std::thread m_thread;
    std::atomic<int> m_hits{0};
    std::atomic<int> m_holding{0};
    std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_isReleased = false;
};

} // namespace earshot::test
