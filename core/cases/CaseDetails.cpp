// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseDetails.h"

#include "cases/CaseReading.h"
#include "cases/LeadRouting.h"
#include "cases/PrioritySettings.h"
#include "listening/MentionReader.h"
#include "people/PersonBadges.h"

#include <algorithm>

namespace earshot {

namespace {

PriorityBreakdown priorityNow(Database &reader, const CaseRow &row,
                              const std::optional<PersonSummary> &person, std::int64_t nowMs)
{
    CaseReading reading;
    reading.sentiment = row.sentiment;
    reading.category = row.category;
    reading.needsReply = row.needsReply;
    reading.risks = row.risks;
    reading.direct = row.direct;
    // The person's badges already include "influencer" where the follower count says so.
    int badgeBits = 0;
    if (person) {
        for (const PersonBadge &badge : person->badges)
            badgeBits |= badgeBit(badge.badge);
    }
    PrioritySignals signals = prioritySignalsOf(reading, speakerSignals(badgeBits, {}, 0));
    if (isOpenStatus(row.status) && row.waitingSinceMs)
        signals.waitingMs = std::max<std::int64_t>(0, nowMs - *row.waitingSinceMs);
    PriorityBreakdown breakdown = scorePriority(signals, loadPriorityWeights(reader));
    // One priority: the number the list shows and the queue follows (cases.priority_now), with
    // the wait counted as it was last brought up to date. A priority an agent set by hand is
    // what the queue follows too; say so rather than recompute.
    for (PriorityReason &reason : breakdown.reasons) {
        if (reason.key == u"waiting")
            reason.points = row.waitingPoints;
    }
    breakdown.reasons.erase(std::remove_if(breakdown.reasons.begin(), breakdown.reasons.end(),
                                           [](const PriorityReason &r) { return r.points == 0; }),
                            breakdown.reasons.end());
    breakdown.total = row.priority;
    return breakdown;
}

QString excerptOf(const QString &text)
{
    QString line = text.simplified();
    constexpr qsizetype length = 60;
    if (line.size() > length)
        line = line.left(length - 1) + u'\u2026';
    return line;
}

} // namespace

std::vector<ReadingSource> readingSources(Database &reader, const CaseRow &row)
{
    struct Message {
        std::int64_t id;
        std::int64_t createdAtMs;
        QString sentiment;
        QString category;
        RiskFlags risks;
        QString text;
    };
    std::vector<Message> messages;
    Statement s(reader, "SELECT id, created_at, coalesce(sentiment, ''), coalesce(category, ''), "
                        "risks, text FROM mentions WHERE case_id = ? ORDER BY created_at, id");
    s.bind(1, row.id);
    while (s.step())
        messages.push_back({s.toInt(0), s.toInt(1), s.toString(2), s.toString(3),
                            RiskFlags(s.toInt(4)), s.toString(5)});
    std::vector<ReadingSource> sources;
    auto add = [&sources](const QString &field, const Message &m) {
        sources.push_back({field, m.id, m.createdAtMs, excerptOf(m.text)});
    };
    // One message decides everything: nothing to say.
    if (messages.size() < 2)
        return sources;
    if (row.sentiment && !(row.corrected & CorrectedSentiment)) {
        // The latest message read as the case reads; else the latest (a thank-you in a complaint
        // reads neutral on the case).
        const QString key = sentimentKey(*row.sentiment);
        auto it = std::find_if(messages.crbegin(), messages.crend(),
                               [&key](const Message &m) { return m.sentiment == key; });
        add(QStringLiteral("sentiment"), it != messages.crend() ? *it : messages.back());
    }
    if (row.category && !(row.corrected & CorrectedCategory)) {
        const QString key = categoryKey(*row.category);
        auto it = std::find_if(messages.cbegin(), messages.cend(),
                               [&key](const Message &m) { return m.category == key; });
        if (it != messages.cend())
            add(QStringLiteral("category"), *it);
    }
    for (Risk risk : allRisks()) {
        if (!hasRisk(row.risks, risk))
            continue;
        auto it = std::find_if(messages.cbegin(), messages.cend(),
                               [risk](const Message &m) { return hasRisk(m.risks, risk); });
        if (it != messages.cend())
            add(riskKey(risk), *it);
    }
    return sources;
}

std::optional<CaseDetails> loadCaseDetails(Database &reader, CaseQueries &cases,
                                           MentionQueries &mentions, std::int64_t caseId,
                                           std::int64_t nowMs)
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
    details.priorityNow = priorityNow(reader, *row, details.person, nowMs);
    details.leftToLead = row->risks & LeadRouting::load(reader);
    // The reader is built once: its word lists are shared, and reading one post takes
    // microseconds. The words that decided are looked for in the start of a very long post
    // only: this runs while the window waits, and reading costs what the text is long.
    static const MentionReader mentionReader;
    constexpr qsizetype cueTextLength = 20000;
    for (auto it = details.mentions.crbegin(); it != details.mentions.crend(); ++it) {
        if (it->caseId == caseId) {
            details.latestReading =
                mentionReader.read(QStringView(it->text).left(cueTextLength), it->lang);
            break;
        }
    }
    details.sources = readingSources(reader, *row);
    details.row = std::move(*row);
    return details;
}

} // namespace earshot
