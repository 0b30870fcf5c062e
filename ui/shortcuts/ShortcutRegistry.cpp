// SPDX-License-Identifier: Apache-2.0
#include "shortcuts/ShortcutRegistry.h"

#include "settings/AppSettings.h"

#include <QAction>
#include <QWidget>

namespace earshot {

namespace {

QString settingsKey(const QString &id)
{
    return QStringLiteral("shortcuts/") + id;
}

// The keypad's Enter works wherever Return does, whatever key the person chose.
QList<QKeySequence> withKeypadEnter(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> all = keys;
    for (const QKeySequence &key : keys) {
        if (key.count() == 1 && key[0].key() == Qt::Key_Return)
            all.append(QKeySequence(key[0].keyboardModifiers() | Qt::Key_Enter));
    }
    return all;
}

// What a settings file holds, without what this Qt cannot read back as a key.
std::optional<QList<QKeySequence>> storedKeys(const AppSettings &settings, const QString &id)
{
    const std::optional<QString> text = settings.text(settingsKey(id));
    if (!text)
        return std::nullopt;
    QList<QKeySequence> keys;
    for (const QKeySequence &key :
         QKeySequence::listFromString(*text, QKeySequence::PortableText)) {
        if (!key.isEmpty() && key[0].key() != Qt::Key_unknown)
            keys.append(key);
    }
    // A value nobody can read is a damaged file, not a wish to switch the command off.
    if (keys.isEmpty() && !text->trimmed().isEmpty())
        return std::nullopt;
    return keys;
}

} // namespace

ShortcutRegistry::ShortcutRegistry(QWidget *window, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_commands(ShortcutCatalog::commands())
{
    for (const ShortcutCommand &command : m_commands) {
        auto *action = new QAction(command.title, window);
        action->setObjectName(command.id);
        action->setShortcutContext(Qt::WindowShortcut);
        // On the window itself, so a shortcut works whether or not a menu shows the command.
        window->addAction(action);
        m_actions.insert(command.id, action);
        apply(command.id, storedKeys(settings, command.id).value_or(command.defaultKeys));
    }
}

const ShortcutCommand *ShortcutRegistry::command(const QString &id) const
{
    for (const ShortcutCommand &command : m_commands) {
        if (command.id == id)
            return &command;
    }
    return nullptr;
}

QList<QKeySequence> ShortcutRegistry::keys(const QString &id) const
{
    return m_keys.value(id);
}

QString ShortcutRegistry::keyText(const QString &id) const
{
    const ShortcutCommand *found = command(id);
    if (!found)
        return {};
    const QList<QKeySequence> shown = keys(id) + found->builtInKeys;
    if (shown.isEmpty())
        return tr("Switched off");
    QStringList texts;
    for (const QKeySequence &key : shown)
        texts.append(keyName(key));
    return texts.join(QStringLiteral(", "));
}

QList<QKeySequence> ShortcutRegistry::matchingKeys(const ShortcutCommand &command) const
{
    return withKeypadEnter(keys(command.id)) + command.builtInKeys;
}

QString ShortcutRegistry::commandOn(const QKeySequence &key, const QString &exceptId) const
{
    const QList<QKeySequence> wanted = withKeypadEnter({key});
    for (const ShortcutCommand &command : m_commands) {
        if (command.id == exceptId)
            continue;
        const QList<QKeySequence> taken = matchingKeys(command);
        for (const QKeySequence &k : wanted) {
            if (taken.contains(k))
                return command.id;
        }
    }
    return {};
}

bool ShortcutRegistry::setKey(const QString &id, const QKeySequence &key)
{
    if (!command(id) || key.isEmpty() || !commandOn(key, id).isEmpty())
        return false;
    save(id, QList<QKeySequence>{key});
    apply(id, {key});
    return true;
}

void ShortcutRegistry::switchOff(const QString &id)
{
    if (!command(id))
        return;
    save(id, QList<QKeySequence>{});
    apply(id, {});
}

bool ShortcutRegistry::resetToDefault(const QString &id)
{
    const ShortcutCommand *found = command(id);
    if (!found)
        return false;
    for (const QKeySequence &key : found->defaultKeys) {
        if (!commandOn(key, id).isEmpty())
            return false;
    }
    save(id, std::nullopt);
    apply(id, found->defaultKeys);
    return true;
}

void ShortcutRegistry::resetAll()
{
    for (const ShortcutCommand &command : m_commands) {
        save(command.id, std::nullopt);
        apply(command.id, command.defaultKeys);
    }
}

std::vector<ShortcutConflict> ShortcutRegistry::conflicts() const
{
    std::vector<ShortcutConflict> found;
    for (std::size_t i = 0; i < m_commands.size(); ++i) {
        const QList<QKeySequence> mine = matchingKeys(m_commands[i]);
        for (std::size_t j = i + 1; j < m_commands.size(); ++j) {
            const QList<QKeySequence> theirs = matchingKeys(m_commands[j]);
            for (const QKeySequence &key : mine) {
                if (theirs.contains(key)) {
                    found.push_back({key, m_commands[i].id, m_commands[j].id});
                    break;
                }
            }
        }
    }
    return found;
}

void ShortcutRegistry::apply(const QString &id, const QList<QKeySequence> &keys)
{
    m_keys.insert(id, keys);
    m_actions.value(id)->setShortcuts(withKeypadEnter(keys));
    Q_EMIT keysChanged(id);
}

void ShortcutRegistry::save(const QString &id, const std::optional<QList<QKeySequence>> &keys)
{
    if (keys)
        m_settings.setText(settingsKey(id),
                           QKeySequence::listToString(*keys, QKeySequence::PortableText));
    else
        m_settings.remove(settingsKey(id));
    // A person changes keys rarely and expects them kept even if the program dies right after.
    m_settings.sync();
}

QString ShortcutRegistry::keyName(const QKeySequence &key)
{
    QStringList parts;
    for (int i = 0; i < key.count(); ++i) {
        const QKeyCombination combination = key[i];
        QString name;
        switch (combination.key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            //: The Return/Enter key, as it is labelled on keyboards.
            name = tr("Enter");
            break;
        case Qt::Key_Up:
            name = QStringLiteral("\u2191");
            break;
        case Qt::Key_Down:
            name = QStringLiteral("\u2193");
            break;
        case Qt::Key_Left:
            name = QStringLiteral("\u2190");
            break;
        case Qt::Key_Right:
            name = QStringLiteral("\u2192");
            break;
        default:
            parts.append(QKeySequence(combination).toString(QKeySequence::NativeText));
            continue;
        }
        // The modifiers as the platform writes them ("Strg+"), then the key's own name.
        const QString whole = QKeySequence(combination).toString(QKeySequence::NativeText);
        const QString own = QKeySequence(combination.key()).toString(QKeySequence::NativeText);
        parts.append(whole.left(whole.size() - own.size()) + name);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace earshot
