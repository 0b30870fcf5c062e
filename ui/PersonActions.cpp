// SPDX-License-Identifier: Apache-2.0
#include "PersonActions.h"

#include "dialogs/MergePersonDialog.h"
#include "dialogs/PersonNoteDialog.h"
#include "session/WorkspaceSession.h"
#include "store/StoreError.h"
#include "views/ConversationView.h"
#include "views/PersonMenu.h"

namespace earshot {

PersonActions::PersonActions(WorkspaceSession &session, ConversationView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
{
    PersonMenu *menu = view->personMenu();
    connect(menu, &PersonMenu::badgeToggled, this, &PersonActions::setBadge);
    connect(menu, &PersonMenu::editNoteRequested, this, &PersonActions::editNote);
    connect(menu, &PersonMenu::mergeRequested, this, &PersonActions::chooseMerge);
    connect(menu, &PersonMenu::splitRequested, this, &PersonActions::split);
    connect(&session, &WorkspaceSession::personCommandDone, this, &PersonActions::onDone);
}

void PersonActions::setBadge(const QString &badge, bool on)
{
    PersonCommand command;
    command.kind = PersonCommand::Kind::SetBadge;
    command.badge = badge;
    command.badgeOn = on;
    execute(command);
}

void PersonActions::editNote()
{
    const auto &person = m_view->person();
    if (!person)
        return;
    // Window-modal, no nested event loop: the case list keeps updating behind it.
    auto *dialog = new PersonNoteDialog(person->name, person->note, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, personId = person->id] {
        PersonCommand command;
        command.kind = PersonCommand::Kind::SetNote;
        command.personId = personId;
        command.text = dialog->note();
        execute(command);
    });
    dialog->open();
}

void PersonActions::chooseMerge()
{
    const auto &person = m_view->person();
    if (!person)
        return;
    auto *dialog = new MergePersonDialog(
        *person,
        [this, personId = person->id](const QString &prefix) {
            try {
                return m_session.findPeople(prefix, personId);
            } catch (const StoreError &e) {
                // Called from a key press: the agent reads why the list stays empty.
                Q_EMIT message(e.message());
                return std::vector<PersonSummary>();
            }
        },
        m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        PersonCommand command;
        command.kind = PersonCommand::Kind::Merge;
        command.personId = dialog->current().id;
        command.otherPersonId = dialog->chosenPersonId();
        execute(command,
                tr("Merged: the handles and cases moved to %1.").arg(dialog->current().name));
    });
    dialog->open();
}

void PersonActions::split(qint64 handleId)
{
    PersonCommand command;
    command.kind = PersonCommand::Kind::SplitHandle;
    command.handleId = handleId;
    QString handle;
    if (const auto &person = m_view->person()) {
        for (const HandleRow &h : person->handles) {
            if (h.id == handleId)
                handle = h.handle;
        }
    }
    execute(command, tr("@%1 is a person of their own now, with the cases it opened.").arg(handle));
}

void PersonActions::execute(PersonCommand command, const QString &doneMessage)
{
    if (command.personId == 0) {
        const auto &person = m_view->person();
        if (!person)
            return;
        command.personId = person->id;
    }
    m_pending.insert(m_session.execute(command), doneMessage);
}

void PersonActions::onDone(const PersonOutcome &outcome)
{
    const auto it = m_pending.constFind(outcome.requestId);
    if (it == m_pending.cend())
        return; // another part of the console asked
    const QString doneMessage = *it;
    m_pending.erase(it);
    if (!outcome.ok) {
        Q_EMIT message(outcome.error);
        // The menu's check marks went ahead of the refused command: show what is stored.
        Q_EMIT personChanged();
        return;
    }
    if (!doneMessage.isEmpty())
        Q_EMIT message(doneMessage);
    Q_EMIT personChanged();
}

} // namespace earshot
