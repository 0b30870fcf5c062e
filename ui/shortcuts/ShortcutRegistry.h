// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shortcuts/ShortcutCatalog.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>

#include <optional>
#include <vector>

class QAction;
class QWidget;

namespace earshot {

class AppSettings;

// Two commands on one key: Qt then runs neither, so the settings dialog shows it.
struct ShortcutConflict {
    QKeySequence key;
    QString firstId;
    QString secondId;
};

// One QAction per catalog command, living on the main window, with the keys the person chose.
// Keys are saved as "shortcuts/<id>" in the person's settings: absent means the default, an
// empty value means switched off. Single keys (J, R, /) never reach the window while a text field
// has focus, because QLineEdit and QPlainTextEdit claim printable keys before shortcuts run.
class ShortcutRegistry final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutRegistry)

public:
    ShortcutRegistry(QWidget *window, AppSettings &settings, QObject *parent = nullptr);

    const std::vector<ShortcutCommand> &commands() const { return m_commands; }
    const ShortcutCommand *command(const QString &id) const;
    QAction *action(const QString &id) const { return m_actions.value(id); }

    // A key as the person reads it on their keyboard: the platform's native text, with Return
    // called Enter (as the key is labelled) and arrows drawn as arrows (Qt's German reads
    // "Herunter", "Hoch").
    static QString keyName(const QKeySequence &key);

    // The keys the command answers to now (without built-in ones); empty when switched off.
    QList<QKeySequence> keys(const QString &id) const;
    // What the overview shows: "J, Down", or "Switched off" when nothing but built-in keys are
    // left.
    QString keyText(const QString &id) const;
    // The command other than `exceptId` that already answers to `key` (built-in keys count).
    QString commandOn(const QKeySequence &key, const QString &exceptId = {}) const;

    // Refused (false, nothing changes) when another command answers to the key.
    bool setKey(const QString &id, const QKeySequence &key);
    void switchOff(const QString &id);
    // Refused when one of the default keys now belongs to another command.
    bool resetToDefault(const QString &id);
    void resetAll();

    // Only possible through a hand-edited settings file; the dialog lets the person fix them.
    std::vector<ShortcutConflict> conflicts() const;

Q_SIGNALS:
    void keysChanged(const QString &id);

private:
    void apply(const QString &id, const QList<QKeySequence> &keys);
    void save(const QString &id, const std::optional<QList<QKeySequence>> &keys);
    QList<QKeySequence> matchingKeys(const ShortcutCommand &command) const;

    AppSettings &m_settings;
    std::vector<ShortcutCommand> m_commands;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QList<QKeySequence>> m_keys;
};

} // namespace earshot
