// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseReading.h"

#include "people/PersonBadges.h"

namespace earshot {

namespace {

// How pressing a category is for a care team: money asked for first, spam last; nothing read
// loses to any reading.
int categoryUrgency(std::optional<Category> category)
{
    if (!category)
        return -1;
    switch (*category) {
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

// Lower is more negative (the enum's order); nothing read loses to any reading.
int sentimentRank(std::optional<Sentiment> sentiment)
{
    return sentiment ? int(*sentiment) : 99;
}

} // namespace

QString storedKey(std::optional<Sentiment> sentiment)
{
    return sentiment ? sentimentKey(*sentiment) : QString();
}

QString storedKey(std::optional<Category> category)
{
    return category ? categoryKey(*category) : QString();
}

QString storedKey(Emotion emotion)
{
    return emotion == Emotion::None ? QString() : emotionKey(emotion);
}

MentionReading readAsObservation(MentionReading reading)
{
    reading.needsReply.needsReply = false;
    return reading;
}

CaseReading firstCaseReading(const MentionReading &reading, std::int64_t atMs)
{
    CaseReading first;
    first.sentiment = reading.sentiment.label;
    first.category = reading.category.category;
    first.emotion = reading.emotion.emotion;
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
    if (reading.sentiment)
        speaker.sentiment = reading.sentiment;
    if (reading.category)
        speaker.category = reading.category;
    return speaker;
}

CaseReading mergeCaseReading(const CaseReading &current, const MentionReading &incoming,
                             std::int64_t atMs)
{
    const CaseReading fresh = firstCaseReading(incoming, atMs);
    CaseReading merged = current;
    // A risk raised by any message stays until an agent clears it.
    merged.risks = current.risks | fresh.risks;
    const bool stillWaiting = current.waitingSinceMs.has_value();
    merged.waitingSinceMs = stillWaiting ? current.waitingSinceMs : fresh.waitingSinceMs;
    // The category describes the conversation: the most pressing thing the customer said in it.
    // A polite follow-up ("thank you for replying") does not undo a complaint.
    if (!(current.corrected & CorrectedCategory)) {
        if (categoryUrgency(fresh.category) > categoryUrgency(current.category))
            merged.category = fresh.category;
    }
    // Sentiment and emotion follow the latest message: how the customer feels now. A message
    // with no feeling ("hello??") while earlier ones still wait for us leaves theirs. Relief at
    // our answer in a complaint or claim is no delight: the conversation is still about what
    // went wrong, so it reads neutral at best.
    const bool feelsNothing =
        fresh.sentiment == Sentiment::Neutral && fresh.emotion == Emotion::None;
    if (!(current.corrected & CorrectedSentiment)
        && !(stillWaiting && feelsNothing && current.sentiment)) {
        merged.sentiment = fresh.sentiment;
        const bool aboutAProblem =
            merged.category == Category::Complaint || merged.category == Category::Claim;
        if (aboutAProblem && merged.sentiment && *merged.sentiment > Sentiment::Neutral)
            merged.sentiment = Sentiment::Neutral;
    }
    if (!stillWaiting || fresh.emotion != Emotion::None)
        merged.emotion = fresh.emotion;
    merged.needsReply = fresh.needsReply || (stillWaiting && current.needsReply);
    return merged;
}

} // namespace earshot
