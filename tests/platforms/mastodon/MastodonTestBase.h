// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AnswerCatcher.h"
#include "MastodonFixture.h"

#include "clock/ManualClock.h"
#include "connectors/NetworkRegistry.h"
#include "net/NetworkLoop.h"
#include "platforms/mastodon/MastodonConnector.h"
#include "platforms/mastodon/MastodonNetwork.h"
#include "platforms/mastodon/MastodonSender.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <vector>

namespace earshot::test {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The token every test account signs in with: it must never reach the workspace or the log.
inline const char *testToken()
{
    return "tok-SECRET-5d1e9a";
}

// Options for a test: a poll that only runs when the test moves the clock, retries after a few
// milliseconds.
inline MastodonOptions testOptions()
{
    MastodonOptions o;
    o.retry.baseDelay = std::chrono::milliseconds(4);
    o.retry.maxDelay = std::chrono::milliseconds(20);
    o.readTimeout = std::chrono::seconds(10);
    return o;
}

inline ConnectorAccount mastodonAccount(const FixtureInstance &instance, const char *feed)
{
    ConnectorAccount a;
    a.accountId = 1;
    a.platform = s("mastodon");
    a.feed = s(feed);
    a.handle = s("brand@brand.example");
    a.baseUrl = instance.baseUrl();
    a.secret = s(testToken());
    return a;
}

// A test against fixture instances, through a NetworkLoop on a manual clock
// (2026-12-07 14:03:00 UTC).
class MastodonTest : public ::testing::Test {
protected:
    static std::int64_t startMs()
    {
        return QDateTime(QDate(2026, 12, 7), QTime(14, 3), QTimeZone::utc()).toMSecsSinceEpoch();
    }

    NetworkLoop &net()
    {
        if (!m_loop)
            m_loop = std::make_unique<NetworkLoop>(UrlPolicy{}, clock, 42);
        return *m_loop;
    }

    NetworkContext context() { return NetworkContext{nullptr, &net(), clock, 7, {}}; }

    // The parts of one account on `instance`.
    NetworkParts makeParts(FixtureInstance &instance,
                           const MastodonOptions &options = testOptions(),
                           const char *feed = "mastodon:@brand@brand.example")
    {
        return makeMastodonNetworkWith(mastodonAccount(instance, feed), context(), options);
    }

    void TearDown() override { m_loop.reset(); }

    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(startMs());

private:
    std::unique_ptr<NetworkLoop> m_loop;
};

// What a connector handed over, and how its cycles ended.
class Heard final {
public:
    explicit Heard(Connector *connector)
    {
        QObject::connect(connector, &Connector::mentionsArrived, &m_context,
                         [this](const MentionBatch &batch) { batches.push_back(batch); });
        QObject::connect(connector, &Connector::cycleFinished, &m_context,
                         [this](bool ok) { cycles.push_back(ok); });
    }
    // Waits for the next cycle's end; its outcome.
    bool cycle(Connector *connector, const QString &cursor)
    {
        const std::size_t before = cycles.size();
        connector->fetchOnce(cursor);
        EXPECT_TRUE(QTest::qWaitFor([&] { return cycles.size() > before; }, 20000))
            << "the cycle never ended";
        return cycles.size() > before && cycles.back();
    }
    std::vector<Mention> mentions() const
    {
        std::vector<Mention> all;
        for (const MentionBatch &b : batches)
            all.insert(all.end(), b.mentions.begin(), b.mentions.end());
        return all;
    }

    std::vector<MentionBatch> batches;
    std::vector<bool> cycles;

private:
    QObject m_context;
};

} // namespace earshot::test
