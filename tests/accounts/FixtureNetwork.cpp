// SPDX-License-Identifier: Apache-2.0
#include "FixtureNetwork.h"

#include "Error.h"
#include "connectors/Connector.h"
#include "net/NetworkLoop.h"
#include "session/Networks.h"

#include <QUrlQuery>

namespace earshot::test {

using namespace Qt::StringLiterals;

namespace {

class FixtureConnector final : public Connector {
public:
    FixtureConnector(ConnectorAccount account, NetworkLoop *net)
        : m_account(std::move(account))
        , m_net(net)
    {}

    void start(const QString &cursor) override
    {
        m_running = true;
        fetch(cursor, false);
    }
    void stop() override { m_running = false; }
    void fetchOnce(const QString &cursor) override { fetch(cursor, true); }

private:
    void fetch(const QString &cursor, bool once)
    {
        QUrl url(m_account.baseUrl + u"/mentions"_s);
        QUrlQuery query;
        query.addQueryItem(u"since"_s, cursor);
        url.setQuery(query);
        HttpRequest request = HttpRequest::get(url);
        request.headers.set("Authorization", "Bearer " + m_account.secret.toUtf8());
        request.account = m_account.feed;
        m_net->submit(request, this, [this, once](const HttpResult &result) {
            if (!once && !m_running)
                return;
            AccountHealth health = this->health();
            if (!result.ok()) {
                health.lastError = u"The fixture answered %1"_s.arg(result.status);
                setHealth(health);
                if (once)
                    Q_EMIT cycleFinished(false);
                return;
            }
            MentionBatch batch;
            for (const QByteArray &line : result.body.split('\n')) {
                const QList<QByteArray> fields = line.split('\t');
                if (fields.size() != 3)
                    continue;
                Mention m;
                m.platform = m_account.platform;
                m.id = QString::fromUtf8(fields.at(0));
                m.createdAtMs = 1'700'000'000'000 + m.id.toLongLong() * 1000;
                m.author.id = QString::fromUtf8(fields.at(1));
                m.author.handle = m.author.id;
                m.author.name = m.author.id;
                m.text = QString::fromUtf8(fields.at(2));
                m.account = m_account.handle;
                batch.mentions.push_back(m);
            }
            batch.cursor = QString::fromUtf8(result.headers.value("X-Cursor"));
            if (!batch.mentions.empty())
                Q_EMIT mentionsArrived(batch);
            health.lastError.clear();
            setHealth(health);
            if (once)
                Q_EMIT cycleFinished(true);
        });
    }

    ConnectorAccount m_account;
    NetworkLoop *m_net;
    bool m_running = false;
};

} // namespace

void registerFixtureNetwork(const QString &key)
{
    // The built-in networks first, so that the fixture replaces one of the same key for good.
    registerBuiltInNetworks();
    registerNetwork(key, [](const ConnectorAccount &account, const NetworkContext &context) {
        if (!context.net)
            throw Error(u"The fixture network needs a NetworkLoop"_s);
        NetworkParts parts;
        parts.connector = std::make_unique<FixtureConnector>(account, context.net);
        return parts;
    });
}

} // namespace earshot::test
