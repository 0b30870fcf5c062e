// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/PersonCommand.h"
#include "store/CaseEventLog.h"
#include "store/Sqlite.h"

#include <QString>

namespace earshot {

// Carries out agents' commands on people, on the write connection. Merging and splitting move
// cases between people and leave an event on each moved case (who did it, whom it concerned),
// so a case's history explains why its person changed.
class PersonCommands final {
public:
    explicit PersonCommands(Database &writer);

    // In a transaction of its own, written in full (a person did this).
    PersonOutcome execute(const PersonCommand &command);
    // Inside a transaction the caller holds (a WriterJob's). A refusal has written nothing.
    PersonOutcome run(const PersonCommand &command);

private:
    PersonOutcome setBadge(const PersonCommand &command);
    PersonOutcome setNote(const PersonCommand &command);
    PersonOutcome merge(const PersonCommand &command);
    PersonOutcome splitHandle(const PersonCommand &command);

    struct PersonNote {
        QString text;
        QString by; // an agent key; null when nobody wrote one
        std::int64_t atMs = 0;
    };

    bool personExists(std::int64_t personId);
    PersonNote note(std::int64_t personId);
    QString personName(std::int64_t personId);
    QString actorKey(std::int64_t agentId);
    // Scores the person's open cases again after who they are changed; adds those that moved.
    void appendRescored(std::int64_t personId, PersonOutcome *outcome);

    Database &m_db;
    CaseEventLog m_events;
};

} // namespace earshot
