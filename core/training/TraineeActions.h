// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// What trainees did about one inject, read back from the training workspace's case history
// (case_events and the outbox): the same record the ordinary console writes, so the run engine
// and the scoring see exactly what a trainee did in the console.
struct TraineeReply {
    std::int64_t atMs = 0;
    QString agent; // agent key
    QString text;
    bool isPrivate = false;
};

struct TraineeEscalation {
    std::int64_t atMs = 0;
    QString agent;  // who escalated
    QString target; // an agent key (assigned to a lead) or a team (a tag)
};

struct InjectActions {
    std::int64_t caseId = 0;
    std::int64_t postedAtMs = 0;
    std::vector<TraineeReply> replies;          // in time order
    std::vector<TraineeEscalation> escalations; // in time order
    std::optional<std::int64_t> resolvedAtMs;
};

// The inject posted as `mentionId` on `network`; nothing when it has not been posted. Looks at
// every case of the same person from the moment it was posted up to `untilMs`: an answer by
// private message lands in the person's private conversation. `teams` are the scenario's
// teams: a tag naming one is an escalation to it; an assignment to a lead is one to the lead.
std::optional<InjectActions> readInjectActions(Database &db, const QString &network,
                                               const QString &mentionId, std::int64_t untilMs,
                                               const QStringList &teams);

// Whether `text` shows empathy, by the workspace's guideline phrases (and German ones).
bool showsEmpathy(Database &db, const QString &text);
// Whether `text` asks something (a question mark, or a request for details).
bool asksForDetails(const QString &text);
// Personal data: an e-mail address, an account or phone number (six digits or more).
bool containsPersonalData(const QString &text);

} // namespace earshot
