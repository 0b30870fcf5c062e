// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/CaseQueries.h"
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
    QStringList tags;
};

std::optional<CaseDetails> loadCaseDetails(CaseQueries &cases, MentionQueries &mentions,
                                           std::int64_t caseId);

} // namespace earshot
