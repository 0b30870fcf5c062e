// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platforms/simulation/Scenario.h"
#include "store/Sqlite.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

enum class EscalationResult { NotNeeded, Right, Wrong, Missing };

// One objective of the scenario against what the trainees did.
struct ObjectiveScore {
    QString inject;
    QString trainee;      // who answered first (an agent key); empty: nobody
    bool reached = false; // the inject was posted (a branch may never post it)
    std::optional<std::int64_t> firstResponseSeconds;
    std::optional<int> deadlineMinutes;
    bool missed = false;       // no reply by the deadline (or at all)
    int publicWhenPrivate = 0; // public replies where the objective wanted private ones
    EscalationResult escalation = EscalationResult::NotNeeded;
    QString escalatedTo;
    bool toneRequired = false;
    bool toneMet = false;
};

struct TraineeScore {
    QString trainee; // agent key; "team" for the whole team
    int objectives = 0;
    int answered = 0;
    int missed = 0;
    std::int64_t totalFirstResponseSeconds = 0; // over the answered ones
    int publicWhenPrivate = 0;
    int guidelineWarningsIgnored = 0; // warnings the checker gives on the replies they sent
    int forbiddenPhrases = 0;         // replies with a phrase the scenario forbids
    int personalDataInPublic = 0;     // public replies with an address or account number
    int escalationsRight = 0;
    int escalationsWrong = 0;
    int escalationsMissing = 0;
    int toneRequired = 0;
    int toneMet = 0;
    int calmed = 0;
    int inflamed = 0;
};

struct BranchOutcome {
    QString after;   // inject key
    QString chosen;  // inject key; empty: nothing was posted
    QString mood;    // neutral, calmed, inflamed
    QString trainee; // who answered `after` first
};

struct TimelineEntry {
    std::int64_t atSeconds = 0; // from the run's start
    QString kind;               // inject, noise, reply, escalation, resolved
    QString who;                // persona or agent key
    QString inject;             // inject key, if any
    QString detail;
};

struct TrainingReport {
    std::int64_t startedAtMs = 0;
    std::vector<ObjectiveScore> objectives;
    std::vector<TraineeScore> trainees; // by agent key
    TraineeScore team;
    std::vector<BranchOutcome> branches;
    std::vector<TimelineEntry> timeline;
    int noise = 0;
};

// Scores the run in a training workspace against its scenario (which must be version 2), from
// what the workspace holds: the injects posted and the trainees' replies, assignments, tags and
// statuses. Throws StoreError when the workspace has no run.
TrainingReport scoreTraining(Database &db, const Scenario &scenario);

QByteArray trainingReportJson(const TrainingReport &report);
// Two parts, one after the other: the scores (one row per trainee and the team), a blank line,
// then the timeline.
QByteArray trainingReportCsv(const TrainingReport &report);
QString escalationResultKey(EscalationResult result);

} // namespace earshot
