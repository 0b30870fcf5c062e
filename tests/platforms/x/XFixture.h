// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../../net/NetFixture.h"

#include "connectors/NetworkRegistry.h"
#include "platforms/x/XNetwork.h"

#include <QFile>

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace earshot::test {

// A fixture X API v2 on 127.0.0.1: answers shaped like the documented examples
// (tests/data/x), and what it was asked.
class XTest : public NetTest {
protected:
    static constexpr const char *token = "tok-SECRET-7f3a9c";
    static constexpr const char *userId = "1500000000000000001";

    static std::string fixture(const char *name)
    {
        QFile file(dataFile(QStringLiteral("x/") + QString::fromUtf8(name)));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        return file.readAll().toStdString();
    }

    // GET /2/users/me, counted; the token is checked on it.
    void serveMe()
    {
        server.routes().Get(
            "/2/users/me", [this](const httplib::Request &req, httplib::Response &res) {
                ++meHits;
                if (req.get_header_value("Authorization") != std::string("Bearer ") + token) {
                    res.status = 401;
                    res.set_content(fixture("error_401.json"), "application/json");
                    return;
                }
                res.set_content(fixture("users_me.json"), "application/json");
            });
    }

    // GET /2/users/:id/mentions answered by `answer`; every request's query is recorded.
    template <class Answer> void serveMentions(Answer answer)
    {
        server.routes().Get(R"(/2/users/(\d+)/mentions)",
                            [this, answer](const httplib::Request &req, httplib::Response &res) {
                                {
                                    std::lock_guard lock(mutex);
                                    mentionRequests.push_back(req.params);
                                }
                                answer(req, res);
                            });
    }

    std::vector<httplib::Params> mentionRequestsSoFar()
    {
        std::lock_guard lock(mutex);
        return mentionRequests;
    }

    ConnectorAccount account() const
    {
        ConnectorAccount a;
        a.accountId = 1;
        a.platform = QStringLiteral("x");
        a.feed = QStringLiteral("x:@acme");
        a.handle = QStringLiteral("acme");
        a.baseUrl = server.url(QString()).toString();
        a.secret = QString::fromUtf8(token);
        return a;
    }

    NetworkContext context()
    {
        NetworkContext c;
        c.net = &net();
        c.clock = clock;
        return c;
    }

    NetworkParts makeParts(XConnectorOptions options = {},
                           std::chrono::milliseconds readTimeout = std::chrono::seconds(10))
    {
        return makeXNetworkWith(account(), context(), std::move(options), readTimeout);
    }

    // One fetchOnce() cycle: whether it ended well, and the batches it delivered.
    bool cycle(Connector &connector, const QString &cursor, std::vector<MentionBatch> *batches)
    {
        std::optional<bool> ok;
        QObject guard;
        QObject::connect(&connector, &Connector::mentionsArrived, &guard,
                         [batches](const MentionBatch &b) { batches->push_back(b); });
        QObject::connect(&connector, &Connector::cycleFinished, &guard,
                         [&ok](bool result) { ok = result; });
        connector.fetchOnce(cursor);
        EXPECT_TRUE(QTest::qWaitFor([&] { return ok.has_value(); }, 20000)) << "no end of cycle";
        return ok.value_or(false);
    }

    std::atomic<int> meHits{0};
    std::mutex mutex;
    std::vector<httplib::Params> mentionRequests; // the query of each
};

} // namespace earshot::test
