// SPDX-License-Identifier: Apache-2.0
#include "shortcuts/ShortcutCatalog.h"

namespace earshot {

using Group = ShortcutCommand::Group;

QString ShortcutId::queue(Queue queue)
{
    return QStringLiteral("queues.") + queueKey(queue);
}

std::vector<ShortcutCommand> ShortcutCatalog::commands()
{
    const auto key = [](QKeyCombination combination) { return QKeySequence(combination); };
    // Ctrl+Q where the platform names no quit key of its own.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys = {key(Qt::CTRL | Qt::Key_Q)};

    std::vector<ShortcutCommand> all{
        {ShortcutId::nextCase,
         tr("Next case in the list"),
         Group::Cases,
         {key(Qt::Key_J)},
         {key(Qt::Key_Down)}},
        {ShortcutId::previousCase,
         tr("Previous case in the list"),
         Group::Cases,
         {key(Qt::Key_K)},
         {key(Qt::Key_Up)}},
        {ShortcutId::takeNextCase,
         tr("Take the next case"),
         Group::Cases,
         {key(Qt::CTRL | Qt::Key_N)},
         {}},
        {ShortcutId::search, tr("Search messages"), Group::Cases, {key(Qt::CTRL | Qt::Key_F)}, {}},
        {ShortcutId::assign, tr("Assign the case"), Group::Cases, {key(Qt::Key_A)}, {}},
        {ShortcutId::resolve, tr("Resolve the case"), Group::Cases, {key(Qt::Key_E)}, {}},
        {ShortcutId::snooze, tr("Snooze the case"), Group::Cases, {key(Qt::Key_S)}, {}},
        {ShortcutId::openConversation,
         tr("Open the conversation"),
         Group::Reading,
         {key(Qt::Key_Return)},
         {}},
        {ShortcutId::backToList,
         tr("Back to the case list"),
         Group::Reading,
         {key(Qt::Key_Escape)},
         {}},
        {ShortcutId::loadConversation,
         tr("Load the whole conversation from the network"),
         Group::Reading,
         {key(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
         {}},
        {ShortcutId::reply, tr("Reply"), Group::Replying, {key(Qt::Key_R)}, {}},
        {ShortcutId::note, tr("Add a note"), Group::Replying, {key(Qt::Key_N)}, {}},
        {ShortcutId::templates, tr("Choose a template"), Group::Replying, {key(Qt::Key_Slash)}, {}},
        {ShortcutId::send, tr("Send"), Group::Replying, {key(Qt::CTRL | Qt::Key_Return)}, {}},
        {ShortcutId::sendAndNext,
         tr("Send and go to the next case"),
         Group::Replying,
         {key(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)},
         {}},
    };
    for (std::size_t i = 0; i < allQueues.size(); ++i) {
        const Queue queue = allQueues[i];
        all.push_back({ShortcutId::queue(queue),
                       tr("Open the queue %1").arg(queueTitle(queue)),
                       Group::Queues,
                       {key(Qt::ALT | Qt::Key(Qt::Key_1 + int(i)))},
                       {}});
    }
    all.push_back({ShortcutId::overview,
                   tr("Show every shortcut"),
                   Group::Window,
                   {key(Qt::Key_Question), key(Qt::Key_F1)},
                   {}});
    all.push_back({ShortcutId::quit, tr("Quit"), Group::Window, quitKeys, {}});
    return all;
}

QString ShortcutCatalog::groupTitle(Group group)
{
    switch (group) {
    case Group::Cases:
        return tr("Cases");
    case Group::Reading:
        return tr("Reading");
    case Group::Replying:
        return tr("Replying");
    case Group::Queues:
        return tr("Queues");
    case Group::Window:
        return tr("Window");
    }
    return {};
}

} // namespace earshot
