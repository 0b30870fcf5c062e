// SPDX-License-Identifier: Apache-2.0
#include "session/AccountSync.h"

#include "Tr.h"
#include "connectors/ConnectorHost.h"
#include "logging/LogCategories.h"
#include "session/SessionAccounts.h"

namespace earshot {

AccountSync::AccountSync(SessionAccounts *accounts, ConnectorHost *host,
                         std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_host(host)
    , m_clock(std::move(clock))
{}

AccountSync::~AccountSync()
{
    disconnectAll();
}

void AccountSync::run(std::optional<std::int64_t> only)
{
    m_pending.clear();
    m_results.clear();
    for (const SessionAccount &a : m_accounts->accounts()) {
        if (!only || *only == a.account.id)
            m_pending.push_back(a.account.id);
    }
    // Always later, so whoever waits for finished() is listening by then.
    QMetaObject::invokeMethod(this, &AccountSync::next, Qt::QueuedConnection);
}

void AccountSync::disconnectAll()
{
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
}

void AccountSync::next()
{
    disconnectAll();
    if (m_pending.empty()) {
        bool allOk = true;
        for (const AccountSyncResult &r : m_results)
            allOk = allOk && r.ok;
        Q_EMIT finished(allOk);
        return;
    }
    const std::int64_t id = m_pending.front();
    m_pending.erase(m_pending.begin());
    const SessionAccount *a = m_accounts->account(id);
    m_current = {};
    m_current.accountId = id;
    m_unanswered = 0;
    m_cycleDone = false;
    m_cycleOk = false;
    m_writeError.clear();
    if (!a) {
        QMetaObject::invokeMethod(this, &AccountSync::next, Qt::QueuedConnection);
        return;
    }
    m_current.platform = a->account.platform;
    m_current.handle = a->account.handle;
    Connector *connector = a->problem.isEmpty() ? m_host->connector(a->account.feed()) : nullptr;
    if (!connector) {
        // Its problem is recorded as its last error already (SessionAccounts).
        m_current.error =
            a->problem.isEmpty() ? Tr::tr("The account has no connector.") : a->problem;
        m_results.push_back(m_current);
        Q_EMIT accountSynced(m_current);
        QMetaObject::invokeMethod(this, &AccountSync::next, Qt::QueuedConnection);
        return;
    }
    // The host connected first, so a batch is on its way to the writer before it is counted.
    m_connections << connect(connector, &Connector::mentionsArrived, this,
                             [this](const MentionBatch &) { ++m_unanswered; });
    m_connections << connect(m_host, &ConnectorHost::written, this,
                             [this](const IngestResult &result) {
                                 --m_unanswered;
                                 ++m_current.batches;
                                 m_current.newMentions += int(result.inserted);
                                 finishAccount();
                             });
    m_connections << connect(m_host, &ConnectorHost::writeFailed, this,
                             [this](const QString &error) {
                                 --m_unanswered;
                                 m_writeError = error;
                                 finishAccount();
                             });
    m_connections << connect(connector, &Connector::cycleFinished, this, [this](bool ok) {
        m_cycleDone = true;
        m_cycleOk = ok;
        finishAccount();
    });
    qCInfo(lcAccounts).noquote() << "Fetching account" << id << "on" << a->account.platform;
    connector->fetchOnce(a->cursor);
}

void AccountSync::finishAccount()
{
    if (!m_cycleDone || m_unanswered > 0)
        return;
    disconnectAll();
    const SessionAccount *a = m_accounts->account(m_current.accountId);
    const Connector *connector = a ? m_host->connector(a->account.feed()) : nullptr;
    AccountHealth health = connector ? connector->health() : AccountHealth{};
    m_current.ok = m_cycleOk && m_writeError.isEmpty();
    if (m_current.ok) {
        health.lastError.clear();
        health.lastSuccessMs = m_clock->nowMs();
    } else {
        if (!m_writeError.isEmpty())
            health.lastError = Tr::tr("Could not write what arrived: %1").arg(m_writeError);
        else if (health.lastError.isEmpty())
            health.lastError = Tr::tr("The fetch did not get to the end.");
        m_current.error = health.lastError;
    }
    qCInfo(lcAccounts).noquote() << "Fetched account" << m_current.accountId
                                 << (m_current.ok ? "ok:" : "failed:") << m_current.batches
                                 << "batches," << m_current.newMentions << "new mentions";
    m_accounts->recordHealth(m_current.accountId, health, [this](const QString &error) {
        if (!error.isEmpty() && m_current.error.isEmpty())
            m_current.error = error;
        m_results.push_back(m_current);
        Q_EMIT accountSynced(m_current);
        next();
    });
}

} // namespace earshot
