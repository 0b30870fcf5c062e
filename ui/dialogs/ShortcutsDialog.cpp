// SPDX-License-Identifier: Apache-2.0
#include "dialogs/ShortcutsDialog.h"

#include "shortcuts/ShortcutRegistry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace earshot {

namespace {
constexpr int IdRole = Qt::UserRole;
}

ShortcutsDialog::ShortcutsDialog(ShortcutRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_list(new QTreeWidget(this))
    , m_conflictsLabel(new QLabel(this))
    , m_keyEdit(new QKeySequenceEdit(this))
    , m_switchOffButton(new QPushButton(tr("Switch off"), this))
    , m_resetButton(new QPushButton(tr("Reset"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Group"), tr("Command"), tr("Key")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fillList();
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::onSelectionChanged);

    m_conflictsLabel->setObjectName(QStringLiteral("conflictsLabel"));
    m_conflictsLabel->setTextFormat(Qt::PlainText);
    m_conflictsLabel->setWordWrap(true);

    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setAccessibleName(tr("New key"));
    // Qt 6.4's edit announces a key only after a second's pause, waiting for more keys of a
    // sequence; commands here take one key, so it counts as soon as it is released.
    m_keyEdit->installEventFilter(this);
    m_switchOffButton->setObjectName(QStringLiteral("switchOffButton"));
    connect(m_switchOffButton, &QPushButton::clicked, this, &ShortcutsDialog::switchOff);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_resetButton, &QPushButton::clicked, this, &ShortcutsDialog::resetSelected);
    auto *resetAllButton = new QPushButton(tr("Reset all"), this);
    resetAllButton->setObjectName(QStringLiteral("resetAllButton"));
    connect(resetAllButton, &QPushButton::clicked, this, &ShortcutsDialog::resetAll);
    // Enter and Esc are keys people assign here; buttons must not take them as a default.
    for (QPushButton *button : {m_switchOffButton, m_resetButton, resetAllButton})
        button->setAutoDefault(false);

    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("Press the new key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_switchOffButton);
    keyRow->addWidget(m_resetButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(resetAllButton, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(keyRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(&m_registry, &ShortcutRegistry::keysChanged, this, &ShortcutsDialog::refreshRow);
    showConflicts();
    onSelectionChanged();
    resize(560, 620);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_keyEdit)
        return QDialog::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Releasing Ctrl after Ctrl+Y must not count the key twice, so only a real key starts.
        if (key != Qt::Key_Control && key != Qt::Key_Shift && key != Qt::Key_Alt
            && key != Qt::Key_Meta)
            m_recording = true;
    } else if (event->type() == QEvent::KeyRelease && m_recording) {
        m_recording = false;
        onKeyRecorded();
    }
    return QDialog::eventFilter(watched, event);
}

void ShortcutsDialog::fillList()
{
    for (const ShortcutCommand::Group group : ShortcutCatalog::groups) {
        for (const ShortcutCommand &command : m_registry.commands()) {
            if (command.group != group)
                continue;
            auto *item =
                new QTreeWidgetItem(m_list, {ShortcutCatalog::groupTitle(group), command.title,
                                             m_registry.keyText(command.id)});
            item->setData(0, IdRole, command.id);
        }
    }
}

QString ShortcutsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void ShortcutsDialog::onSelectionChanged()
{
    const QString id = selectedId();
    const bool any = !id.isEmpty();
    m_keyEdit->setEnabled(any);
    m_switchOffButton->setEnabled(any);
    m_resetButton->setEnabled(any);
    const QSignalBlocker blocker(m_keyEdit);
    const QList<QKeySequence> keys = m_registry.keys(id);
    m_keyEdit->setKeySequence(keys.isEmpty() ? QKeySequence() : keys.first());
    say({});
}

void ShortcutsDialog::onKeyRecorded()
{
    const QString id = selectedId();
    const QKeySequence recorded = m_keyEdit->keySequence();
    if (id.isEmpty() || recorded.isEmpty())
        return;
    // One key per command: the first one pressed counts, so nobody waits for the edit's timeout.
    const QKeySequence key(recorded[0]);
    const QString owner = m_registry.commandOn(key, id);
    if (!owner.isEmpty()) {
        say(tr("%1 already belongs to \"%2\". Give that command another key or switch it "
               "off first.")
                .arg(ShortcutRegistry::keyName(key), m_registry.command(owner)->title));
    } else if (m_registry.setKey(id, key)) {
        say(tr("\"%1\" now answers to %2.")
                .arg(m_registry.command(id)->title, ShortcutRegistry::keyName(key)));
    }
    // Showing the key that holds now also ends the recording, so the next press starts afresh.
    const QSignalBlocker blocker(m_keyEdit);
    const QList<QKeySequence> keys = m_registry.keys(id);
    m_keyEdit->setKeySequence(keys.isEmpty() ? QKeySequence() : keys.first());
}

void ShortcutsDialog::switchOff()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_registry.switchOff(id);
    const QSignalBlocker blocker(m_keyEdit);
    m_keyEdit->clear();
    say(tr("\"%1\" is switched off.").arg(m_registry.command(id)->title));
}

void ShortcutsDialog::resetSelected()
{
    const QString id = selectedId();
    const ShortcutCommand *command = m_registry.command(id);
    if (!command)
        return;
    if (!m_registry.resetToDefault(id)) {
        for (const QKeySequence &key : command->defaultKeys) {
            const QString owner = m_registry.commandOn(key, id);
            if (!owner.isEmpty()) {
                say(tr("The default key %1 now belongs to \"%2\". Give that command "
                       "another key first.")
                        .arg(ShortcutRegistry::keyName(key), m_registry.command(owner)->title));
                return;
            }
        }
        return;
    }
    onSelectionChanged();
    say(tr("\"%1\" has its default key again.").arg(command->title));
}

void ShortcutsDialog::resetAll()
{
    m_registry.resetAll();
    onSelectionChanged();
    say(tr("Every command has its default key again."));
}

void ShortcutsDialog::refreshRow(const QString &id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, IdRole).toString() == id)
            item->setText(2, m_registry.keyText(id));
    }
    showConflicts();
}

void ShortcutsDialog::showConflicts()
{
    QStringList lines;
    for (const ShortcutConflict &conflict : m_registry.conflicts()) {
        lines.append(tr("%1 is the key of both \"%2\" and \"%3\", so neither "
                        "works. Give one of them another key.")
                         .arg(ShortcutRegistry::keyName(conflict.key),
                              m_registry.command(conflict.firstId)->title,
                              m_registry.command(conflict.secondId)->title));
    }
    m_conflictsLabel->setText(lines.join(QLatin1Char('\n')));
    m_conflictsLabel->setVisible(!lines.isEmpty());
}

void ShortcutsDialog::say(const QString &message)
{
    m_message->setText(message);
}

} // namespace earshot
