// SPDX-License-Identifier: Apache-2.0
// What the network layer writes to the log: enough to find a fault, never a credential.
#include "NetFixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace earshot::test {
namespace {

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

// Every message of every level, while it lives.
class LogCapture final {
public:
    LogCapture()
    {
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("earshot.*.debug=true"));
        m_previous = qInstallMessageHandler(capture);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const
    {
        QMutexLocker lock(&capturedMutex);
        return captured.join(u'\n');
    }

private:
    QtMessageHandler m_previous = nullptr;
};

TEST_F(NetTest, NeverLogsAnAuthorizationHeaderOrAToken)
{
    std::string seenAuthorization;
    server.routes().Get("/api/v1/notifications",
                        [&](const httplib::Request &req, httplib::Response &res) {
                            server.countHit();
                            seenAuthorization = req.get_header_value("Authorization");
                            if (server.hits() == 1) {
                                res.status = 500; // a retry, and its log line, too
                                return;
                            }
                            res.set_content(R"([{"id":"1","type":"mention"}])", "application/json");
                        });
    server.start();
    LogCapture log;
    QUrl url = server.url(QStringLiteral("/api/v1/notifications"));
    url.setQuery(QStringLiteral("access_token=query-secret-7f3a"));
    HttpRequest r = request(QString());
    r.url = url;
    r.account = QStringLiteral("mastodon:brand");
    r.headers.set("Authorization", "Bearer header-secret-91c2");

    const HttpResult result = fetch(r);

    ASSERT_TRUE(result.ok());
    EXPECT_EQ(seenAuthorization, "Bearer header-secret-91c2") << "the header was not even sent";
    const QString text = log.text();
    // The log said something about this request (a test of an empty log proves nothing)...
    EXPECT_TRUE(text.contains(u"earshot.net")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"mastodon:brand")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"trying again")) << text.toStdString();
    // ...and nothing secret, not even at debug.
    EXPECT_FALSE(text.contains(u"header-secret-91c2")) << text.toStdString();
    EXPECT_FALSE(text.contains(u"query-secret-7f3a")) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Bearer")) << text.toStdString();
    EXPECT_FALSE(text.contains(u"\"type\":\"mention\"")) << "a body in the log";
}

} // namespace
} // namespace earshot::test
