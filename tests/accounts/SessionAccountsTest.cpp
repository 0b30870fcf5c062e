// SPDX-License-Identifier: Apache-2.0
// The real path of a connected account: the accounts table and the keychain (a private GNOME
// Keyring on a private bus) -> WorkspaceSession -> ConnectorHost -> a connector speaking HTTP
// through the session's NetworkLoop to a fixture server on 127.0.0.1 -> the workspace.
#include "session/SessionAccounts.h"
#include "FixtureNetwork.h"
#include "FixtureServer.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "connectors/ConnectorHost.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretStore.h"
#include "session/AccountSync.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <functional>
#include <mutex>
#include <sys/stat.h>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

const QString token = u"fixture-token-7f3a9c"_s;

// Connects an account as `earshot-cli account add` does; its secret goes to the keychain.
std::int64_t connectAccount(const QString &path, const QString &platform, const QString &baseUrl,
                            const QString &secret)
{
    Database db = Workspace::openForWriting(path);
    Transaction transaction(db, Transaction::Durability::PersonWrote);
    const QString workspaceId = Accounts::ensureWorkspaceId(db);
    AccountRequest request;
    request.platform = platform;
    request.baseUrl = baseUrl;
    request.handle = u"brand"_s;
    const std::int64_t id = Accounts::add(db, request, 1'700'000'000'000);
    transaction.commit();
    SecretStore secrets;
    const SecretResult written = secrets.writeNow(
        SecretPlace::Keychain, Accounts::secretKey(workspaceId, platform, u"brand"_s), secret);
    EXPECT_TRUE(written.ok()) << written.message.toStdString();
    return id;
}

void waitUntilReady(WorkspaceSession &session)
{
    if (session.accounts()->isReady())
        return;
    QSignalSpy ready(session.accounts(), &SessionAccounts::ready);
    ASSERT_TRUE(ready.wait(30000));
}

} // namespace

TEST(SessionAccounts, SyncFetchesThroughTheKeychainSecretIntoTheWorkspace)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    registerFixtureNetwork(u"x"_s);
    FixtureServer server;
    std::mutex mutex;
    QStringList authorizations;
    QStringList sinces;
    std::atomic<bool> failing{false};
    server.routes().Get("/mentions", [&](const httplib::Request &req, httplib::Response &res) {
        if (failing) {
            res.status = 503;
            return;
        }
        {
            const std::lock_guard lock(mutex);
            authorizations << QString::fromStdString(req.get_header_value("Authorization"));
            sinces << QString::fromStdString(req.get_param_value("since"));
        }
        res.set_header("X-Cursor", "c2");
        res.set_content("1\tanna\tMy parcel never came\n2\tben\tStill waiting on a refund\n",
                        "text/plain");
    });
    server.start();

    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    const std::int64_t id =
        connectAccount(path, u"x"_s, server.url(u""_s).toString(QUrl::StripTrailingSlash), token);
    const std::int64_t orphan =
        connectAccount(path, u"nowhere"_s, u"https://nowhere.example"_s, u"other-token"_s);

    {
        WorkspaceSession session(path);
        waitUntilReady(session);
        const SessionAccount *account = session.accounts()->account(id);
        ASSERT_NE(account, nullptr);
        EXPECT_TRUE(account->problem.isEmpty()) << account->problem.toStdString();
        EXPECT_EQ(session.connectors()->feeds(), QStringList{u"x:%1"_s.arg(id)});
        // A network without a connector is said so, and the others run.
        ASSERT_NE(session.accounts()->account(orphan), nullptr);
        EXPECT_TRUE(session.accounts()->account(orphan)->problem.contains(u"No connector"_s));

        AccountSync sync(session.accounts(), session.connectors(), session.clock());
        QSignalSpy finished(&sync, &AccountSync::finished);
        sync.run();
        ASSERT_TRUE(finished.wait(30000));
        EXPECT_FALSE(finished.at(0).at(0).toBool()); // the orphan did not sync
        ASSERT_EQ(sync.results().size(), 2U);
        EXPECT_TRUE(sync.results().at(0).ok) << sync.results().at(0).error.toStdString();
        EXPECT_EQ(sync.results().at(0).newMentions, 2);
        EXPECT_FALSE(sync.results().at(1).ok);
    }

    // The token came from the keychain to the server, and never into the workspace.
    {
        const std::lock_guard lock(mutex);
        EXPECT_EQ(authorizations, QStringList{u"Bearer "_s + token});
        EXPECT_EQ(sinces, QStringList{QString()});
    }
    Database db = Workspace::openForReading(path);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions WHERE platform = 'x'"), 2);
    Statement cursor(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
    cursor.bind(1, u"x:%1"_s.arg(id));
    ASSERT_TRUE(cursor.step());
    EXPECT_EQ(cursor.toString(0), u"c2"_s);
    const auto synced = Accounts::find(db, id);
    ASSERT_TRUE(synced);
    EXPECT_GT(synced->lastSuccessMs, 0);
    EXPECT_TRUE(synced->lastError.isEmpty());
    const auto failed = Accounts::find(db, orphan);
    ASSERT_TRUE(failed);
    EXPECT_TRUE(failed->lastError.contains(u"No connector for the network"_s));
    Statement anywhere(db, "SELECT count(*) FROM settings WHERE value LIKE ?");
    anywhere.bind(1, u"%"_s + token + u"%"_s);
    ASSERT_TRUE(anywhere.step());
    EXPECT_EQ(anywhere.toInt(0), 0);

    // The next session starts from the stored cursor.
    {
        WorkspaceSession session(path);
        waitUntilReady(session);
        AccountSync sync(session.accounts(), session.connectors(), session.clock());
        QSignalSpy finished(&sync, &AccountSync::finished);
        sync.run(id);
        ASSERT_TRUE(finished.wait(30000));
        EXPECT_TRUE(finished.at(0).at(0).toBool());
        EXPECT_EQ(sync.results().at(0).newMentions, 0); // ingest never doubles a mention
    }
    {
        const std::lock_guard lock(mutex);
        EXPECT_EQ(sinces.value(1), u"c2"_s);
    }
    std::int64_t lastSuccess = 0;
    {
        Database reader = Workspace::openForReading(path);
        lastSuccess = Accounts::find(reader, id)->lastSuccessMs;
    }

    // A failing server: the account says why, and its last success stays.
    failing = true;
    {
        WorkspaceSession session(path);
        waitUntilReady(session);
        AccountSync sync(session.accounts(), session.connectors(), session.clock());
        QSignalSpy finished(&sync, &AccountSync::finished);
        sync.run(id);
        ASSERT_TRUE(finished.wait(30000));
        EXPECT_FALSE(finished.at(0).at(0).toBool());
        EXPECT_TRUE(sync.results().at(0).error.contains(u"503"_s))
            << sync.results().at(0).error.toStdString();
    }
    Database reader = Workspace::openForReading(path);
    const auto after = Accounts::find(reader, id);
    EXPECT_EQ(after->lastSuccessMs, lastSuccess);
    EXPECT_TRUE(after->lastError.contains(u"503"_s)) << after->lastError.toStdString();
    EXPECT_GT(after->lastErrorMs, 0);
}

TEST(SessionAccounts, AnAccountWhoseSecretIsGoneIsNotOpenedAndSaysWhy)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    registerFixtureNetwork(u"x"_s);
    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    const std::int64_t id = connectAccount(path, u"x"_s, u"http://127.0.0.1:9"_s, token);
    {
        Database db = Workspace::openForReading(path);
        SecretStore secrets;
        ASSERT_TRUE(
            secrets
                .removeNow(SecretPlace::Keychain,
                           Accounts::secretKey(Accounts::workspaceId(db), u"x"_s, u"brand"_s))
                .ok());
    }
    WorkspaceSession session(path);
    waitUntilReady(session);
    ASSERT_NE(session.accounts()->account(id), nullptr);
    EXPECT_TRUE(session.accounts()->account(id)->problem.contains(u"keychain"_s));
    EXPECT_TRUE(session.connectors()->isEmpty());
}

TEST(SecretStore, KeepsReadsAndRemovesASecretInTheKeychain)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    SecretStore secrets;
    const QString key = u"ws/x/brand"_s;
    ASSERT_TRUE(secrets.writeNow(SecretPlace::Keychain, key, token).ok());
    const SecretResult read = secrets.readNow(SecretPlace::Keychain, key);
    ASSERT_TRUE(read.ok()) << read.message.toStdString();
    EXPECT_EQ(read.secret, token);
    ASSERT_TRUE(secrets.writeNow(SecretPlace::Keychain, key, u"replaced"_s).ok());
    EXPECT_EQ(secrets.readNow(SecretPlace::Keychain, key).secret, u"replaced"_s);
    EXPECT_TRUE(secrets.removeNow(SecretPlace::Keychain, key).ok());
    EXPECT_EQ(secrets.readNow(SecretPlace::Keychain, key).status, SecretResult::Status::NotFound);
    EXPECT_TRUE(SecretStore::keychainServiceRunning());
}

TEST(SecretStore, AFileSecretIsTheOwnersOnly)
{
    TempFolder folder;
    SecretStore::setFileFolder(folder.path(u"secrets"_s));
    SecretStore secrets;
    ASSERT_TRUE(secrets.writeNow(SecretPlace::File, u"ws/x/brand"_s, token).ok());
    const QFileInfo file(SecretFile(folder.path(u"secrets"_s)).pathOf(u"ws/x/brand"_s));
    ASSERT_TRUE(file.exists());
    struct stat status = {};
    ASSERT_EQ(::stat(QFile::encodeName(file.filePath()).constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600U);
    ASSERT_EQ(::stat(QFile::encodeName(folder.path(u"secrets"_s)).constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0700U);
    EXPECT_FALSE(file.fileName().contains(u"brand"_s));
    EXPECT_EQ(secrets.readNow(SecretPlace::File, u"ws/x/brand"_s).secret, token);
    EXPECT_TRUE(secrets.removeNow(SecretPlace::File, u"ws/x/brand"_s).ok());
    EXPECT_FALSE(QFile::exists(file.filePath()));
    SecretStore::setFileFolder({});
}

namespace {

// Waits, running the session's events, until `done` holds.
bool waitFor(const std::function<bool()> &done)
{
    for (int i = 0; i < 300 && !done(); ++i)
        QTest::qWait(100);
    return done();
}

} // namespace

// earshot-cli account add and remove while a window is open: the window's session starts and
// stops the account without being opened again.
TEST(SessionAccounts, AnAccountAddedOrRemovedElsewhereStartsAndStopsInTheOpenSession)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    registerFixtureNetwork(u"x"_s);
    FixtureServer server;
    server.routes().Get("/mentions", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("X-Cursor", "c1");
        res.set_content("1\tanna\tMy parcel never came\n", "text/plain");
    });
    server.start();
    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    {
        Database db = Workspace::openForWriting(path);
    }

    WorkspaceSession session(path);
    waitUntilReady(session);
    ASSERT_TRUE(session.connectors()->isEmpty());
    const std::int64_t id =
        connectAccount(path, u"x"_s, server.url(u""_s).toString(QUrl::StripTrailingSlash), token);
    const QString feed = u"x:%1"_s.arg(id);
    ASSERT_TRUE(waitFor([&] { return session.connectors()->feeds() == QStringList{feed}; }))
        << "the account added elsewhere did not start in the open session";
    ASSERT_NE(session.accounts()->account(id), nullptr);
    EXPECT_TRUE(session.accounts()->account(id)->problem.isEmpty());

    // It syncs with the secret from the keychain: what it hears reaches the workspace.
    {
        AccountSync sync(session.accounts(), session.connectors(), session.clock());
        QSignalSpy finished(&sync, &AccountSync::finished);
        sync.run(id);
        ASSERT_TRUE(finished.wait(30000));
        EXPECT_TRUE(finished.at(0).at(0).toBool());
        ASSERT_EQ(sync.results().size(), 1U);
        EXPECT_EQ(sync.results().at(0).newMentions, 1);
    }

    {
        Database db = Workspace::openForWriting(path);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        ASSERT_TRUE(Accounts::remove(db, id));
        transaction.commit();
    }
    ASSERT_TRUE(waitFor([&] { return session.accounts()->account(id) == nullptr; }))
        << "the account removed elsewhere still runs in the open session";
    EXPECT_TRUE(session.connectors()->isEmpty());
}

// Re-authenticating gives the connector its new token at once, not at the next opening.
TEST(SessionAccounts, ANewSecretIsUsedAtOnce)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    registerFixtureNetwork(u"x"_s);
    FixtureServer server;
    std::mutex mutex;
    QStringList authorizations;
    server.routes().Get("/mentions", [&](const httplib::Request &req, httplib::Response &res) {
        const std::lock_guard lock(mutex);
        authorizations << QString::fromStdString(req.get_header_value("Authorization"));
        res.set_header("X-Cursor", "c1");
        res.set_content("", "text/plain");
    });
    server.start();
    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    const std::int64_t id = connectAccount(
        path, u"x"_s, server.url(u""_s).toString(QUrl::StripTrailingSlash), u"old-token-1"_s);

    WorkspaceSession session(path);
    waitUntilReady(session);
    QSignalSpy replaced(session.accounts(), &SessionAccounts::changed);
    QString problem = u"not answered"_s;
    session.accounts()->replaceSecret(id, u"new-token-2"_s, &session,
                                      [&problem](const QString &p) { problem = p; });
    ASSERT_TRUE(waitFor([&] { return problem != u"not answered"_s; }));
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();

    AccountSync sync(session.accounts(), session.connectors(), session.clock());
    QSignalSpy finished(&sync, &AccountSync::finished);
    sync.run(id);
    ASSERT_TRUE(finished.wait(30000));
    const std::lock_guard lock(mutex);
    ASSERT_FALSE(authorizations.isEmpty());
    EXPECT_EQ(authorizations.last(), u"Bearer new-token-2"_s);
}
