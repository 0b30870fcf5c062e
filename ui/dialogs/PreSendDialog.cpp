// SPDX-License-Identifier: Apache-2.0
#include "dialogs/PreSendDialog.h"

#include "PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

PreSendDialog::PreSendDialog(Action action, const QStringList &findings, bool offerPrivate,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preSendDialog"_s);
    const bool send = action == Action::Send;
    setWindowTitle(send ? tr("Before this reply goes out") : tr("Before this case is resolved"));
    auto *intro = new QLabel(send ? tr("Look at this before you send:")
                                  : tr("Look at this before you resolve the case:"),
                             this);
    intro->setWordWrap(true);
    // Findings quote what the agent and the customer wrote: plain text, never markup.
    QStringList lines;
    lines.reserve(findings.size());
    for (const QString &finding : findings) {
        if (!lines.contains(u"\u2022 "_s + finding))
            lines.append(u"\u2022 "_s + finding);
    }
    QLabel *list = newPlainLabel(this);
    list->setObjectName(u"preSendFindings"_s);
    list->setText(lines.join(u'\n'));

    auto *buttons = new QDialogButtonBox(this);
    auto *goAhead = buttons->addButton(send ? tr("Send anyway") : tr("Resolve anyway"),
                                       QDialogButtonBox::AcceptRole);
    goAhead->setObjectName(u"preSendConfirm"_s);
    if (offerPrivate) {
        auto *privately =
            buttons->addButton(tr("Send as a private message"), QDialogButtonBox::ActionRole);
        privately->setObjectName(u"preSendPrivately"_s);
        connect(privately, &QPushButton::clicked, this, [this] {
            m_private = true;
            accept();
        });
    }
    auto *back = buttons->addButton(send ? tr("Keep editing") : tr("Keep it open"),
                                    QDialogButtonBox::RejectRole);
    back->setObjectName(u"preSendCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter confirms from anywhere in the dialog; Esc is QDialog's reject.
    goAhead->setDefault(true);
    goAhead->setAutoDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    goAhead->setFocus(Qt::OtherFocusReason);
}

} // namespace earshot
