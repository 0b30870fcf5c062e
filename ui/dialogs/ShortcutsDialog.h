// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QKeySequence;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace earshot {

class ShortcutRegistry;

// Settings → Keyboard shortcuts: pick a command, press its new key. A change is saved at once; a
// key another command already answers to is refused with that command's name, so two commands
// never share a key (Qt would then run neither).
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(ShortcutRegistry &registry, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillList();
    QString selectedId() const;
    void onSelectionChanged();
    void onKeyRecorded();
    void switchOff();
    void resetSelected();
    void resetAll();
    void refreshRow(const QString &id);
    void showConflicts();
    void say(const QString &message);

    ShortcutRegistry &m_registry;
    QTreeWidget *m_list;
    QLabel *m_conflictsLabel;
    QKeySequenceEdit *m_keyEdit;
    QPushButton *m_switchOffButton;
    QPushButton *m_resetButton;
    QLabel *m_message;
    bool m_recording = false;
};

} // namespace earshot
