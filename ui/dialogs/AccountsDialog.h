// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <QUrl>

#include <cstdint>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace earshot {

class SessionAccounts;
struct SessionAccount;

// Settings > Accounts: the workspace's connected accounts with their network, handle, server and
// health (last success, last error in words, paused until); adding one (its token or app
// password goes to the keychain, never the workspace), removing one (asked first; what was heard
// stays), and giving one a new token. Everything goes through the session's SessionAccounts.
class AccountsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(SessionAccounts *accounts, QWidget *parent = nullptr);

    // The add and re-authenticate forms (also for tests, which fill them in).
    void showAddForm();
    void showReauthenticateForm();
    // Bluesky's AppView and chat service of the selected account, to see and change.
    void showServicesForm();
    void askToRemove();
    // "Sign in with browser...": the network and server, then the browser sign-in.
    void showSignInForm();
    // The browser sign-in for the selected account (Mastodon and X).
    void reauthenticateWithBrowser();
    // What opens the browser (QDesktopServices::openUrl unless set; tests play the browser).
    void setBrowserOpener(std::function<void(const QUrl &)> opener)
    {
        m_openBrowser = std::move(opener);
    }

private:
    void refresh();
    void enableSelectionButtons();
    QString spendText(std::int64_t id) const;
    QString pauseText(const SessionAccount &account) const;
    std::int64_t selectedId() const;
    void showOutcome(const QString &problem, const QString &success);
    void signIn(const QString &platform, const QString &baseUrl, std::int64_t reauthenticateId);

    SessionAccounts *m_accounts;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_remove;
    QPushButton *m_reauthenticate;
    QPushButton *m_services;
    std::function<void(const QUrl &)> m_openBrowser;
};

} // namespace earshot
