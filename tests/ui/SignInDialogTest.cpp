// SPDX-License-Identifier: Apache-2.0
// Settings > Accounts > Sign in with browser, under offscreen: the real dialog, session, network
// loop and loopback listener against the fixture instance on 127.0.0.1. Only the "open the
// browser" step is the test's own: it GETs the authorize page and follows the redirect, as a
// browser would.
#include "OAuthFixture.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "dialogs/AccountsDialog.h"
#include "secrets/SecretStore.h"
#include "session/SessionAccounts.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <future>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

QString keychainSecret(const QString &path, const QString &platform, const QString &handle)
{
    Database db = Workspace::openForReading(path);
    SecretStore secrets;
    return secrets
        .readNow(SecretPlace::Keychain,
                 Accounts::secretKey(Accounts::workspaceId(db), platform, handle))
        .secret;
}

void startSignIn(AccountsDialog &dialog, const QString &server)
{
    dialog.findChild<QPushButton *>(u"signInWithBrowser"_s)->click();
    auto *form = dialog.findChild<QDialog *>(u"signInForm"_s);
    ASSERT_NE(form, nullptr);
    auto *network = form->findChild<QComboBox *>(u"signInNetwork"_s);
    network->setCurrentIndex(network->findData(u"mastodon"_s));
    QTest::keyClicks(form->findChild<QLineEdit *>(u"signInBaseUrl"_s), server);
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST(SignInDialog, SignsInWithTheBrowserAndTheAccountAppearsWithItsHandle)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    OAuthFixture fixture;
    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    WorkspaceSession session(path);
    AccountsDialog dialog(session.accounts());
    std::future<BrowserVisit> browsed;
    QString waitingText;
    dialog.setBrowserOpener([&](const QUrl &url) {
        // What the person sees while the browser is open.
        if (auto *text = dialog.findChild<QLabel *>(u"signInWaitText"_s))
            waitingText = text->text();
        browsed = std::async(std::launch::async, [url] { return visitAsBrowser(url); });
    });
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(u"accountsTable"_s);
    auto *status = dialog.findChild<QLabel *>(u"accountsStatus"_s);

    startSignIn(dialog, fixture.url(u""_s).toString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 30000))
        << status->text().toStdString();
    EXPECT_EQ(waitingText, u"Waiting for you to approve Earshot in the browser..."_s);
    EXPECT_EQ(table->item(0, 0)->text(), u"Mastodon"_s);
    EXPECT_EQ(table->item(0, 1)->text(), u"@fernline"_s);
    EXPECT_TRUE(status->text().contains(u"Signed in as @fernline"_s))
        << status->text().toStdString();
    ASSERT_TRUE(browsed.valid());
    EXPECT_EQ(browsed.get().callbackStatus, 200);
    EXPECT_EQ(keychainSecret(path, u"mastodon"_s, u"fernline"_s),
              QString::fromLatin1(OAuthFixture::mastodonToken));
    EXPECT_EQ(dialog.findChild<QDialog *>(u"signInWait"_s), nullptr);
}

TEST(SignInDialog, CancelWhileWaitingEndsTheSignInAndAddsNothing)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    OAuthFixture fixture;
    TempFolder folder;
    WorkspaceSession session(folder.path(u"w.earshot"_s));
    AccountsDialog dialog(session.accounts());
    bool opened = false;
    dialog.setBrowserOpener([&](const QUrl &) { opened = true; }); // the person never approves
    dialog.show();
    auto *status = dialog.findChild<QLabel *>(u"accountsStatus"_s);

    startSignIn(dialog, fixture.url(u""_s).toString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened; }, 30000)) << status->text().toStdString();
    auto *wait = dialog.findChild<QDialog *>(u"signInWait"_s);
    ASSERT_NE(wait, nullptr);
    EXPECT_TRUE(
        wait->findChild<QLabel *>(u"signInAddress"_s)->text().contains(u"/oauth/authorize"_s));
    wait->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(u"cancelled"_s); }, 20000))
        << status->text().toStdString();
    EXPECT_EQ(dialog.findChild<QTableWidget *>(u"accountsTable"_s)->rowCount(), 0);
    EXPECT_TRUE(fixture.seen().tokenForms.empty());
}
