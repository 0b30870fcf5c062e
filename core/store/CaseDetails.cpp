// SPDX-License-Identifier: Apache-2.0
#include "store/CaseDetails.h"

namespace earshot {

std::optional<CaseDetails> loadCaseDetails(Database &reader, CaseQueries &cases,
                                           MentionQueries &mentions, std::int64_t caseId)
{
    std::optional<CaseRow> row = cases.caseById(caseId);
    if (!row)
        return std::nullopt;
    CaseDetails details;
    details.person = cases.person(row->personId);
    details.mentions = mentions.conversation(caseId);
    details.earlierCases = cases.earlierCases(row->personId, caseId);
    details.replies = Outbox(reader).forCase(caseId);
    details.tags = cases.tags(caseId);
    details.timeline = CaseTimeline(reader).forCase(caseId);
    details.row = std::move(*row);
    return details;
}

} // namespace earshot
