// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace earshot {

// One event of a case's history as the timeline shows it.
struct TimelineEntry {
    std::int64_t atMs = 0;
    QString actorName; // an agent's name, "Earshot" for the system, "Scenario" for training
    QString type;      // the event type as stored ("assigned", "note", ...)
    QString text;      // what happened, translated
    // For a note: what the agent wrote, as written, and the keys of the colleagues it @mentions
    // (the conversation shows notes among the messages; notifications tell those named).
    QString noteText;
    QStringList noteMentions;
};

// The sentence for one event. `payloadJson` comes from the log as written by whichever version
// (or colleague's desktop) wrote it: anything malformed or missing gives a neutral sentence.
// `agentNames` maps agent keys to names, for events that name an agent only by key.
QString describeCaseEvent(const QString &type, const QString &payloadJson,
                          const QHash<QString, QString> &agentNames = {});

// Reads a case's event log for the timeline, oldest first, on a reader connection.
class CaseTimeline final {
public:
    explicit CaseTimeline(Database &reader);

    std::vector<TimelineEntry> forCase(std::int64_t caseId);

private:
    QHash<QString, QString> agentNames();

    Database &m_db;
};

} // namespace earshot
