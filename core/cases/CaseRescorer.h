// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Priority.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace earshot {

// "Open cases that moved in the queue: 3.", for the window and the command line alike.
QString movedInQueueMessage(int moved);

// Works the stored priority of cases still to work on out again from what is stored now: their
// reading, the person's badges and follower counts, and the weights. The queue is ordered by the
// stored priority, so whatever changes one of those after a message was read (a lead's new
// weights, a speaker list, a badge, a merge, our reply, a correction) calls this, and the queue
// and the case desk's "why" agree again. A priority an agent set by hand is left as it is, and
// so are resolved and closed cases (their order is by date) and cases nothing was read in yet.
// Runs inside a transaction the caller holds; each call returns the cases whose priority changed.
// A case's priority as worked out again, and the version of the case it was worked out from.
struct PriorityChange {
    std::int64_t caseId = 0;
    std::int64_t version = 0;
    int priority = 0;
};

class CaseRescorer final {
public:
    explicit CaseRescorer(Database &db);

    std::vector<std::int64_t> allCases(const PriorityWeights &weights);
    // allCases in two halves, so the long read needs no write lock: what would change, read on
    // any connection (a reader's snapshot), then written in slices by the writer. A case that
    // changed in between (its version moved: a new message, a command) is left alone; whatever
    // changed it scored it anew.
    std::vector<PriorityChange> planAll(const PriorityWeights &weights);
    // Writes changes [begin, end); returns the cases whose priority moved.
    std::vector<std::int64_t> apply(const PriorityChange *begin, const PriorityChange *end);
    std::vector<std::int64_t> casesOf(const std::vector<std::int64_t> &personIds,
                                      const PriorityWeights &weights);
    std::vector<std::int64_t> oneCase(std::int64_t caseId, const PriorityWeights &weights);

private:
    // Scores the rows `cases` gives (bound, not stepped yet) and writes those that changed.
    void rescore(Statement &cases, const PriorityWeights &weights, std::int64_t influencerFollowers,
                 std::vector<std::int64_t> *changed);
    // The changes the rows `cases` gives would make, without writing them.
    std::vector<PriorityChange> plan(Statement &cases, const PriorityWeights &weights,
                                     std::int64_t influencerFollowers);

    Database &m_db;
    Statement m_all;
    Statement m_ofPerson;
    Statement m_byId;
    Statement m_update;
    Statement m_updateIfUnchanged;
};

} // namespace earshot
