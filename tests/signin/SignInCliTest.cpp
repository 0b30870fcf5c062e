// SPDX-License-Identifier: Apache-2.0
// earshot-cli account add --sign-in and account reauth, end to end: the real binary, the fixture
// as the network, this test as the browser, a private GNOME Keyring. Tokens, refresh tokens and
// the client secret end in the keychain and nowhere else.
#include "OAuthFixture.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "platforms/x/XTokens.h"
#include "secrets/SecretStore.h"
#include "signin/BrowserSignIn.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

class SignInCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        m_workspace = m_folder.path(u"w.earshot"_s);
    }

    QStringList withWorkspace(QStringList arguments) const
    {
        return QStringList{u"--workspace"_s, m_workspace} + arguments;
    }

    // Runs earshot-cli, and plays the browser with the address it prints.
    ProcessResult signIn(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(privateKeyring().environment());
        process.start(QStringLiteral(EARSHOT_CLI), withWorkspace(arguments));
        EXPECT_TRUE(process.waitForStarted(10'000));
        process.closeWriteChannel();
        QByteArray out;
        QUrl authorize;
        while (authorize.isEmpty() && process.state() == QProcess::Running) {
            process.waitForReadyRead(1'000);
            out += process.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("http://127.0.0.1"))
                    authorize = QUrl(QString::fromLatin1(line.trimmed()));
        }
        if (!authorize.isEmpty())
            visit = visitAsBrowser(authorize);
        EXPECT_TRUE(process.waitForFinished(60'000));
        ProcessResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(out + process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

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

    void expectOnlyInTheKeychain(const QByteArray &secret, const ProcessResult &run)
    {
        EXPECT_EQ(filesHolding(m_folder.path(u""_s), secret), QStringList{}) << secret.data();
        // The settings and log files of earshot-cli are under the test's home; GNOME Keyring's
        // file there is encrypted.
        EXPECT_EQ(filesHolding(privateKeyring().home(), secret), QStringList{}) << secret.data();
        EXPECT_FALSE(run.out.contains(QString::fromLatin1(secret))) << secret.data();
        EXPECT_FALSE(run.err.contains(QString::fromLatin1(secret))) << secret.data();
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

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
        return probe.serverPort();
    }

    OAuthFixture fixture;
    BrowserVisit visit;
    TempFolder m_folder;
    QString m_workspace;
};

} // namespace

TEST_F(SignInCli, MastodonSignInAddsTheAccountWithItsTokenInTheKeychainOnly)
{
    const ProcessResult added = signIn({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s,
                                        fixture.url(u""_s).toString(), u"--sign-in"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString() << added.out.toStdString();
    EXPECT_EQ(visit.callbackStatus, 200);
    EXPECT_TRUE(added.out.contains(u"@fernline"_s)) << added.out.toStdString();
    EXPECT_EQ(secretOf(u"mastodon"_s, u"fernline"_s),
              QString::fromLatin1(OAuthFixture::mastodonToken));

    const ProcessResult listed =
        runCli(withWorkspace({u"account"_s, u"list"_s}), {}, privateKeyring().environment());
    EXPECT_TRUE(listed.out.contains(u"mastodon  @fernline"_s)) << listed.out.toStdString();

    expectOnlyInTheKeychain(OAuthFixture::mastodonToken, added);
    expectOnlyInTheKeychain(OAuthFixture::mastodonClientSecret, added);

    // Re-authenticating takes the same flow and keeps the same (registered) app.
    const ProcessResult again = signIn({u"account"_s, u"reauth"_s, u"1"_s, u"--sign-in"_s});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(fixture.seen().appsRegistered, 1);
    EXPECT_EQ(fixture.seen().tokenForms.size(), 2u);
}

TEST_F(SignInCli, ADeniedSignInAddsNothingAndSaysWhy)
{
    fixture.setApproval(OAuthFixture::Approval::Deny);
    const ProcessResult added = signIn({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s,
                                        fixture.url(u""_s).toString(), u"--sign-in"_s});
    EXPECT_EQ(added.exitCode, 1);
    EXPECT_TRUE(added.err.contains(u"denied"_s)) << added.err.toStdString();
    Database db = Workspace::openForReading(m_workspace);
    EXPECT_TRUE(Accounts::list(db).empty());
}

TEST_F(SignInCli, XSignInThenSyncRenewsTheRefusedTokenAndKeepsTheNewOne)
{
    {
        Database db = Workspace::openForWriting(m_workspace);
        WorkspaceSettings::save(db, SignInSettings::xAuthorizeUrl,
                                fixture.url(u"/i/oauth2/authorize"_s).toString());
        WorkspaceSettings::save(db, SignInSettings::xTokenUrl,
                                fixture.url(u"/2/oauth2/token"_s).toString());
    }
    const ProcessResult added =
        signIn({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s, fixture.url(u""_s).toString(),
                u"--sign-in"_s, u"--client-id"_s, QString::fromLatin1(OAuthFixture::xClientId),
                u"--redirect-port"_s, QString::number(freePort())});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString() << added.out.toStdString();
    const XTokens first = XTokens::fromSecret(secretOf(u"x"_s, u"fernline_x"_s));
    EXPECT_EQ(first.accessToken, QString::fromLatin1(OAuthFixture::xAccessToken1));
    EXPECT_EQ(first.refreshToken, QString::fromLatin1(OAuthFixture::xRefreshToken1));

    // Two hours later X refuses the access token: the sync renews it and reads on.
    fixture.expireXAccessToken();
    const ProcessResult synced =
        runCli(withWorkspace({u"sync"_s}), {}, privateKeyring().environment());
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString() << synced.out.toStdString();
    {
        Database db = Workspace::openForReading(m_workspace);
        Statement count(db, "SELECT count(*) FROM mentions");
        ASSERT_TRUE(count.step());
        EXPECT_EQ(count.toInt(0), 1);
    }
    const OAuthFixture::Seen seen = fixture.seen();
    ASSERT_FALSE(seen.bearers.empty());
    EXPECT_EQ(seen.bearers.back(), OAuthFixture::xAccessToken2);
    const XTokens kept = XTokens::fromSecret(secretOf(u"x"_s, u"fernline_x"_s));
    EXPECT_EQ(kept.accessToken, QString::fromLatin1(OAuthFixture::xAccessToken2));
    EXPECT_EQ(kept.refreshToken, QString::fromLatin1(OAuthFixture::xRefreshToken2));

    for (const char *secret : {OAuthFixture::xAccessToken1, OAuthFixture::xRefreshToken1,
                               OAuthFixture::xAccessToken2, OAuthFixture::xRefreshToken2}) {
        expectOnlyInTheKeychain(secret, added);
        expectOnlyInTheKeychain(secret, synced);
    }
}
