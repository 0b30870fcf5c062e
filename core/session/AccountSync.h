// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace earshot {

class ConnectorHost;
class SessionAccounts;

// What one account's fetch cycle brought.
struct AccountSyncResult {
    std::int64_t accountId = 0;
    QString platform;
    QString handle;
    bool ok = false;
    int batches = 0;     // written with their cursor
    int newMentions = 0; // not in the workspace before
    QString error;       // in words, when not ok
};

// One fetch cycle (Connector::fetchOnce, ended by cycleFinished) for each connected account of a
// session, one account after the other: what arrives is written through the host with its
// cursor, and each account's health is recorded when its cycle and its writes are done. For
// `earshot-cli sync`; the accounts must be loaded (SessionAccounts::ready) and the host not
// started.
class AccountSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSync)

public:
    AccountSync(SessionAccounts *accounts, ConnectorHost *host, std::shared_ptr<Clock> clock,
                QObject *parent = nullptr);
    ~AccountSync() override;

    // Every account, or only `only`.
    void run(std::optional<std::int64_t> only = std::nullopt);
    const std::vector<AccountSyncResult> &results() const { return m_results; }

Q_SIGNALS:
    void accountSynced(const earshot::AccountSyncResult &result);
    // Every account's cycle is done; `allOk` when every one synced.
    void finished(bool allOk);

private:
    void next();
    void finishAccount();
    void disconnectAll();

    SessionAccounts *m_accounts;
    ConnectorHost *m_host;
    std::shared_ptr<Clock> m_clock;
    std::vector<std::int64_t> m_pending;
    std::vector<AccountSyncResult> m_results;
    QList<QMetaObject::Connection> m_connections;
    AccountSyncResult m_current;
    int m_unanswered = 0; // batches handed to the host and not yet written or failed
    bool m_cycleDone = false;
    bool m_cycleOk = false;
    QString m_writeError;
};

} // namespace earshot
