// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;

namespace earshot {

// What Earshot learned from this workspace's agents: how many corrections per field, how often
// the built-in reading and the blend were right on corrections held back, and when it trained;
// and a way to forget it all (asked twice: it cannot be undone).
class LearningDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearningDialog)

public:
    explicit LearningDialog(const QStringList &summary, QWidget *parent = nullptr);

Q_SIGNALS:
    void forgetRequested();

private:
    void askToForget();
};

} // namespace earshot
