// SPDX-License-Identifier: Apache-2.0
// earshot-cli account add/list/remove, sync and listen, as a person runs them: the real binary,
// a private GNOME Keyring on a private session bus, HOME and the XDG folders in a temporary
// folder.
#include "PrivateKeyring.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "ingest/Ingestor.h"
#include "platforms/x/XSpend.h"
#include "secrets/SecretStore.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/stat.h>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

class AccountsCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        m_workspace = m_folder.path(u"w.earshot"_s);
    }

    ProcessResult cli(QStringList arguments, const QByteArray &input = {},
                      const QProcessEnvironment &environment = privateKeyring().environment())
    {
        arguments.prepend(m_workspace);
        arguments.prepend(u"--workspace"_s);
        return runCli(arguments, input, environment);
    }

    ProcessResult add(const QString &network, const QString &handle, const QByteArray &token)
    {
        return cli({u"account"_s, u"add"_s, network, u"--base-url"_s, u"https://social.example"_s,
                    u"--handle"_s, handle},
                   token + '\n');
    }

    // Every file under `folder` whose bytes hold `needle`.
    static QStringList filesHolding(const QString &folder, const QByteArray &needle)
    {
        QStringList found;
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
        return found;
    }

    QString secretOf(const QString &platform, const QString &handle)
    {
        Database db = Workspace::openForReading(m_workspace);
        SecretStore secrets;
        return secrets
            .readNow(SecretPlace::Keychain,
                     Accounts::secretKey(Accounts::workspaceId(db), platform, handle))
            .secret;
    }

    TempFolder m_folder;
    QString m_workspace;
};

} // namespace

TEST_F(AccountsCli, AddTakesTheTokenFromStandardInputIntoTheKeychainOnly)
{
    const QByteArray token = "tok-stdin-5b1e0d9a2c";
    const ProcessResult added = add(u"mastodon"_s, u"@fernline"_s, token);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(u"keychain"_s)) << added.out.toStdString();
    EXPECT_EQ(secretOf(u"mastodon"_s, u"fernline"_s), QString::fromLatin1(token));

    const ProcessResult listed = cli({u"account"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"mastodon  @fernline  https://social.example"_s))
        << listed.out.toStdString();

    // Not in the workspace (and its -wal), the settings, the logs, or anywhere in the home
    // folder as plain text (GNOME Keyring keeps it encrypted).
    EXPECT_EQ(filesHolding(m_folder.path(u""_s), token), QStringList{});
    EXPECT_EQ(filesHolding(privateKeyring().home(), token), QStringList{});
    EXPECT_FALSE(added.out.contains(QString::fromLatin1(token)));
    EXPECT_FALSE(added.err.contains(QString::fromLatin1(token)));
}

TEST_F(AccountsCli, AddTakesTheTokenFromTheEnvironment)
{
    const QByteArray token = "tok-env-88d2f61c0e";
    QProcessEnvironment environment = privateKeyring().environment();
    environment.insert(u"EARSHOT_TOKEN"_s, QString::fromLatin1(token));
    const ProcessResult added = cli({u"account"_s, u"add"_s, u"bluesky"_s, u"--base-url"_s,
                                     u"https://pds.example"_s, u"--handle"_s, u"brand.example"_s},
                                    {}, environment);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(secretOf(u"bluesky"_s, u"brand.example"_s), QString::fromLatin1(token));
    EXPECT_EQ(filesHolding(m_folder.path(u""_s), token), QStringList{});
    EXPECT_EQ(filesHolding(privateKeyring().home(), token), QStringList{});
}

TEST_F(AccountsCli, AddRefusesWhatItCannotConnect)
{
    const ProcessResult unknown = add(u"myspace"_s, u"brand"_s, "t");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"not a network Earshot connects to"_s))
        << unknown.err.toStdString();

    const ProcessResult plain = cli({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s,
                                     u"http://social.example"_s, u"--handle"_s, u"brand"_s},
                                    "t\n");
    EXPECT_EQ(plain.exitCode, 2);
    EXPECT_TRUE(plain.err.contains(u"plain http"_s)) << plain.err.toStdString();

    const ProcessResult noToken = cli({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s,
                                       u"https://social.example"_s, u"--handle"_s, u"brand"_s});
    EXPECT_EQ(noToken.exitCode, 2);
    EXPECT_TRUE(noToken.err.contains(u"EARSHOT_TOKEN"_s)) << noToken.err.toStdString();

    // A token is never an argument: there is no option for it.
    const ProcessResult asArgument =
        cli({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s, u"https://social.example"_s,
             u"--handle"_s, u"brand"_s, u"--token"_s, u"secret"_s});
    EXPECT_NE(asArgument.exitCode, 0);

    ASSERT_EQ(add(u"mastodon"_s, u"brand"_s, "t1").exitCode, 0);
    const ProcessResult twice = add(u"mastodon"_s, u"brand"_s, "t2");
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(u"connected already"_s)) << twice.err.toStdString();
    EXPECT_EQ(secretOf(u"mastodon"_s, u"brand"_s), u"t1"_s);

    // Loopback over plain http is for tests and local servers.
    const ProcessResult loopback = cli({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s,
                                        u"http://127.0.0.1:8080"_s, u"--handle"_s, u"brand"_s},
                                       "t\n");
    EXPECT_EQ(loopback.exitCode, 0) << loopback.err.toStdString();
}

TEST_F(AccountsCli, RemoveForgetsTheTokenAndKeepsWhatWasHeard)
{
    ASSERT_EQ(add(u"mastodon"_s, u"fernline"_s, "tok-remove-1").exitCode, 0);
    Database db = Workspace::openForReading(m_workspace);
    const std::int64_t id = Accounts::list(db).at(0).id;
    const ProcessResult removed = cli({u"account"_s, u"remove"_s, QString::number(id)});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(secretOf(u"mastodon"_s, u"fernline"_s).isEmpty());
    EXPECT_TRUE(Accounts::list(db).empty());
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM accounts WHERE handle = 'fernline'"), 1);
    EXPECT_EQ(cli({u"account"_s, u"remove"_s, QString::number(id)}).exitCode, 1);
    EXPECT_EQ(cli({u"account"_s, u"remove"_s, u"nine"_s}).exitCode, 2);
}

TEST_F(AccountsCli, SyncSaysPerAccountWhatFailedAndExitsOneUnlessAllSynced)
{
    // An X account whose server is not there (a closed port on loopback): the sync says which
    // account failed and why, and the account is listed with that as its last error.
    ASSERT_EQ(cli({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
                   u"--handle"_s, u"brand"_s},
                  "tok-sync\n")
                  .exitCode,
              0);
    const ProcessResult synced = cli({u"sync"_s});
    EXPECT_EQ(synced.exitCode, 1);
    EXPECT_TRUE(synced.err.contains(u"@brand"_s) && synced.err.contains(u": failed: "_s))
        << synced.err.toStdString();
    const ProcessResult listed = cli({u"account"_s, u"list"_s});
    EXPECT_TRUE(listed.out.contains(u"last error"_s)) << listed.out.toStdString();
    EXPECT_EQ(cli({u"sync"_s, u"99"_s}).exitCode, 1);
}

TEST_F(AccountsCli, WithoutAKeychainItSaysSoAndOffersTheFileOnlyWhenAsked)
{
    QProcessEnvironment noBus = privateKeyring().environment();
    QTemporaryDir nowhere;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + nowhere.filePath(u"bus"_s));
    const QString data = nowhere.filePath(u"data"_s);
    noBus.insert(u"XDG_DATA_HOME"_s, data);
    // X on a closed port on loopback: the sync below reaches no network.
    const QStringList arguments{
        u"account"_s,  u"add"_s,  u"x"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
        u"--handle"_s, u"brand"_s};
    const ProcessResult refused = cli(arguments, "tok-file-3c9e\n", noBus);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"No keychain service is running"_s))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"--store-secret-in-file"_s));
    EXPECT_TRUE(filesHolding(nowhere.path(), "tok-file-3c9e").isEmpty());

    const ProcessResult inFile =
        cli(arguments + QStringList{u"--store-secret-in-file"_s}, "tok-file-3c9e\n", noBus);
    ASSERT_EQ(inFile.exitCode, 0) << inFile.err.toStdString();
    EXPECT_TRUE(inFile.err.contains(u"plain text"_s)) << inFile.err.toStdString();
    const QStringList files = filesHolding(nowhere.path(), "tok-file-3c9e");
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.at(0).startsWith(data + u"/Earshot/Earshot/secrets/"_s))
        << files.at(0).toStdString();
    struct stat status = {};
    ASSERT_EQ(::stat(QFile::encodeName(files.at(0)).constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600U);
    EXPECT_TRUE(filesHolding(m_folder.path(u""_s), "tok-file-3c9e").isEmpty());

    // The session reads it from there: the account opens as far as its network allows.
    const ProcessResult synced = cli({u"sync"_s}, {}, noBus);
    EXPECT_EQ(synced.exitCode, 1);
    EXPECT_FALSE(synced.err.contains(u"keychain"_s)) << synced.err.toStdString();

    Database db = Workspace::openForReading(m_workspace);
    const std::int64_t id = Accounts::list(db).at(0).id;
    ASSERT_EQ(cli({u"account"_s, u"remove"_s, QString::number(id)}, {}, noBus).exitCode, 0);
    EXPECT_TRUE(filesHolding(nowhere.path(), "tok-file-3c9e").isEmpty());
}

TEST_F(AccountsCli, ListenEndsCleanlyOnSigterm)
{
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    QProcess listener;
    listener.setProcessEnvironment(privateKeyring().environment());
    listener.start(QStringLiteral(EARSHOT_CLI), {u"--workspace"_s, m_workspace, u"listen"_s});
    ASSERT_TRUE(listener.waitForStarted(10000));
    QByteArray said;
    while (!said.contains("Listening;") && listener.waitForReadyRead(60000))
        said += listener.readAllStandardOutput();
    ASSERT_TRUE(said.contains("Listening;")) << said.toStdString();
    ::kill(pid_t(listener.processId()), SIGTERM);
    ASSERT_TRUE(listener.waitForFinished(60000));
    EXPECT_EQ(listener.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(listener.exitCode(), 0) << listener.readAllStandardError().toStdString();
    said += listener.readAllStandardOutput();
    EXPECT_TRUE(said.contains("Stopped.")) << said.toStdString();
    // Whole: SQLite's check passes, and every cursor stands beside the mentions it brought.
    Database db = Workspace::openForReading(m_workspace);
    Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.toString(0), u"ok"_s);
}

// X is paid per use: the admin sets a monthly cap, and the list says what each X account cost.
TEST_F(AccountsCli, AnXAccountShowsItsSpendAndTakesAMonthlyCap)
{
    ASSERT_EQ(cli({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
                   u"--handle"_s, u"brand"_s},
                  "tok-cap\n")
                  .exitCode,
              0);
    ASSERT_EQ(add(u"mastodon"_s, u"fernline"_s, "tok-m").exitCode, 0);
    Database db = Workspace::openForReading(m_workspace);
    const auto accounts = Accounts::list(db);
    ASSERT_EQ(accounts.size(), 2u);
    const std::int64_t x = accounts.at(0).platform == u"x" ? accounts.at(0).id : accounts.at(1).id;
    const std::int64_t mastodon = x == accounts.at(0).id ? accounts.at(1).id : accounts.at(0).id;

    const ProcessResult capped = cli({u"account"_s, u"x-cap"_s, QString::number(x), u"25"_s});
    ASSERT_EQ(capped.exitCode, 0) << capped.err.toStdString();
    const ProcessResult listed = cli({u"account"_s, u"list"_s});
    EXPECT_TRUE(listed.out.contains(
        u"X spend (estimated): today $0.00, this month $0.00; monthly cap: $25.00"_s))
        << listed.out.toStdString();
    const ProcessResult json = cli({u"account"_s, u"list"_s, u"--json"_s});
    EXPECT_TRUE(json.out.contains(u"\"x_spending_cap_usd\":25.0"_s)) << json.out.toStdString();

    const ProcessResult notX = cli({u"account"_s, u"x-cap"_s, QString::number(mastodon), u"5"_s});
    EXPECT_EQ(notX.exitCode, 1);
    EXPECT_TRUE(notX.err.contains(u"is not on X"_s)) << notX.err.toStdString();
    EXPECT_EQ(cli({u"account"_s, u"x-cap"_s, QString::number(x), u"lots"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"account"_s, u"x-cap"_s, QString::number(x), u"none"_s}).exitCode, 0);
    EXPECT_TRUE(cli({u"account"_s, u"list"_s}).out.contains(u"monthly cap: none"_s));
}

// Listening terms from the command line: added (a word, a #hashtag on one network), refused in
// words (several words without quotes, the same term twice, a network that cannot search),
// listed with what each heard, and removed while what it heard stays.
TEST_F(AccountsCli, ListeningTermsAreAddedListedAndRemoved)
{
    Workspace::openForWriting(m_workspace);
    const ProcessResult word = cli({u"listen-terms"_s, u"add"_s, u"fernline"_s});
    ASSERT_EQ(word.exitCode, 0) << word.err.toStdString();
    EXPECT_TRUE(word.out.contains(u"Listening for fernline on every network (term 1)"_s))
        << word.out.toStdString();
    const ProcessResult tag =
        cli({u"listen-terms"_s, u"add"_s, u"#fernline"_s, u"--network"_s, u"x"_s});
    ASSERT_EQ(tag.exitCode, 0) << tag.err.toStdString();
    EXPECT_TRUE(tag.out.contains(u"#fernline on X (term 2)"_s)) << tag.out.toStdString();

    const ProcessResult words = cli({u"listen-terms"_s, u"add"_s, u"late delivery"_s});
    EXPECT_EQ(words.exitCode, 1);
    EXPECT_TRUE(words.err.contains(u"\"late delivery\""_s)) << words.err.toStdString();
    const ProcessResult twice = cli({u"listen-terms"_s, u"add"_s, u"FERNLINE"_s});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(u"already"_s)) << twice.err.toStdString();
    EXPECT_EQ(cli({u"listen-terms"_s, u"add"_s, u"x"_s, u"--network"_s, u"simulation"_s}).exitCode,
              2);

    // A post the word's search heard.
    {
        Database db = Workspace::openForWriting(m_workspace);
        Mention m;
        m.platform = u"mastodon"_s;
        m.id = u"https://far.example/users/gil/statuses/1"_s;
        m.createdAtMs = 1'765'000'000'000;
        m.text = u"my fernline boots\nare great"_s;
        m.author.id = u"https://far.example/users/gil"_s;
        m.author.handle = u"gil@far.example"_s;
        m.listeningTermId = 1;
        IngestBatch batch;
        batch.mentions.push_back(m);
        Ingestor(db).ingest(batch);
    }
    const ProcessResult listed = cli({u"listen-terms"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"1  fernline  every network  heard: 1, the last at "_s))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(u"my fernline boots are great"_s)) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(u"2  #fernline  X  nothing heard yet"_s))
        << listed.out.toStdString();
    const ProcessResult json = cli({u"listen-terms"_s, u"list"_s, u"--json"_s});
    EXPECT_TRUE(json.out.contains(u"\"term\":\"fernline\""_s)) << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(u"\"heard\":1"_s)) << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(u"\"network\":\"x\""_s)) << json.out.toStdString();

    const ProcessResult removed = cli({u"listen-terms"_s, u"remove"_s, u"1"_s});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(cli({u"listen-terms"_s, u"list"_s}).out.contains(u"  fernline  "_s));
    EXPECT_EQ(cli({u"listen-terms"_s, u"remove"_s, u"1"_s}).exitCode, 1);
    EXPECT_EQ(cli({u"listen-terms"_s, u"remove"_s, u"one"_s}).exitCode, 2);
    EXPECT_EQ(Workspace::openForReading(m_workspace).queryInt("SELECT count(*) FROM mentions"), 1)
        << "what the term heard stays";
}

// X's listening searches get a daily budget of their own.
TEST_F(AccountsCli, AnXAccountTakesADailySearchBudget)
{
    ASSERT_EQ(cli({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
                   u"--handle"_s, u"brand"_s},
                  "tok-budget\n")
                  .exitCode,
              0);
    ASSERT_EQ(add(u"mastodon"_s, u"fernline"_s, "tok-m").exitCode, 0);
    Database db = Workspace::openForReading(m_workspace);
    const auto accounts = Accounts::list(db);
    ASSERT_EQ(accounts.size(), 2u);
    const std::int64_t x = accounts.at(0).platform == u"x" ? accounts.at(0).id : accounts.at(1).id;
    const std::int64_t mastodon = x == accounts.at(0).id ? accounts.at(1).id : accounts.at(0).id;

    const ProcessResult set = cli({u"account"_s, u"x-search-budget"_s, QString::number(x), u"2"_s});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(u"daily search budget: $2.00"_s)) << set.out.toStdString();
    EXPECT_TRUE(cli({u"account"_s, u"list"_s}).out.contains(u"daily search budget: $2.00"_s));
    EXPECT_EQ(xSearchBudget(db, x), std::optional<double>(2.0));

    const ProcessResult notX =
        cli({u"account"_s, u"x-search-budget"_s, QString::number(mastodon), u"1"_s});
    EXPECT_EQ(notX.exitCode, 1);
    EXPECT_TRUE(notX.err.contains(u"is not on X"_s)) << notX.err.toStdString();
    EXPECT_EQ(cli({u"account"_s, u"x-search-budget"_s, QString::number(x), u"lots"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"account"_s, u"x-search-budget"_s, QString::number(x), u"none"_s}).exitCode, 0);
    EXPECT_TRUE(cli({u"account"_s, u"list"_s}).out.contains(u"daily search budget: none"_s));
}

TEST_F(AccountsCli, AnXAccountWhoseSearchBudgetIsSpentShowsAPauseNotAProblem)
{
    ASSERT_EQ(cli({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
                   u"--handle"_s, u"brand"_s},
                  "tok-budget\n")
                  .exitCode,
              0);
    ASSERT_EQ(cli({u"account"_s, u"x-search-budget"_s, u"1"_s, u"0.01"_s}).exitCode, 0);
    EXPECT_FALSE(cli({u"account"_s, u"list"_s}).out.contains(u"search paused"_s))
        << "nothing spent yet";
    {
        // Two posts read by search today: $0.01 at X's default price, the whole budget.
        Database db = Workspace::openForWriting(m_workspace);
        Statement spent(db, "INSERT INTO x_usage (account_id, day, posts_read, search_posts_read) "
                            "VALUES (1, ?, 2, 2)");
        spent.bind(1, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)).run();
    }
    const ProcessResult listed = cli({u"account"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"search paused until 00:00 UTC (daily budget)"_s))
        << listed.out.toStdString();
    EXPECT_FALSE(listed.out.contains(u"last error"_s)) << listed.out.toStdString();
    const ProcessResult json = cli({u"account"_s, u"list"_s, u"--json"_s});
    const nlohmann::json line = nlohmann::json::parse(json.out.toStdString());
    EXPECT_TRUE(QString::fromStdString(line.value("x_search_paused_until", ""))
                    .endsWith(u"T00:00:00.000Z"_s))
        << json.out.toStdString();
    EXPECT_EQ(line.value("last_error", "?"), "");
}
