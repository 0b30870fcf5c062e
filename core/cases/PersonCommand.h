// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace earshot {

// What an agent asks of a person (not of one case): who they are, a note about them, and which
// handles on which networks are one human being.
struct PersonCommand {
    enum class Kind {
        SetBadge,    // personId, badge, badgeOn
        SetNote,     // personId, text (empty clears the note)
        Merge,       // personId is kept; otherPersonId's handles and cases move to it
        SplitHandle, // handleId leaves its person for a new one, with the cases it opened
    };

    Kind kind = Kind::SetNote;
    std::int64_t personId = 0;
    std::int64_t otherPersonId = 0;
    std::int64_t handleId = 0;
    QString badge; // a key of badgeKeyTable; another is refused
    bool badgeOn = true;
    QString text;
    std::int64_t agentId = 0; // who gives the command
    quint64 requestId = 0;    // echoed in the outcome
};

// How a person command ended. Refusals are outcomes with the reason in words for the agent.
struct PersonOutcome {
    quint64 requestId = 0;
    PersonCommand::Kind kind = PersonCommand::Kind::SetNote;
    bool ok = false;
    std::int64_t personId = 0; // the person kept (merge), the new one (split), else the one asked
    QString error;
    QList<qint64> changedCases; // cases that moved to another person or in the queue
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::PersonCommand)
Q_DECLARE_METATYPE(earshot::PersonOutcome)
