// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseCommand.h"
#include "cases/CaseStatus.h"
#include "listening/Reading.h"
#include "store/CaseEventLog.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

struct CaseState {
    std::int64_t id = 0;
    CaseStatus status = CaseStatus::New;
    std::int64_t assigneeId = 0;
    std::int64_t version = 0;
    QString platform;
    std::int64_t accountId = 0;
};

// Carries out agents' commands on the write connection: checks the version the agent saw,
// appends the event and updates the case row in one transaction written in full
// (synchronous=FULL: a person did this). Refusals come back as outcomes with the reason.
class CaseCommands final {
public:
    explicit CaseCommands(Database &writer);

    CommandOutcome execute(const CaseCommand &command);

    // Events of these types by someone else since the agent looked make a command collide.
    static bool collides(CaseEventType eventType);

private:
    CommandOutcome run(const CaseCommand &command);
    CommandOutcome assign(const CaseCommand &command, const CaseState &state);
    CommandOutcome setStatus(const CaseCommand &command, const CaseState &state);
    CommandOutcome addNote(const CaseCommand &command, const CaseState &state);
    CommandOutcome changeTag(const CaseCommand &command, const CaseState &state);
    CommandOutcome clearRisk(const CaseCommand &command, const CaseState &state);
    CommandOutcome correct(const CaseCommand &command, const CaseState &state);
    // An agent's correction of sentiment or category as a labelled example, in its transaction.
    void keepAsExample(const CaseCommand &command, const CaseState &state, const QString &actor,
                       std::int64_t nowMs);
    CommandOutcome reply(const CaseCommand &command, const CaseState &state);
    CommandOutcome takeNext(const CaseCommand &command);
    // The first unassigned case waiting on us, in the triage order, that carries (`withRisk`)
    // or does not carry one of `risks`.
    std::optional<std::int64_t> firstUnassigned(RiskFlags risks, bool withRisk);
    // Unassigned cases waiting on us that carry one of `leftToLead`'s risks.
    qint64 casesLeftToLead(RiskFlags leftToLead);
    CommandOutcome saveDraft(const CaseCommand &command);

    std::optional<CaseState> caseState(std::int64_t caseId);
    // What others did since `seenVersion` that this command must not silently overrule.
    QStringList changesSince(const CaseState &state, std::int64_t seenVersion,
                             const QString &actor);
    QString actorKey(std::int64_t agentId);
    // Assigns the case to the agent when nobody has it (an event like any assignment); returns
    // the case's version afterwards.
    std::int64_t ownIfUnassigned(const CaseState &state, std::int64_t agentId, const QString &actor,
                                 std::int64_t nowMs);
    std::int64_t appendStatus(const CaseState &state, CaseStatus to, const QString &actor,
                              std::int64_t nowMs, std::optional<std::int64_t> snoozeUntilMs = {});

    Database &m_db;
    CaseEventLog m_events;
};

} // namespace earshot
