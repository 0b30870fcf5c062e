// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FixturePds.h"
#include "NetFixture.h"

#include "platforms/bluesky/BlueskyConnector.h"
#include "platforms/bluesky/BlueskySender.h"
#include "platforms/bluesky/BlueskySession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace earshot::test {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A Bluesky account against the fixture PDS: a session, a connector and a sender over the test's
// NetworkLoop, on its manual clock (2026-12-07 14:03 UTC).
class BlueskyTest : public NetTest {
protected:
    bluesky::BlueskyOptions options() const
    {
        bluesky::BlueskyOptions o;
        o.pds = server.url(QString());
        o.handle = s("brand.example.com");
        o.password = s(FixturePds::password);
        o.account = s("bluesky:brand.example.com");
        o.accountId = 7;
        o.pageLimit = 2;
        o.readTimeout = std::chrono::seconds(10);
        o.retry.baseDelay = std::chrono::milliseconds(4);
        o.retry.maxDelay = std::chrono::milliseconds(20);
        return o;
    }

    // Made on first use (after server.start()), with options() as `adjust` changes them.
    bluesky::Session &session()
    {
        if (!m_session) {
            bluesky::BlueskyOptions o = options();
            if (adjust)
                adjust(o);
            m_session = std::make_shared<bluesky::Session>(o, &net(), clock);
        }
        return *m_session;
    }
    bluesky::BlueskyConnector &connector()
    {
        if (!m_connector)
            m_connector = std::make_unique<bluesky::BlueskyConnector>(sharedSession());
        return *m_connector;
    }
    bluesky::BlueskySender &sender()
    {
        if (!m_sender)
            m_sender = std::make_unique<bluesky::BlueskySender>(sharedSession());
        return *m_sender;
    }

    // One fetchOnce cycle from `cursor`: the batches it delivered, and whether it got to the end.
    struct Cycle {
        std::vector<MentionBatch> batches;
        bool ok = false;
        std::vector<Mention> mentions() const
        {
            std::vector<Mention> all;
            for (const MentionBatch &b : batches)
                all.insert(all.end(), b.mentions.begin(), b.mentions.end());
            return all;
        }
        QString lastCursor() const { return batches.empty() ? QString() : batches.back().cursor; }
    };
    Cycle fetch(const QString &cursor = {})
    {
        Cycle cycle;
        QSignalSpy arrived(&connector(), &Connector::mentionsArrived);
        QSignalSpy finished(&connector(), &Connector::cycleFinished);
        connector().fetchOnce(cursor);
        EXPECT_TRUE(finished.count() > 0 || finished.wait(20000)) << "the cycle did not end";
        for (const QList<QVariant> &signal : std::as_const(arrived))
            cycle.batches.push_back(signal.first().value<MentionBatch>());
        cycle.ok = !finished.isEmpty() && finished.first().first().toBool();
        return cycle;
    }

    SendOutcome sendReply(const OutgoingReply &reply)
    {
        std::optional<SendOutcome> outcome;
        sender().send(reply, [&outcome](const SendOutcome &o) { outcome = o; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000)) << "no outcome";
        return outcome.value_or(SendOutcome(send_outcome::Uncertain{}));
    }

    std::vector<std::string> calls()
    {
        std::lock_guard lock(pds.mutex);
        return pds.calls;
    }
    std::size_t countCalls(const std::string &nsid)
    {
        const std::vector<std::string> all = calls();
        return std::size_t(std::count(all.begin(), all.end(), nsid));
    }

    void TearDown() override
    {
        m_connector.reset();
        m_sender.reset();
        NetTest::TearDown();
    }

    FixturePds pds{server};
    std::function<void(bluesky::BlueskyOptions &)> adjust;

private:
    std::shared_ptr<bluesky::Session> sharedSession()
    {
        session();
        return m_session;
    }
    std::shared_ptr<bluesky::Session> m_session;
    std::unique_ptr<bluesky::BlueskyConnector> m_connector;
    std::unique_ptr<bluesky::BlueskySender> m_sender;
};

} // namespace earshot::test
