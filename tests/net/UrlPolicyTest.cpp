// SPDX-License-Identifier: Apache-2.0
// Which addresses may be asked, and TLS that is always verified: checked on the wire where a
// wire is involved.
#include "NetFixture.h"

#include "net/HttpRequest.h"
#include "net/UrlPolicy.h"

#include <QTest>

namespace earshot::test {
namespace {

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

TEST(UrlPolicy, AllowsHttpsAndPlainHttpOnlyToThisComputer)
{
    const UrlPolicy policy;
    EXPECT_FALSE(policy.refusal(url("https://mastodon.social/api/v1/timelines/home")));
    EXPECT_FALSE(policy.refusal(url("http://127.0.0.1:8080/x")));
    EXPECT_FALSE(policy.refusal(url("http://127.1.2.3/x")));
    EXPECT_FALSE(policy.refusal(url("http://localhost:3000/x")));
    EXPECT_FALSE(policy.refusal(url("http://LOCALHOST/x")));
    EXPECT_FALSE(policy.refusal(url("http://[::1]:3000/x")));

    EXPECT_TRUE(policy.refusal(url("http://mastodon.social/api/v1/timelines/home")));
    EXPECT_TRUE(policy.refusal(url("http://127.0.0.1.example.com/x")));
    EXPECT_TRUE(policy.refusal(url("http://localhost.example.com/x")));
    EXPECT_TRUE(policy.refusal(url("http://10.0.0.1/x")));
    EXPECT_TRUE(policy.refusal(url("http://[::2]/x")));
    EXPECT_TRUE(policy.refusal(url("ftp://127.0.0.1/x")));
    EXPECT_TRUE(policy.refusal(url("file:///etc/passwd")));
    EXPECT_TRUE(policy.refusal(url("not a url")));
}

// Refused by the policy, not by a failed name lookup: example.invalid never resolves, so a
// "host not found" here would mean the request went as far as libcurl.
TEST_F(NetTest, RefusesPlainHttpToAnotherComputerBeforeAnySocket)
{
    HttpRequest r = HttpRequest::get(url("http://example.invalid/api/v1/statuses"));

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Refused);
    EXPECT_FALSE(result.mayHaveArrived);
    EXPECT_EQ(result.attempts, 0);
    EXPECT_EQ(result.errorText(),
              QStringLiteral("refused: only https, or plain http to this computer"));
}

// The policy a workspace's kind gives: a training workspace refuses every request, to this
// computer and elsewhere, before a socket is opened; every other kind asks as usual.
TEST_F(NetTest, ATrainingWorkspaceKindRefusesEveryRequestOnTheWire)
{
    server.routes().Get("/x", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.set_content("{}", "application/json");
    });
    server.start();
    policy = UrlPolicy::forWorkspaceKind(QStringLiteral("training"));

    EXPECT_EQ(fetch(request(QStringLiteral("/x"))).error, NetError::Refused);
    const HttpResult away = fetch(HttpRequest::get(url("https://example.invalid/api/v1/statuses")));
    EXPECT_EQ(away.error, NetError::Refused);
    EXPECT_EQ(away.attempts, 0);
    EXPECT_EQ(server.hits(), 0);

    EXPECT_FALSE(UrlPolicy::forWorkspaceKind(QStringLiteral("demo")).refusal(server.url(u"/x"_s)));
    EXPECT_FALSE(UrlPolicy::forWorkspaceKind(QString()).refusal(server.url(u"/x"_s)));
}

// A training sandbox can never post in public: not even to this computer.
TEST_F(NetTest, ATrainingSandboxRefusesEveryRequest)
{
    server.routes().Get("/x", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.set_content("{}", "application/json");
    });
    server.start();
    policy.refuseEverything = true;

    EXPECT_EQ(fetch(request(QStringLiteral("/x"))).error, NetError::Refused);
    EXPECT_EQ(fetch(HttpRequest::get(url("https://mastodon.social/api/v1/statuses"))).error,
              NetError::Refused);
    EXPECT_EQ(server.hits(), 0);
}

TEST_F(NetTest, RefusesAHeaderThatWouldAddALine)
{
    server.routes().Get("/x", [&](const httplib::Request &, httplib::Response &res) {
        server.countHit();
        res.set_content("{}", "application/json");
    });
    server.start();
    HttpRequest r = request(QStringLiteral("/x"));
    r.headers.add("X-Note", "fine\r\nAuthorization: Bearer stolen");

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Refused);
    EXPECT_EQ(server.hits(), 0);
}

TEST_F(NetTest, HttpsToAServerWithoutTlsFails)
{
    server.routes().Get("/x", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("{}", "application/json");
    });
    server.start();
    QUrl https = server.url(QStringLiteral("/x"));
    https.setScheme(QStringLiteral("https"));
    HttpRequest r = HttpRequest::get(https);
    r.retry = RetryPolicy::never();

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Tls) << result.detail.toStdString();
}

class TlsTest : public NetTest {
protected:
    TlsTest()
    {
        tlsServer.routes().Get("/x", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"secure":true})", "application/json");
        });
    }
    FixtureServer tlsServer{true};
};

// The fixture's certificate is its own issuer: not trusted by the system, so refused...
TEST_F(TlsTest, RefusesACertificateNobodyTrusts)
{
    tlsServer.start();
    HttpRequest r = HttpRequest::get(tlsServer.url(QStringLiteral("/x")));
    r.retry = RetryPolicy::never();

    const HttpResult result = fetch(r);

    EXPECT_EQ(result.error, NetError::Tls) << result.detail.toStdString();
    EXPECT_EQ(result.errorText(), QStringLiteral("the secure connection (TLS) could not be made"));
}

// ...and accepted when it is the CA bundle the person set.
TEST_F(TlsTest, TrustsTheCaBundleSet)
{
    tlsServer.start();
    policy.caBundlePath = dataFile(QStringLiteral("net/loopback-cert.pem"));

    const HttpResult result = fetch(HttpRequest::get(tlsServer.url(QStringLiteral("/x"))));

    EXPECT_TRUE(result.ok()) << result.detail.toStdString();
    EXPECT_EQ(result.body, QByteArray(R"({"secure":true})"));
}

} // namespace
} // namespace earshot::test

namespace earshot::test {
namespace {

// A proxy that writes down what it was asked and refuses it: enough to see which requests go
// through it, without a tunnel.
class ProxyTest : public NetTest {
protected:
    ProxyTest()
    {
        server.routes().set_logger([this](const httplib::Request &req, const httplib::Response &) {
            std::lock_guard lock(m_mutex);
            m_asked.push_back(req.method + ' ' + req.target);
        });
        server.routes().Get("/direct", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("{}", "application/json");
        });
        server.start();
        m_proxy = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    }
    ~ProxyTest() override { qunsetenv("https_proxy"); }

    // What the server was asked. Its logger runs after the answer is written, so the client
    // may have its answer first: wait for the first line.
    std::vector<std::string> asked()
    {
        static_cast<void>(QTest::qWaitFor(
            [this] {
                std::lock_guard lock(m_mutex);
                return !m_asked.empty();
            },
            5000));
        std::lock_guard lock(m_mutex);
        return m_asked;
    }

    QString m_proxy;

private:
    std::mutex m_mutex;
    std::vector<std::string> m_asked;
};

HttpRequest toTheWorld()
{
    HttpRequest r = HttpRequest::get(QUrl(QStringLiteral("https://api.example.invalid/2/tweets")));
    r.retry = RetryPolicy::never();
    return r;
}

TEST_F(ProxyTest, TheSettingSendsRequestsThroughTheProxy)
{
    policy.proxy = m_proxy;

    const HttpResult result = fetch(toTheWorld());

    EXPECT_NE(result.error, NetError::None);
    EXPECT_EQ(asked(), std::vector<std::string>{"CONNECT api.example.invalid:443"});
}

TEST_F(ProxyTest, TheEnvironmentSendsRequestsThroughTheProxy)
{
    qputenv("https_proxy", m_proxy.toUtf8());

    fetch(toTheWorld());

    EXPECT_EQ(asked(), std::vector<std::string>{"CONNECT api.example.invalid:443"});
}

TEST_F(ProxyTest, ThisComputerIsAskedDirectly)
{
    policy.proxy = QStringLiteral("http://127.0.0.1:9"); // nobody there
    HttpRequest r = HttpRequest::get(server.url(QStringLiteral("/direct")));

    EXPECT_TRUE(fetch(r).ok());
    EXPECT_EQ(asked(), std::vector<std::string>{"GET /direct"});
}

} // namespace
} // namespace earshot::test

namespace earshot::test {

// An API under a base URL with a path of its own (an instance behind https://host/social/) keeps
// that prefix, whatever slashes the base ends with.
TEST(HttpRequestToApi, KeepsTheBasesPathAndAddsTheQuery)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("40"));
    const HttpRequest r =
        HttpRequest::toApi("POST", QUrl(QStringLiteral("https://host.example/social//")),
                           QStringLiteral("/api/v1/statuses"), query);
    EXPECT_EQ(r.method, QByteArray("POST"));
    EXPECT_EQ(r.url.toString(),
              QStringLiteral("https://host.example/social/api/v1/statuses?limit=40"));
    EXPECT_EQ(HttpRequest::toApi("GET", QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                 QStringLiteral("/2/users/me"), {})
                  .url.toString(),
              QStringLiteral("http://127.0.0.1:8080/2/users/me"));
}

} // namespace earshot::test
