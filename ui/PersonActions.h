// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/PersonCommand.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace earshot {

class ConversationView;
class WorkspaceSession;

// Carries out what the conversation pane's Person menu asks for: badges, the note, merging with
// another person and splitting a handle off, each as a command on the writer thread. Asks in a
// dialog where the agent has to say more (the note, whom to merge with).
class PersonActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonActions)

public:
    PersonActions(WorkspaceSession &session, ConversationView *view, QObject *parent = nullptr);

Q_SIGNALS:
    // A command of ours changed the person on screen: read the case again.
    void personChanged();
    void message(const QString &text);

private:
    void setBadge(const QString &badge, bool on);
    void editNote();
    void chooseMerge();
    void split(qint64 handleId);
    void execute(PersonCommand command, const QString &doneMessage = {});
    void onDone(const earshot::PersonOutcome &outcome);

    WorkspaceSession &m_session;
    ConversationView *m_view;
    QHash<quint64, QString> m_pending; // request -> what to say when it is done
};

} // namespace earshot
