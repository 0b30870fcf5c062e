// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/Outbox.h"
#include "store/CaseQueries.h"
#include "store/CaseTimeline.h"
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
};

// `reader` is the connection `cases` and `mentions` read from.
std::optional<CaseDetails> loadCaseDetails(Database &reader, CaseQueries &cases,
                                           MentionQueries &mentions, std::int64_t caseId);

} // namespace earshot
