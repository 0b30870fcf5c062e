// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Accounts.h"
#include "clock/Clock.h"
#include "connectors/Connector.h"
#include "platforms/x/XSpend.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace earshot {

class ConnectorHost;
class Database;
class SecretStore;
class StoreWriter;

// One connected account as an open session holds it.
struct SessionAccount {
    ConnectedAccount account; // as stored, health as last recorded or heard since
    QString cursor;           // its feed's cursor when the session opened it
    // Why it is not in the host (no connector for its network, no secret in the keychain); empty
    // once its connector runs there.
    QString problem;
    bool settled = false; // its secret was asked for and the answer is in
};

// The workspace's connected accounts in a session: reads them, asks the keychain for each one's
// secret, and adds each to the ConnectorHost (feed "<platform>:<id>"). An account that cannot
// run (a network without a connector yet, a secret the keychain does not give) keeps its problem
// as its last error, recorded in the workspace, and the others run. What each connector says of
// its health is recorded in the workspace too. Lives on the session's thread.
class SessionAccounts final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionAccounts)

public:
    SessionAccounts(Database &reader, ConnectorHost *host, StoreWriter *writer,
                    std::shared_ptr<Clock> clock, QObject *parent = nullptr);
    ~SessionAccounts() override;

    // Reads the accounts and asks for their secrets; ready() once every one is settled.
    void load();
    bool isReady() const { return m_ready; }
    const std::vector<SessionAccount> &accounts() const { return m_accounts; }
    const SessionAccount *account(std::int64_t id) const;
    SecretStore &secrets() { return *m_secrets; }
    // What an X account cost so far (estimated at the workspace's prices; X is paid per use);
    // nothing for an account on another network. Read on the session's connection.
    std::optional<XSpend> xSpend(std::int64_t id);

    // What the window does to accounts; `done` gets the problem in words (empty when it worked),
    // on this thread, through `context`.
    using Done = std::function<void(const QString &problem)>;
    // Keeps the secret in the keychain, connects the account and starts it like the others.
    void add(const AccountRequest &request, const QString &secret, QObject *context,
             const Done &done);
    // Stops its connector, removes its secret and its connection; what was heard on it stays.
    void remove(std::int64_t id, QObject *context, const Done &done);
    // Replaces its secret in the keychain (its connector uses the new one from the next start).
    void replaceSecret(std::int64_t id, const QString &secret, QObject *context, const Done &done);

    // The workspace's listening terms changed: every connected account searches for them from its
    // next cycle on (read on the session's connection).
    void reloadSearches();

    // Records how the account did (a sync's end) in the workspace; `done` once it is written.
    void recordHealth(std::int64_t id, const AccountHealth &heard,
                      std::function<void(const QString &error)> done = {});

Q_SIGNALS:
    void ready();
    // An account's health or problem changed.
    void changed(qint64 accountId);

private:
    void connectAccount(const AccountRequest &request, const QString &secret,
                        const QPointer<QObject> &context, const Done &done);
    void onSecret(std::int64_t id, const QString &secret, const QString &problem);
    void settle(SessionAccount &account);
    SessionAccount *find(std::int64_t id);

    Database &m_reader;
    ConnectorHost *m_host;
    StoreWriter *m_writer;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::vector<SessionAccount> m_accounts;
    QString m_workspaceId;
    bool m_ready = false;
};

} // namespace earshot
