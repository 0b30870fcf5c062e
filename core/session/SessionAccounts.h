// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Accounts.h"
#include "clock/Clock.h"
#include "clock/ClockTimer.h"
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

class BrowserSignIn;
class ConnectorHost;
class Database;
class NetworkLoop;
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
    // "Silent for 14 h, though ..." when an account that usually hears something has gone quiet
    // (accounts/AccountSilence); empty otherwise. Looked at every few minutes.
    QString silence;
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
    // "search paused until 00:00 UTC (daily budget)" while an X account's listening searches wait
    // for tomorrow's budget (a pause the admin chose, not a problem); empty otherwise.
    QString searchPause(std::int64_t id);

    // What the window does to accounts; `done` gets the problem in words (empty when it worked),
    // on this thread, through `context`.
    using Done = std::function<void(const QString &problem)>;
    // Keeps the secret in the keychain, connects the account and starts it like the others.
    void add(const AccountRequest &request, const QString &secret, QObject *context,
             const Done &done);
    // Stops its connector, removes its secret and its connection; what was heard on it stays.
    void remove(std::int64_t id, QObject *context, const Done &done);
    // Replaces its secret in the keychain and starts its connector again with it, from where it
    // stood (an account that could not run before is tried again).
    void replaceSecret(std::int64_t id, const QString &secret, QObject *context, const Done &done);
    // Sets where a Bluesky account reads posts and direct messages (empty: Bluesky's own) and
    // starts its connector again with them, from where it stood.
    void setServices(std::int64_t id, const AccountServices &services, QObject *context,
                     const Done &done);

    // Brings the session's accounts in line with the workspace after another process changed them
    // (earshot-cli account add, remove or bluesky-services): new ones start, removed ones stop,
    // ones whose services changed start again with them. Cheap when nothing
    // changed: one read of the accounts.
    void reconcile();
    // Looks again at which accounts have gone quiet; changed() for each whose state moved.
    void lookForSilence();
    // How a browser sign-in speaks HTTP: the session's network loop (none in a demo).
    void setNetwork(NetworkLoop *net) { m_net = net; }
    // A browser sign-in to `platform` at `baseUrl` with the workspace's settings (X's client id,
    // callback port), not yet started; its result goes to add() or replaceSecret(). Owned by
    // `parent`.
    BrowserSignIn *makeSignIn(const QString &platform, const QString &baseUrl, QObject *parent);

    // Keeps a secret its connector renewed (a refreshed OAuth token) where the old one was; a
    // failure is logged, without the secret, and the account's problem says so.
    void keepRenewedSecret(std::int64_t id, const QString &secret);
    // Whether a renewed secret is still on its way to the keychain (a command line waits for
    // renewedSecretsKept() before it ends, or the renewal would be lost).
    bool keepingSecrets() const { return m_keeping > 0; }
    // The workspace's listening terms changed: every connected account searches for them from its
    // next cycle on (read on the session's connection).
    void reloadSearches();

    // Records how the account did (a sync's end) in the workspace; `done` once it is written.
    void recordHealth(std::int64_t id, const AccountHealth &heard,
                      std::function<void(const QString &error)> done = {});

Q_SIGNALS:
    void ready();
    void renewedSecretsKept();
    // An account's health or problem changed.
    void changed(qint64 accountId);

private:
    void connectAccount(const AccountRequest &request, const QString &secret,
                        const QPointer<QObject> &context, const Done &done);
    void onSecret(std::int64_t id, const QString &secret, const QString &problem);
    void readSecret(const SessionAccount &account);
    void settle(SessionAccount &account);
    // Stops its connector and starts it again (secret read anew) from the cursor last written.
    void restart(SessionAccount &account);
    SessionAccount *find(std::int64_t id);

    Database &m_reader;
    ConnectorHost *m_host;
    StoreWriter *m_writer;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::vector<SessionAccount> m_accounts;
    QString m_workspaceId;
    bool m_ready = false;
    ClockTimer m_silenceClock;
    int m_keeping = 0; // renewed secrets being written
    NetworkLoop *m_net = nullptr;
};

} // namespace earshot
