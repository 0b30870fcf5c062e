// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "people/PeopleQueries.h"

#include <QMenu>

#include <cstdint>

namespace earshot {

// The "Person" menu of the conversation pane: what an agent can change about who is speaking.
// Badges are checkable (checked: an agent set it); merging and splitting are asked for here and
// carried out by whoever listens.
class PersonMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonMenu)

public:
    explicit PersonMenu(QWidget *parent = nullptr);

    void setPerson(const PersonSummary &person);
    void clearPerson();

Q_SIGNALS:
    void badgeToggled(const QString &badge, bool on);
    void editNoteRequested();
    void mergeRequested();
    void splitRequested(qint64 handleId);
    // Read the person's profile again from the network (name, bio, followers, verified).
    void refreshProfileRequested();

private:
};

} // namespace earshot
