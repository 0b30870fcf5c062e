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

// Which of the customer's messages decided a part of the case's reading.
struct ReadingSource {
    QString field; // "sentiment", "category", or a risk key ("churn")
    std::int64_t mentionId = 0;
    std::int64_t createdAtMs = 0;
    QString excerpt; // the start of the message, one line
};

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
    // Which message decided the sentiment (the latest that says how the customer feels), the
    // category (the first that said the most pressing thing) and each risk (the first that raised
    // it), from the readings stored with the messages. A field an agent corrected has none; a
    // case of one message has none at all.
    std::vector<ReadingSource> sources;
};

// From the case's messages as stored (their own readings) and the case's reading.
std::vector<ReadingSource> readingSources(Database &reader, const CaseRow &row);

// `reader` is the connection `cases` and `mentions` read from; `nowMs` is when the agent looks.
std::optional<CaseDetails> loadCaseDetails(Database &reader, CaseQueries &cases,
                                           MentionQueries &mentions, std::int64_t caseId,
                                           std::int64_t nowMs);

} // namespace earshot
