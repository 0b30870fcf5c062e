// SPDX-License-Identifier: Apache-2.0
#include "views/PersonMenu.h"

#include "PlainText.h"

#include "people/PersonBadges.h"
#include "platforms/PlatformTraits.h"

namespace earshot {

using namespace Qt::StringLiterals;

PersonMenu::PersonMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"personMenu"_s);
}

void PersonMenu::clearPerson()
{
    clear();
}

void PersonMenu::setPerson(const PersonSummary &person)
{
    clear();
    for (const KeyEntry<Badge> &entry : badgeKeyTable) {
        const QString key = badgeKey(entry.value);
        QAction *badge = addAction(badgeTitle(entry.value));
        badge->setObjectName(u"badge-"_s + key);
        badge->setCheckable(true);
        badge->setChecked(person.hasManualBadge(entry.value));
        connect(badge, &QAction::toggled, this,
                [this, key](bool on) { Q_EMIT badgeToggled(key, on); });
    }
    addSeparator();
    QAction *note = addAction(person.note.isEmpty() ? tr("Add a note about this person…")
                                                    : tr("Edit the note about this person…"));
    note->setObjectName(u"editPersonNote"_s);
    connect(note, &QAction::triggered, this, &PersonMenu::editNoteRequested);
    QAction *refresh = addAction(tr("Refresh profile"));
    refresh->setObjectName(u"refreshProfile"_s);
    refresh->setToolTip(tr("Read this person's name, bio and followers from the network again"));
    connect(refresh, &QAction::triggered, this, &PersonMenu::refreshProfileRequested);
    addSeparator();
    QAction *merge = addAction(tr("Merge with another person…"));
    merge->setObjectName(u"mergePerson"_s);
    connect(merge, &QAction::triggered, this, &PersonMenu::mergeRequested);
    // Splitting the only handle would leave a person with none.
    if (person.handles.size() > 1) {
        for (const HandleRow &h : person.handles) {
            QAction *split = addAction(tr("Split off @%1 (%2)")
                                           .arg(literalActionText(outsidePiece(h.handle)),
                                                literalActionText(platformTitle(h.platform))));
            split->setObjectName(u"splitHandle-"_s + QString::number(h.id));
            connect(split, &QAction::triggered, this,
                    [this, id = h.id] { Q_EMIT splitRequested(id); });
        }
    }
}

} // namespace earshot
