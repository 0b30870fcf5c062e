// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

namespace earshot {

// The one question before a reply goes out or a case is resolved: every finding at once (personal
// data in a public reply, the brand guidelines' warnings, a customer's message the agent has not
// seen, a case still marked "needs a reply"), each once. Enter goes ahead, Esc goes back to the
// case. A public reply with personal data may go as a private message instead.
class PreSendDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreSendDialog)

public:
    enum class Action { Send, Resolve };

    PreSendDialog(Action action, const QStringList &findings, bool offerPrivate,
                  QWidget *parent = nullptr);

    // The agent chose "Send as a private message" (the dialog is accepted then, too).
    bool sendPrivately() const { return m_private; }

private:
    bool m_private = false;
};

} // namespace earshot
