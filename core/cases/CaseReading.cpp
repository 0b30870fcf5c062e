// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseReading.h"

#include "people/PersonBadges.h"

namespace earshot {

namespace {

// How pressing a category is for a care team: money asked for first, spam last.
int categoryUrgency(const QString &key)
{
    Category category = Category::Observation;
    if (!categoryFromKey(key, &category))
        return -1;
    switch (category) {
    case Category::Claim:
        return 6;
    case Category::Complaint:
        return 5;
    case Category::Question:
        return 4;
    case Category::Feedback:
        return 3;
    case Category::Praise:
        return 2;
    case Category::Observation:
        return 1;
    case Category::Spam:
        return 0;
    }
    return -1;
}

// Lower is more negative; unknown keys lose to any reading.
int sentimentRank(const QString &key)
{
    Sentiment sentiment = Sentiment::Neutral;
    return sentimentFromKey(key, &sentiment) ? int(sentiment) : 99;
}

} // namespace

CaseReading firstCaseReading(const MentionReading &reading, std::int64_t atMs)
{
    CaseReading first;
    first.sentiment = sentimentKey(reading.sentiment.label);
    first.category = categoryKey(reading.category.category);
    first.emotion = emotionKey(reading.emotion.emotion);
    first.needsReply = reading.needsReply.needsReply;
    first.risks = reading.risks.flags;
    first.waitingSinceMs = atMs;
    return first;
}

PrioritySignals speakerSignals(int badgeBits, std::optional<std::int64_t> followers,
                               std::int64_t influencerFollowers)
{
    PrioritySignals speaker;
    speaker.customer = badgeBits & Customer;
    speaker.prospect = badgeBits & Prospect;
    speaker.employee = badgeBits & Employee;
    speaker.vip = badgeBits & Vip;
    // An agent's "influencer" counts whatever the follower count.
    speaker.influencer =
        (badgeBits & Influencer) || (followers && *followers >= influencerFollowers);
    return speaker;
}

PrioritySignals prioritySignalsOf(const CaseReading &reading, PrioritySignals speaker)
{
    speaker.risks = reading.risks;
    speaker.needsReply = reading.needsReply;
    speaker.direct = speaker.direct || reading.direct;
    Sentiment sentiment = Sentiment::Neutral;
    if (sentimentFromKey(reading.sentiment, &sentiment))
        speaker.sentiment = sentiment;
    Category category = Category::Observation;
    if (categoryFromKey(reading.category, &category))
        speaker.category = category;
    return speaker;
}

CaseReading mergeCaseReading(const CaseReading &current, const MentionReading &incoming,
                             std::int64_t atMs)
{
    const CaseReading fresh = firstCaseReading(incoming, atMs);
    CaseReading merged = current;
    merged.risks = current.risks | fresh.risks;
    const bool stillWaiting = current.waitingSinceMs.has_value();
    merged.waitingSinceMs = stillWaiting ? current.waitingSinceMs : fresh.waitingSinceMs;
    if (!(current.corrected & CorrectedSentiment)) {
        if (!stillWaiting || sentimentRank(fresh.sentiment) <= sentimentRank(current.sentiment))
            merged.sentiment = fresh.sentiment;
    }
    if (!(current.corrected & CorrectedCategory)) {
        if (!stillWaiting || categoryUrgency(fresh.category) >= categoryUrgency(current.category))
            merged.category = fresh.category;
    }
    if (!stillWaiting || !fresh.emotion.isEmpty())
        merged.emotion = fresh.emotion;
    merged.needsReply = fresh.needsReply || (stillWaiting && current.needsReply);
    return merged;
}

} // namespace earshot
