// SPDX-License-Identifier: Apache-2.0
// An account that usually hears something and has gone quiet is called silent: in the workspace's
// reading (AccountSilences), in an open session's accounts and status, and in earshot-cli.
#include "accounts/AccountSilence.h"
#include "FixtureNetwork.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "ingest/Ingestor.h"
#include "secrets/SecretStore.h"
#include "session/SessionAccounts.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t hour = 3'600'000;
constexpr std::int64_t day = 24 * hour;

class AccountSilenceTest : public ::testing::Test {
protected:
    void SetUp() override { path = folder.path(u"w.earshot"_s); }

    // A connected account "brand" on `platform`, its token in the keychain.
    std::int64_t connect(const QString &platform, const QString &baseUrl = u"http://127.0.0.1:9"_s)
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
        EXPECT_TRUE(secrets
                        .writeNow(SecretPlace::Keychain,
                                  Accounts::secretKey(workspaceId, platform, u"brand"_s),
                                  u"tok-silence"_s)
                        .ok());
        return id;
    }

    // One post heard on the account at each of `times`, as a connector's batch writes them.
    void hear(const QString &platform, const std::vector<std::int64_t> &times)
    {
        Database db = Workspace::openForWriting(path);
        Ingestor ingestor(db);
        IngestBatch batch;
        for (const std::int64_t at : times) {
            Mention m;
            m.platform = platform;
            m.id = u"post-%1"_s.arg(++posts);
            m.createdAtMs = at;
            m.text = u"Is the outage over yet?"_s;
            m.author.id = u"p%1"_s.arg(posts);
            m.author.handle = u"person%1"_s.arg(posts);
            m.account = u"brand"_s;
            batch.mentions.push_back(m);
        }
        ingestor.ingest(batch);
    }

    // Something on each of `days` days, the newest `quietFor` before `now`.
    void hearDaily(const QString &platform, int days, std::int64_t now, std::int64_t quietFor)
    {
        std::vector<std::int64_t> times;
        for (int d = 0; d < days; ++d)
            times.push_back(now - quietFor - d * day);
        hear(platform, times);
    }

    TempFolder folder;
    QString path;
    int posts = 0;
};

} // namespace

TEST_F(AccountSilenceTest, AnAccountThatUsuallyHearsSomethingIsSilentPastItsThreshold)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    const std::int64_t id = connect(u"mastodon"_s);
    const std::int64_t now = 1'800'000'000'000;
    hearDaily(u"mastodon"_s, 6, now, 13 * hour);

    Database db = Workspace::openForWriting(path);
    AccountSilence silence = AccountSilences::read(db, id, now);
    EXPECT_EQ(silence.thresholdHours, AccountSilence::defaultThresholdHours);
    EXPECT_EQ(silence.daysHeard, 6);
    EXPECT_EQ(silence.lastHeardMs, now - 13 * hour);
    EXPECT_TRUE(silence.alert);
    EXPECT_EQ(silence.inWords(now),
              u"Silent for 13 h, though it heard something on 6 of the 14 days before"_s);

    // Under its threshold it is not silent yet; with the alert off, never.
    EXPECT_FALSE(AccountSilences::read(db, id, now - 2 * hour).alert);
    AccountSilences::saveThresholdHours(db, id, 24);
    EXPECT_FALSE(AccountSilences::read(db, id, now).alert);
    EXPECT_TRUE(AccountSilences::read(db, id, now + 12 * hour).alert);
    AccountSilences::saveThresholdHours(db, id, std::nullopt);
    EXPECT_FALSE(AccountSilences::read(db, id, now + 30 * day).alert);
    EXPECT_TRUE(AccountSilences::read(db, id, now + 30 * day).inWords(now).isEmpty());
}

TEST_F(AccountSilenceTest, AnAccountThatRarelyHearsAnythingIsNeverCalledSilent)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    const std::int64_t id = connect(u"mastodon"_s);
    const std::int64_t now = 1'800'000'000'000;
    // Many posts, but on three days only: a quiet account, not a broken one.
    hear(u"mastodon"_s,
         {now - 20 * hour, now - 20 * hour + 1, now - 20 * hour + 2, now - 3 * day, now - 9 * day});
    Database db = Workspace::openForReading(path);
    const AccountSilence silence = AccountSilences::read(db, id, now);
    EXPECT_EQ(silence.daysHeard, 3);
    EXPECT_FALSE(silence.alert);
    // And one never heard at all is new, not silent.
    const std::int64_t fresh = connect(u"bluesky"_s);
    EXPECT_FALSE(AccountSilences::read(db, fresh, now).alert);
}

// What an admin sees: the open window's session counts it among the accounts that need
// attention, and Settings > Accounts shows the words (from SessionAccount::silence).
TEST_F(AccountSilenceTest, AnOpenSessionCountsASilentAccountAsNeedingAttention)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    registerFixtureNetwork(u"x"_s);
    const std::int64_t id = connect(u"x"_s);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    hearDaily(u"x"_s, 8, now, 15 * hour);

    WorkspaceSession session(path);
    if (!session.accounts()->isReady()) {
        QSignalSpy ready(session.accounts(), &SessionAccounts::ready);
        ASSERT_TRUE(ready.wait(30000));
    }
    const SessionAccount *account = session.accounts()->account(id);
    ASSERT_NE(account, nullptr);
    EXPECT_TRUE(account->problem.isEmpty()) << account->problem.toStdString();
    EXPECT_TRUE(account->silence.startsWith(u"Silent for 15 h"_s))
        << account->silence.toStdString();
    EXPECT_EQ(session.needsAttention().accounts, 1);
}

TEST_F(AccountSilenceTest, TheCommandLineSetsTheThresholdAndListsTheSilentOnes)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    const std::int64_t id = connect(u"mastodon"_s);
    hearDaily(u"mastodon"_s, 5, QDateTime::currentMSecsSinceEpoch(), 30 * hour);
    const auto cli = [this](QStringList arguments) {
        arguments.prepend(path);
        arguments.prepend(u"--workspace"_s);
        return runCli(arguments, {}, privateKeyring().environment());
    };
    const ProcessResult listed = cli({u"account"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"Silent for 30 h"_s)) << listed.out.toStdString();

    const ProcessResult set = cli({u"account"_s, u"silence"_s, QString::number(id), u"48"_s});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const ProcessResult json = cli({u"account"_s, u"list"_s, u"--json"_s});
    EXPECT_TRUE(json.out.contains(u"\"silence_alert_hours\":48"_s)) << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(u"\"silent\":false"_s)) << json.out.toStdString();

    EXPECT_EQ(cli({u"account"_s, u"silence"_s, QString::number(id), u"soon"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"account"_s, u"silence"_s, u"99"_s, u"5"_s}).exitCode, 1);
    ASSERT_EQ(cli({u"account"_s, u"silence"_s, QString::number(id), u"off"_s}).exitCode, 0);
    EXPECT_TRUE(cli({u"account"_s, u"list"_s, u"--json"_s})
                    .out.contains(u"\"silence_alert_hours\":null"_s));
}
