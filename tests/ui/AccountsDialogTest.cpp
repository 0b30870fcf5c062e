// SPDX-License-Identifier: Apache-2.0
// Settings > Accounts: adding an account (its token to a real Secret Service, a private GNOME
// Keyring on a private bus), giving it a new token, and removing it after the question.
#include "DemoWindowFixture.h"
#include "PrivateKeyring.h"

#include "accounts/Accounts.h"
#include "dialogs/AccountsDialog.h"
#include "secrets/SecretStore.h"
#include "session/SessionAccounts.h"
#include "store/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

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

// Presses OK on the form the dialog opened.
void accept(QDialog *form)
{
    auto *buttons = form->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST(AccountsDialog, AddsReauthenticatesAndRemovesAnAccountThroughTheKeychain)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    WorkspaceSession session(path);
    AccountsDialog dialog(session.accounts());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(u"accountsTable"_s);
    auto *status = dialog.findChild<QLabel *>(u"accountsStatus"_s);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 0);

    dialog.findChild<QPushButton *>(u"addAccount"_s)->click();
    auto *form = dialog.findChild<QDialog *>(u"addAccountForm"_s);
    ASSERT_NE(form, nullptr);
    auto *network = form->findChild<QComboBox *>(u"accountNetwork"_s);
    network->setCurrentIndex(network->findData(u"mastodon"_s));
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountBaseUrl"_s), u"https://m.example"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountHandle"_s), u"@fernline"_s);
    auto *secret = form->findChild<QLineEdit *>(u"accountSecret"_s);
    EXPECT_EQ(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, u"ui-token-41c7"_s);
    accept(form);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 20000))
        << status->text().toStdString();
    EXPECT_EQ(table->item(0, 0)->text(), u"Mastodon"_s);
    EXPECT_EQ(table->item(0, 1)->text(), u"@fernline"_s);
    EXPECT_EQ(table->item(0, 2)->text(), u"https://m.example"_s);
    EXPECT_TRUE(status->text().contains(u"keychain"_s)) << status->text().toStdString();
    EXPECT_EQ(keychainSecret(path, u"mastodon"_s, u"fernline"_s), u"ui-token-41c7"_s);

    // A plain http server elsewhere is refused, in words.
    dialog.findChild<QPushButton *>(u"addAccount"_s)->click();
    form = dialog.findChild<QDialog *>(u"addAccountForm"_s);
    ASSERT_NE(form, nullptr);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountBaseUrl"_s), u"http://x.example"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountHandle"_s), u"other"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountSecret"_s), u"t"_s);
    accept(form);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(u"plain http"_s); }, 20000))
        << status->text().toStdString();
    EXPECT_EQ(table->rowCount(), 1);

    table->selectRow(0);
    dialog.findChild<QPushButton *>(u"reauthenticateAccount"_s)->click();
    auto *again = dialog.findChild<QDialog *>(u"reauthenticateForm"_s);
    ASSERT_NE(again, nullptr);
    QTest::keyClicks(again->findChild<QLineEdit *>(u"accountSecret"_s), u"ui-token-new"_s);
    accept(again);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return keychainSecret(path, u"mastodon"_s, u"fernline"_s) == u"ui-token-new"; },
        20000));

    table->selectRow(0);
    dialog.findChild<QPushButton *>(u"removeAccount"_s)->click();
    auto *question = dialog.findChild<QMessageBox *>(u"removeAccountQuestion"_s);
    ASSERT_NE(question, nullptr);
    EXPECT_EQ(question->defaultButton(), question->button(QMessageBox::Cancel));
    QPushButton *remove = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == u"Remove")
            remove = qobject_cast<QPushButton *>(button);
    }
    ASSERT_NE(remove, nullptr);
    remove->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 0; }, 20000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return keychainSecret(path, u"mastodon"_s, u"fernline"_s).isEmpty(); }, 20000));
    Database db = Workspace::openForReading(path);
    EXPECT_TRUE(Accounts::list(db).empty());
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM accounts WHERE handle = 'fernline'"), 1);
}

TEST_F(DemoWindowFixture, SettingsMenuOpensTheAccounts)
{
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text() == u"&Accounts...")
                action->trigger();
        }
    }
    auto *dialog = window->findChild<AccountsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QTableWidget *>(u"accountsTable"_s)->rowCount(), 0);
}

TEST(AccountsDialog, ABlueskyAccountTakesItsAppViewAndChatServiceAndShowsThemToChange)
{
    ASSERT_TRUE(privateKeyring().problem().isEmpty()) << privateKeyring().problem().toStdString();
    TempFolder folder;
    const QString path = folder.path(u"w.earshot"_s);
    WorkspaceSession session(path);
    AccountsDialog dialog(session.accounts());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(u"accountsTable"_s);
    auto *status = dialog.findChild<QLabel *>(u"accountsStatus"_s);

    dialog.findChild<QPushButton *>(u"addAccount"_s)->click();
    auto *form = dialog.findChild<QDialog *>(u"addAccountForm"_s);
    ASSERT_NE(form, nullptr);
    auto *network = form->findChild<QComboBox *>(u"accountNetwork"_s);
    auto *appView = form->findChild<QLineEdit *>(u"accountAppView"_s);
    auto *chat = form->findChild<QLineEdit *>(u"accountChatService"_s);
    ASSERT_NE(appView, nullptr);
    ASSERT_NE(chat, nullptr);
    network->setCurrentIndex(network->findData(u"mastodon"_s));
    EXPECT_FALSE(appView->isVisibleTo(form)) << "only Bluesky has them";
    network->setCurrentIndex(network->findData(u"bluesky"_s));
    EXPECT_TRUE(appView->isVisibleTo(form));
    EXPECT_TRUE(chat->isVisibleTo(form));
    // Bluesky's own, shown where the fields are left empty.
    EXPECT_TRUE(appView->placeholderText().contains(u"https://api.bsky.app"_s));
    EXPECT_EQ(chat->placeholderText(), u"did:web:api.bsky.chat#bsky_chat"_s);
    // A PDS on this computer's discard port: nothing leaves the machine.
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountBaseUrl"_s), u"http://127.0.0.1:9"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountHandle"_s), u"brand.example.com"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"accountSecret"_s), u"app-pass-word"_s);
    QTest::keyClicks(appView, u"http://127.0.0.1:9/"_s);
    QTest::keyClicks(chat, u"did:web:chat.care.example#care_chat"_s);
    accept(form);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 20000))
        << status->text().toStdString();
    {
        Database db = Workspace::openForReading(path);
        const auto stored = Accounts::list(db);
        ASSERT_EQ(stored.size(), 1u);
        EXPECT_EQ(stored[0].services.appViewUrl, u"http://127.0.0.1:9"_s);
        EXPECT_EQ(stored[0].services.chatService, u"did:web:chat.care.example#care_chat"_s);
    }
    EXPECT_TRUE(table->item(0, 2)->text().contains(u"AppView http://127.0.0.1:9"_s))
        << table->item(0, 2)->text().toStdString();

    auto *services = dialog.findChild<QPushButton *>(u"blueskyServices"_s);
    ASSERT_NE(services, nullptr);
    table->clearSelection();
    EXPECT_FALSE(services->isEnabled());
    table->selectRow(0);
    ASSERT_TRUE(services->isEnabled());
    services->click();
    auto *edit = dialog.findChild<QDialog *>(u"servicesForm"_s);
    ASSERT_NE(edit, nullptr);
    auto *editAppView = edit->findChild<QLineEdit *>(u"accountAppView"_s);
    auto *editChat = edit->findChild<QLineEdit *>(u"accountChatService"_s);
    EXPECT_EQ(editAppView->text(), u"http://127.0.0.1:9"_s);
    EXPECT_EQ(editChat->text(), u"did:web:chat.care.example#care_chat"_s);
    editAppView->clear(); // back to Bluesky's own
    editChat->clear();
    QTest::keyClicks(editChat, u"did:web:other.example#chat"_s);
    accept(edit);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            Database db = Workspace::openForReading(path);
            const auto stored = Accounts::list(db);
            return stored.size() == 1 && stored[0].services.appViewUrl.isEmpty()
                   && stored[0].services.chatService == u"did:web:other.example#chat";
        },
        20000))
        << status->text().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !table->item(0, 2)->text().contains(u"AppView"_s); }, 20000));

    // Plain http elsewhere is refused in words, and nothing changes.
    table->selectRow(0);
    services->click();
    edit = dialog.findChild<QDialog *>(u"servicesForm"_s);
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit->findChild<QLineEdit *>(u"accountAppView"_s),
                     u"http://appview.example"_s);
    accept(edit);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(u"plain http"_s); }, 20000))
        << status->text().toStdString();
    Database db = Workspace::openForReading(path);
    EXPECT_TRUE(Accounts::list(db)[0].services.appViewUrl.isEmpty());
}
