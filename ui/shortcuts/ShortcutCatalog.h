// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Queue.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace earshot {

// Stable ids of the console's keyboard commands: they name the person's own keys in the settings
// file ("shortcuts/<id>"), so they never change once released.
namespace ShortcutId {
inline const QString nextCase = QStringLiteral("cases.next");
inline const QString previousCase = QStringLiteral("cases.previous");
inline const QString takeNextCase = QStringLiteral("cases.take_next");
inline const QString search = QStringLiteral("cases.search");
inline const QString assign = QStringLiteral("cases.assign");
inline const QString resolve = QStringLiteral("cases.resolve");
inline const QString snooze = QStringLiteral("cases.snooze");
inline const QString openConversation = QStringLiteral("reading.open");
inline const QString backToList = QStringLiteral("reading.back_to_list");
inline const QString loadConversation = QStringLiteral("reading.load_conversation");
inline const QString reply = QStringLiteral("replying.reply");
inline const QString note = QStringLiteral("replying.note");
inline const QString templates = QStringLiteral("replying.templates");
inline const QString send = QStringLiteral("replying.send");
inline const QString sendAndNext = QStringLiteral("replying.send_and_next");
inline const QString overview = QStringLiteral("window.shortcuts");
inline const QString quit = QStringLiteral("window.quit");
// "queues.next", "queues.mine", ... "queues.all", after the queue's settings key.
QString queue(Queue queue);
} // namespace ShortcutId

struct ShortcutCommand {
    enum class Group { Cases, Reading, Replying, Queues, Window };

    QString id;
    QString title; // translated when the catalog was made
    Group group;
    QList<QKeySequence> defaultKeys; // the first is the one people see first
    // Keys a widget handles itself (the arrows of the case list): shown, never remappable.
    QList<QKeySequence> builtInKeys;
};

// Every command of the console that has a shortcut, in the order the overview shows them.
class ShortcutCatalog final {
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalog)

public:
    static std::vector<ShortcutCommand> commands();
    static QString groupTitle(ShortcutCommand::Group group);
    static constexpr std::array<ShortcutCommand::Group, 5> groups{
        ShortcutCommand::Group::Cases, ShortcutCommand::Group::Reading,
        ShortcutCommand::Group::Replying, ShortcutCommand::Group::Queues,
        ShortcutCommand::Group::Window};
};

} // namespace earshot
