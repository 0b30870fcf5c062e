// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;

namespace earshot {

class BrowserSignIn;
struct SignInResult;

// While a browser sign-in runs: says what is happening ("Waiting for you to approve Earshot in
// the browser..."), with the address in case the browser did not open, and a Cancel button that
// ends the sign-in. Starts the sign-in it is given and closes itself when it ends; `done` gets
// the result. The browser is opened by QDesktopServices::openUrl unless a test hands its own
// opener (which then plays the browser over real HTTP).
class SignInWaitDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWaitDialog)

public:
    using Opener = std::function<void(const QUrl &url)>;
    using Done = std::function<void(const SignInResult &result)>;

    SignInWaitDialog(BrowserSignIn *signIn, const QString &title, Opener opener, Done done,
                     QWidget *parent = nullptr);

private:
    BrowserSignIn *m_signIn;
    QLabel *m_text;
    QLabel *m_address;
};

} // namespace earshot
