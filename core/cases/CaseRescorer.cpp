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

// "CASE column WHEN 'key' THEN 0 … ELSE -1 END": the vocabulary's keys as their index, so a
// million rows are read as numbers, not strings. The keys are Earshot's own: no quoting needed.
QByteArray indexOfKey(const char *column, const QStringList &keys)
{
    QByteArray sql = QByteArray("CASE ") + column;
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql += " WHEN '" + keys[i].toUtf8() + "' THEN " + QByteArray::number(i);
    return sql + " ELSE -1 END";
}

enum class Rows { All, OfPerson, ById };

// What a case's priority is made of, one row a case: the reading, then badges and follower
// counts as the case desk reads them (PeopleQueries::person): a badge an agent or a list set, or
// a handle at the influencer threshold. Only cases still to work on, with a reading, whose
// priority no agent set by hand.
QByteArray rescoreSelect(Rows rows)
{
    // The tables list the values in the enums' order, so an index is the value.
    QByteArray sql = "SELECT c.id, " + indexOfKey("c.sentiment", keysIn(sentimentKeyTable)) + ", "
                     + indexOfKey("c.category", keysIn(categoryKeyTable))
                     + ", coalesce(c.needs_reply, 0), c.risks, c.direct, c.priority, c.version, ";
    if (rows == Rows::All) {
        // Every case: one pass down the table, each person's badges and followers worked out
        // once. Left to itself SQLite reads them again for every case (5.7 s instead of 2.7 s
        // for a million mentions).
        sql += "coalesce(pb.bits, 0), hf.followers FROM cases c NOT INDEXED "
               "LEFT JOIN (SELECT person_id, "
               + badgeBitsSql()
               + " AS bits FROM person_badges "
                 "GROUP BY person_id) pb ON pb.person_id = c.person_id "
                 "LEFT JOIN (SELECT person_id, max(followers) AS followers FROM handles "
                 "GROUP BY person_id) hf ON hf.person_id = c.person_id";
    } else {
        sql += "(SELECT " + badgeBitsSql()
               + " FROM person_badges b "
                 "WHERE b.person_id = c.person_id), "
                 "(SELECT max(h.followers) FROM handles h WHERE h.person_id = c.person_id) "
                 "FROM cases c";
    }
    sql += " WHERE c.status NOT IN ('resolved', 'closed') AND c.category IS NOT NULL "
           "AND (c.corrected & "
           + QByteArray::number(int(CorrectedPriority)) + ") = 0";
    if (rows == Rows::OfPerson)
        sql += " AND c.person_id = ?";
    else if (rows == Rows::ById)
        sql += " AND c.id = ?";
    return sql;
}

} // namespace

CaseRescorer::CaseRescorer(Database &db)
    : m_db(db)
    , m_all(db, rescoreSelect(Rows::All).constData())
    , m_ofPerson(db, rescoreSelect(Rows::OfPerson).constData())
    , m_byId(db, rescoreSelect(Rows::ById).constData())
    , m_update(db, "UPDATE cases SET priority = ? WHERE id = ?")
    , m_updateIfUnchanged(db, "UPDATE cases SET priority = ? WHERE id = ? AND version = ?")
{}

std::vector<std::int64_t> CaseRescorer::allCases(const PriorityWeights &weights)
{
    std::vector<std::int64_t> changed;
    rescore(m_all, weights, influencerThreshold(m_db), &changed);
    return changed;
}

std::vector<PriorityChange> CaseRescorer::planAll(const PriorityWeights &weights)
{
    return plan(m_all, weights, influencerThreshold(m_db));
}

std::vector<std::int64_t> CaseRescorer::apply(const PriorityChange *begin,
                                              const PriorityChange *end)
{
    std::vector<std::int64_t> changed;
    for (const PriorityChange *change = begin; change != end; ++change) {
        m_updateIfUnchanged.bind(1, change->priority)
            .bind(2, change->caseId)
            .bind(3, change->version)
            .run();
        if (m_db.changes() > 0)
            changed.push_back(change->caseId);
    }
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
    // Read everything first: updating the table a statement is still stepping through would
    // make SQLite's answer depend on the plan.
    for (const PriorityChange &change : plan(cases, weights, influencerFollowers)) {
        m_update.bind(1, change.priority).bind(2, change.caseId).run();
        changed->push_back(change.caseId);
    }
}

std::vector<PriorityChange> CaseRescorer::plan(Statement &cases, const PriorityWeights &weights,
                                               std::int64_t influencerFollowers)
{
    std::vector<PriorityChange> changes;
    while (cases.step()) {
        // As prioritySignalsOf() builds them from a CaseReading (RescoreTest holds the two to
        // the same total), without a string per row.
        PrioritySignals signals =
            speakerSignals(int(cases.toDouble(8)), cases.toOptionalInt(9), influencerFollowers);
        if (const std::int64_t sentiment = cases.toInt(1); sentiment >= 0)
            signals.sentiment = Sentiment(sentiment);
        if (const std::int64_t category = cases.toInt(2); category >= 0)
            signals.category = allCategories()[category];
        signals.needsReply = cases.toInt(3) != 0;
        signals.risks = RiskFlags(cases.toInt(4));
        signals.direct = cases.toInt(5) != 0;
        // Waiting stays out, as in the priority stored when a message is read.
        const int priority = priorityTotal(signals, weights);
        if (priority != cases.toInt(6))
            changes.push_back({cases.toInt(0), cases.toInt(7), priority});
    }
    cases.reset();
    return changes;
}

} // namespace earshot
