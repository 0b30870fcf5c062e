// SPDX-License-Identifier: Apache-2.0
#include "dialogs/SignInWaitDialog.h"

#include "signin/BrowserSignIn.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

SignInWaitDialog::SignInWaitDialog(BrowserSignIn *signIn, const QString &title, Opener opener,
                                   Done done, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_text(new QLabel(this))
    , m_address(new QLabel(this))
{
    setObjectName(u"signInWait"_s);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setParent(this);
    m_text->setObjectName(u"signInWaitText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(tr("Starting the sign-in..."));
    m_address->setObjectName(u"signInAddress"_s);
    m_address->setTextFormat(Qt::PlainText);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_address);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, m_signIn, &BrowserSignIn::cancel);
    connect(m_signIn, &BrowserSignIn::progress, m_text, &QLabel::setText);
    if (!opener)
        opener = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    connect(m_signIn, &BrowserSignIn::openBrowser, this, [this, opener](const QUrl &url) {
        m_address->setText(tr("If no browser opened, open this address:\n%1")
                               .arg(url.toString(QUrl::FullyEncoded)));
        opener(url);
    });
    connect(m_signIn, &BrowserSignIn::finished, this, [this, done](const SignInResult &result) {
        hide();
        if (done)
            done(result);
        deleteLater();
    });
    // Closing the window is cancelling; finished() then closes it.
    connect(this, &QDialog::rejected, m_signIn, &BrowserSignIn::cancel);
    QMetaObject::invokeMethod(m_signIn, &BrowserSignIn::start, Qt::QueuedConnection);
}

} // namespace earshot
