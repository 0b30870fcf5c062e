// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AnswerCatcher.h"
#include "FixtureServer.h"
#include "TestSupport.h"

#include "clock/ManualClock.h"
#include "net/NetworkLoop.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

namespace earshot::test {

inline void PrintTo(NetError error, std::ostream *os)
{
    *os << netErrorKey(error);
}

// A test against the loopback fixture server, through a NetworkLoop on a manual clock
// (2026-12-07 14:03:00 UTC), with retries that wait milliseconds, not seconds.
class NetTest : public ::testing::Test {
protected:
    static std::int64_t startMs()
    {
        return QDateTime(QDate(2026, 12, 7), QTime(14, 3), QTimeZone::utc()).toMSecsSinceEpoch();
    }

    NetworkLoop &net()
    {
        if (!m_loop)
            m_loop = std::make_unique<NetworkLoop>(policy, clock, 42);
        return *m_loop;
    }

    // A request to the fixture server that tries again after a few milliseconds.
    HttpRequest request(const QString &path, QByteArray method = "GET") const
    {
        HttpRequest r = HttpRequest::get(server.url(path));
        r.method = std::move(method);
        r.retry.baseDelay = std::chrono::milliseconds(4);
        r.retry.maxDelay = std::chrono::milliseconds(20);
        r.readTimeout = std::chrono::seconds(10);
        return r;
    }

    // Submits and waits for the answer.
    HttpResult fetch(const HttpRequest &r)
    {
        AnswerCatcher<HttpResult> catcher;
        net().submit(r, catcher.context(), catcher.callback());
        EXPECT_TRUE(catcher.wait(20000)) << "no answer";
        return catcher.arrived() ? catcher.answer() : HttpResult{};
    }

    // The loop goes first, before any server of a derived fixture: a server stopping while
    // the loop keeps a connection open to it waits out its keep-alive (five seconds).
    void TearDown() override { m_loop.reset(); }

    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(startMs());
    UrlPolicy policy;
    FixtureServer server;

private:
    // Last: ended before the server, so no request is left waiting on it.
    std::unique_ptr<NetworkLoop> m_loop;
};

} // namespace earshot::test
