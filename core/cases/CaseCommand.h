// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace earshot {

// What an agent asks of a case, with the version of the case they saw: a command on a case that
// a colleague (or the customer) changed meanwhile is refused, never applied blindly.
struct CaseCommand {
    enum class Kind {
        Assign,    // assigneeId, 0 unassigns
        SetStatus, // status (open, pending, snoozed, resolved, closed), snoozeUntilMs
        AddNote,   // text; @name mentions colleagues
        AddTag,    // text
        RemoveTag, // text
        Correct,   // field (sentiment, category, priority) and value; field "risk" clears the
                   // risk whose key is the value (an agent judged it no risk)
        Reply,     // text, isPrivate; status afterwards (none: pending)
        TakeNext,  // no case: hands the agent the first unassigned case of the triage order
        SaveDraft, // text, isPrivate; no event, no version
    };

    Kind kind = Kind::AddNote;
    std::int64_t caseId = 0;
    std::int64_t seenVersion = 0;
    std::int64_t agentId = 0; // who gives the command
    std::int64_t assigneeId = 0;
    std::optional<CaseStatus> status;
    std::optional<std::int64_t> snoozeUntilMs; // snoozed without a time: until the next message
    QString text;
    QString field;
    QString value;
    bool isPrivate = false;
    // The newest of the customer's messages the agent had seen when they asked (case_seen; 0:
    // none). A reply or a resolve over a message that came after it is refused (the window asks
    // first); nothing checks nothing (a caller that read everything: earshot-cli --seen).
    std::optional<std::int64_t> seenMentionId;
    quint64 requestId = 0; // echoed in the outcome, so the asker knows which one came back
};

// How a command ended. Refusals are outcomes, not exceptions: the agent reads why.
struct CommandOutcome {
    quint64 requestId = 0;
    CaseCommand::Kind kind = CaseCommand::Kind::AddNote;
    bool ok = false;
    std::int64_t caseId = 0;
    std::int64_t version = 0;   // the case's version afterwards
    QString error;              // why it was refused, in words for the agent
    QStringList changes;        // for a collision: what others changed since the agent looked
    bool unseenMessage = false; // refused: the customer wrote something the agent has not seen
    std::int64_t outboxId = 0;
    QList<qint64> changedCases;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::CaseCommand)
Q_DECLARE_METATYPE(earshot::CommandOutcome)
