// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseQueries.h"
#include "cases/CaseTimeline.h"
#include "cases/Priority.h"
#include "listening/Reading.h"
#include "replies/Outbox.h"
#include "store/MentionQueries.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace earshot {

// Everything about one case that an agent reads before answering.
struct CaseDetails {
    CaseRow row;
    std::optional<PersonSummary> person;
    std::vector<MentionRow> mentions;
    std::vector<CaseRow> earlierCases;
    std::vector<OutboxItem> replies; // ours, oldest first, in whatever state they are
    QStringList tags;
    std::vector<TimelineEntry> timeline; // oldest first
    // Why the case stands where it does in the queue: its priority now, waiting time included.
    PriorityBreakdown priorityNow;
    // The case's risks that "Take the next case" leaves to a lead (LeadRouting).
    RiskFlags leftToLead = 0;
    // The customer's latest message read again, for the cues behind the case's reading.
    std::optional<MentionReading> latestReading;
};

// `reader` is the connection `cases` and `mentions` read from; `nowMs` is when the agent looks.
std::optional<CaseDetails> loadCaseDetails(Database &reader, CaseQueries &cases,
                                           MentionQueries &mentions, std::int64_t caseId,
                                           std::int64_t nowMs);

} // namespace earshot
