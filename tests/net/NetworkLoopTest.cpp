// SPDX-License-Identifier: Apache-2.0
// The network loop over real HTTP on loopback: the answers a network gives on a good day and on
// a bad one (500s, 404, slow, cut short, too large, malformed), and the rules before any socket.
#include "NetFixture.h"

#include "json/JsonInput.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <set>
#include <string>

namespace earshot::test {
namespace {

using namespace std::chrono_literals;

TEST_F(NetTest, GetsJsonWithItsHeaders)
{
    server.routes().Get("/v1/hello", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("X-Request-Id", "abc123");
        res.set_content(R"({"hello":"world"})", "application/json");
    });
    server.start();
    QSignalSpy finished(&net(), &NetworkLoop::finished);

    const HttpResult result = fetch(request(QStringLiteral("/v1/hello")));

    EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(result.status, 200);
    EXPECT_EQ(result.body, QByteArray(R"({"hello":"world"})"));
    EXPECT_EQ(result.headers.value("content-type"), QByteArray("application/json"));
    EXPECT_EQ(result.headers.value("x-request-id"), QByteArray("abc123"));
    EXPECT_EQ(result.attempts, 1);
    EXPECT_TRUE(result.errorText().isEmpty());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().first().value<HttpResult>().id, result.id);
}

TEST_F(NetTest, PostsJsonAndSendsItsHeaders)
{
    std::string seenBody, seenType, seenAgent;
    server.routes().Post("/v1/statuses", [&](const httplib::Request &req, httplib::Response &res) {
        seenBody = req.body;
        seenType = req.get_header_value("Content-Type");
        seenAgent = req.get_header_value("User-Agent");
        res.status = 201;
        res.set_content(R"({"id":"42"})", "application/json");
    });
    server.start();

    HttpRequest post = HttpRequest::postJson(server.url(QStringLiteral("/v1/statuses")),
                                             R"({"status":"Thanks, we are on it"})");
    const HttpResult result = fetch(post);

    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.status, 201);
    EXPECT_EQ(result.body, QByteArray(R"({"id":"42"})"));
    EXPECT_EQ(seenBody, R"({"status":"Thanks, we are on it"})");
    EXPECT_EQ(seenType, "application/json");
    EXPECT_EQ(seenAgent.rfind("Earshot/", 0), 0u) << seenAgent;
}

TEST_F(NetTest, DecodesAGzipBody)
{
    std::string json = "[";
    for (int i = 0; i < 2000; ++i)
        json += R"({"id":")" + std::to_string(i) + R"(","text":"the same words again"},)";
    json.back() = ']';
    std::string acceptEncoding;
    server.routes().Get("/timeline", [&](const httplib::Request &req, httplib::Response &res) {
        acceptEncoding = req.get_header_value("Accept-Encoding");
        // httplib compresses JSON itself when the client accepts gzip.
        res.set_content(json, "application/json");
    });
    server.start();

    // What libcurl offers by default (gzip among them; this server picks brotli)...
    const HttpResult result = fetch(request(QStringLiteral("/timeline")));
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_NE(acceptEncoding.find("gzip"), std::string::npos) << acceptEncoding;
    EXPECT_FALSE(result.headers.value("Content-Encoding").isEmpty());
    EXPECT_EQ(result.body, QByteArray::fromStdString(json));

    // ...and gzip itself, decoded just the same.
    HttpRequest gzipOnly = request(QStringLiteral("/timeline"));
    gzipOnly.headers.set("Accept-Encoding", "gzip");
    const HttpResult gzipped = fetch(gzipOnly);
    ASSERT_TRUE(gzipped.ok()) << gzipped.errorText().toStdString();
    EXPECT_EQ(gzipped.headers.value("Content-Encoding"), QByteArray("gzip"));
    EXPECT_EQ(gzipped.body, QByteArray::fromStdString(json));
}

TEST_F(NetTest, TriesAgainAfterA500AndCountsTheTries)
{
    server.routes().Get("/flaky", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        if (server.hits() == 1) {
            res.status = 500;
            res.set_content("oops", "text/plain");
            return;
        }
        res.set_content("[]", "application/json");
    });
    server.start();

    const HttpResult result = fetch(request(QStringLiteral("/flaky")));

    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.body, QByteArray("[]"));
    EXPECT_EQ(result.attempts, 2);
    EXPECT_EQ(server.hits(), 2);
}

TEST_F(NetTest, GivesUpAfterTheLastTryWithTheServersAnswer)
{
    server.routes().Get("/down", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.status = 502;
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/down"));
    r.retry.maxAttempts = 3;

    const HttpResult result = fetch(r);

    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, NetError::None);
    EXPECT_EQ(result.status, 502);
    EXPECT_EQ(result.errorText(), QStringLiteral("HTTP 502"));
    EXPECT_EQ(result.attempts, 3);
    EXPECT_EQ(server.hits(), 3);
}

TEST_F(NetTest, DoesNotTryA404Again)
{
    server.routes().Get("/gone", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.status = 404;
        res.set_content(R"({"error":"Record not found"})", "application/json");
    });
    server.start();

    const HttpResult result = fetch(request(QStringLiteral("/gone")));

    EXPECT_EQ(result.status, 404);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(server.hits(), 1);
    EXPECT_EQ(result.errorText(), QStringLiteral("HTTP 404"));
}

// A reply that may have been posted is not posted again: the outbox checks first.
TEST_F(NetTest, DoesNotPostAgainAfterA500)
{
    server.routes().Post("/v1/statuses", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.status = 500;
    });
    server.start();
    HttpRequest post = request(QStringLiteral("/v1/statuses"), "POST");
    post.body = R"({"status":"hello"})";

    const HttpResult result = fetch(post);

    EXPECT_EQ(result.status, 500);
    EXPECT_EQ(server.hits(), 1);
    EXPECT_TRUE(result.mayHaveArrived);
}

TEST_F(NetTest, KeepsTheConnectionForTheNextRequest)
{
    std::set<int> clientPorts;
    std::mutex mutex;
    server.routes().Get("/ping", [&](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(mutex);
        clientPorts.insert(req.remote_port);
        res.set_content("pong", "text/plain");
    });
    server.start();

    EXPECT_TRUE(fetch(request(QStringLiteral("/ping"))).ok());
    EXPECT_TRUE(fetch(request(QStringLiteral("/ping"))).ok());
    EXPECT_TRUE(fetch(request(QStringLiteral("/ping"))).ok());

    EXPECT_EQ(clientPorts.size(), 1u) << "each request opened its own connection";
}

TEST_F(NetTest, ASilentServerTimesOut)
{
    server.routes().Get("/slow", [&](const httplib::Request &, httplib::Response &res) {
        server.holdUntilReleased();
        res.set_content("late", "text/plain");
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/slow"));
    r.readTimeout = 300ms;
    r.retry = RetryPolicy::never();

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Timeout);
    EXPECT_EQ(result.errorText(), QStringLiteral("timed out"));
    EXPECT_TRUE(result.mayHaveArrived);
    EXPECT_EQ(server.holding(), 1) << "the answer came before the server gave one";
}

TEST_F(NetTest, AServerThatStallsHalfwayTimesOut)
{
    server.routes().Get("/stall", [&](const httplib::Request &, httplib::Response &res) {
        res.set_content_provider("application/json", [&](size_t offset, httplib::DataSink &sink) {
            if (offset > 0) {
                server.holdUntilReleased();
                return false;
            }
            sink.write(R"([{"id":"1"},)", 12);
            return true;
        });
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/stall"));
    r.readTimeout = 300ms;
    r.retry = RetryPolicy::never();

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Timeout);
    EXPECT_TRUE(result.body.isEmpty()) << "a part of an answer is no answer";
}

TEST_F(NetTest, RefusesABodyOverTheCap)
{
    const std::string big(5000, 'x');
    server.routes().Get("/big", [&](const httplib::Request &, httplib::Response &res) {
        res.set_content(big, "application/octet-stream");
    });
    // Without a Content-Length: the cap is counted as the body comes.
    server.routes().Get("/big-chunked", [&](const httplib::Request &, httplib::Response &res) {
        res.set_chunked_content_provider("text/plain", [&](size_t offset, httplib::DataSink &sink) {
            if (offset >= big.size())
                sink.done();
            else
                sink.write(big.data() + offset, 1000);
            return true;
        });
    });
    server.start();

    for (const char *path : {"/big", "/big-chunked"}) {
        HttpRequest r = request(QString::fromLatin1(path));
        r.maxResponseBytes = 1000;
        const HttpResult result = fetch(r);
        EXPECT_EQ(result.error, NetError::TooLarge) << path;
        EXPECT_EQ(result.errorText(), QStringLiteral("the response was too large"));
        EXPECT_TRUE(result.body.isEmpty());
        EXPECT_EQ(result.attempts, 1) << "too large is not tried again";
    }
}

TEST_F(NetTest, ReportsABodyCutShort)
{
    server.routes().Get("/cut", [&](const httplib::Request &, httplib::Response &res) {
        // Promises 1,000 bytes, sends 10 and closes.
        res.set_content_provider(1000, "application/json",
                                 [](size_t, size_t, httplib::DataSink &sink) {
                                     sink.write(R"({"data":[)", 9);
                                     return false;
                                 });
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/cut"));
    r.retry = RetryPolicy::never();

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Truncated) << result.detail.toStdString();
    EXPECT_EQ(result.errorText(), QStringLiteral("the response was cut short"));
    EXPECT_TRUE(result.body.isEmpty());
}

// The loop hands over what came; the reader of the network's JSON says what is wrong with it.
TEST_F(NetTest, MalformedJsonArrivesWholeForTheReaderToRefuse)
{
    server.routes().Get("/broken", [&](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"statuses": [{"id": "1", "content": "hi"},)", "application/json");
    });
    server.start();

    const HttpResult result = fetch(request(QStringLiteral("/broken")));

    ASSERT_TRUE(result.ok());
    const JsonInput json = parseJsonInput(result.body.toStdString());
    ASSERT_FALSE(json.ok());
    EXPECT_TRUE(json.error->reason().startsWith(u"not valid JSON"))
        << json.error->reason().toStdString();
}

TEST_F(NetTest, CancelsARequestInFlight)
{
    server.routes().Get("/slow", [&](const httplib::Request &, httplib::Response &res) {
        server.holdUntilReleased();
        res.set_content("late", "text/plain");
    });
    server.start();
    AnswerCatcher<HttpResult> catcher;

    const RequestHandle handle =
        net().submit(request(QStringLiteral("/slow")), catcher.context(), catcher.callback());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.holding() == 1; }, 10000));
    handle.cancel();

    ASSERT_TRUE(catcher.wait());
    EXPECT_EQ(catcher.answer().error, NetError::Cancelled);
    EXPECT_EQ(catcher.answer().id, handle.id());
    EXPECT_EQ(catcher.answer().errorText(), QStringLiteral("cancelled"));
    EXPECT_EQ(server.holding(), 1) << "the answer waited for the server";
}

TEST_F(NetTest, NoCallbackOnceTheContextIsGone)
{
    server.routes().Get("/slow", [&](const httplib::Request &, httplib::Response &res) {
        server.holdUntilReleased();
        res.set_content("late", "text/plain");
    });
    server.start();
    QSignalSpy finished(&net(), &NetworkLoop::finished);
    bool called = false;
    auto context = std::make_unique<QObject>();

    net().submit(request(QStringLiteral("/slow")), context.get(),
                 [&](const HttpResult &) { called = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.holding() == 1; }, 10000));
    context.reset();
    server.release();

    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.first().first().value<HttpResult>().ok());
    EXPECT_FALSE(called);
}

} // namespace
} // namespace earshot::test
