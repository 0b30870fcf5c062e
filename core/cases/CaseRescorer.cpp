// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseRescorer.h"

#include "Tr.h"
#include "cases/CaseReading.h"
#include "people/PersonBadges.h"

namespace earshot {

QString movedInQueueMessage(int moved)
{
    return Tr::tr("Open cases that moved in the queue: %n.", nullptr, moved);
}

namespace {

// Badges and follower counts as the case desk reads them (PeopleQueries::person): a badge an
// agent or a list set, or a handle at the influencer threshold. The badges come as one bit each
// (a badge is stored once per person, so their sum is the bits): the ingest scores a person's
// cases again each time they gain one, and parsing names there costs more than the query.
// Only cases still to work on, with a reading, whose priority no agent set by hand
// (CorrectedPriority = 4).
#define EARSHOT_RESCORE_SELECT                                                                     \
    "SELECT c.id, c.sentiment, c.category, coalesce(c.needs_reply, 0), c.risks, c.direct, "        \
    "c.priority, (SELECT total(CASE b.badge WHEN 'customer' THEN 1 WHEN 'prospect' THEN 2 "        \
    "WHEN 'employee' THEN 4 WHEN 'vip' THEN 8 WHEN 'influencer' THEN 16 ELSE 0 END) "              \
    "FROM person_badges b WHERE b.person_id = c.person_id), "                                      \
    "(SELECT max(h.followers) FROM handles h WHERE h.person_id = c.person_id) FROM cases c "       \
    "WHERE c.status NOT IN ('resolved', 'closed') AND c.category IS NOT NULL "                     \
    "AND (c.corrected & 4) = 0"

enum BadgeBit : std::int64_t { Customer = 1, Prospect = 2, Employee = 4, Vip = 8, Influencer = 16 };

} // namespace

CaseRescorer::CaseRescorer(Database &db)
    : m_db(db)
    , m_all(db, EARSHOT_RESCORE_SELECT)
    , m_ofPerson(db, EARSHOT_RESCORE_SELECT " AND c.person_id = ?")
    , m_byId(db, EARSHOT_RESCORE_SELECT " AND c.id = ?")
    , m_update(db, "UPDATE cases SET priority = ? WHERE id = ?")
{
    static_assert(CorrectedPriority == 4, "EARSHOT_RESCORE_SELECT names the bit by value");
}

std::vector<std::int64_t> CaseRescorer::allCases(const PriorityWeights &weights)
{
    std::vector<std::int64_t> changed;
    rescore(m_all, weights, influencerThreshold(m_db), &changed);
    return changed;
}

std::vector<std::int64_t> CaseRescorer::casesOf(const std::vector<std::int64_t> &personIds,
                                                const PriorityWeights &weights)
{
    std::vector<std::int64_t> changed;
    const std::int64_t influencerFollowers = influencerThreshold(m_db);
    for (const std::int64_t personId : personIds) {
        m_ofPerson.bind(1, personId);
        rescore(m_ofPerson, weights, influencerFollowers, &changed);
    }
    return changed;
}

std::vector<std::int64_t> CaseRescorer::oneCase(std::int64_t caseId, const PriorityWeights &weights)
{
    std::vector<std::int64_t> changed;
    m_byId.bind(1, caseId);
    rescore(m_byId, weights, influencerThreshold(m_db), &changed);
    return changed;
}

void CaseRescorer::rescore(Statement &cases, const PriorityWeights &weights,
                           std::int64_t influencerFollowers, std::vector<std::int64_t> *changed)
{
    struct Change {
        std::int64_t caseId;
        int priority;
    };
    // Read everything first: updating the table a statement is still stepping through would
    // make SQLite's answer depend on the plan.
    std::vector<Change> changes;
    while (cases.step()) {
        CaseReading reading;
        reading.sentiment = cases.toString(1);
        reading.category = cases.toString(2);
        reading.needsReply = cases.toInt(3) != 0;
        reading.risks = RiskFlags(cases.toInt(4));
        reading.direct = cases.toInt(5) != 0;
        const std::int64_t badges = std::int64_t(cases.toDouble(7));
        PrioritySignals speaker;
        speaker.customer = badges & Customer;
        speaker.prospect = badges & Prospect;
        speaker.employee = badges & Employee;
        speaker.vip = badges & Vip;
        const std::optional<std::int64_t> followers = cases.toOptionalInt(8);
        speaker.influencer =
            (badges & Influencer) || (followers && *followers >= influencerFollowers);
        // Waiting stays out, as in the priority stored when a message is read.
        const int priority = priorityTotal(prioritySignalsOf(reading, speaker), weights);
        if (priority != cases.toInt(6))
            changes.push_back({cases.toInt(0), priority});
    }
    cases.reset();
    for (const Change &change : changes) {
        m_update.bind(1, change.priority).bind(2, change.caseId).run();
        changed->push_back(change.caseId);
    }
}

} // namespace earshot
