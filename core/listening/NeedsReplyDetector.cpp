// SPDX-License-Identifier: Apache-2.0
#include "listening/NeedsReplyDetector.h"

#include "listening/CareCues.h"
#include "listening/PostWords.h"

#include <algorithm>

namespace earshot {

namespace {

// How likely an agent answers a post of each category before anything else is known.
double prior(Category category)
{
    switch (category) {
    case Category::Claim:
        return 0.9;
    case Category::Question:
        return 0.85;
    case Category::Complaint:
        return 0.75;
    case Category::Feedback:
        return 0.35;
    case Category::Observation:
        return 0.2;
    case Category::Praise:
        return 0.15;
    case Category::Spam:
        return 0.02;
    }
    return 0.2;
}

} // namespace

NeedsReplyDetector::NeedsReplyDetector()
{
    careCues(); // build the tables now, not on the first mention
}

NeedsReplyReading NeedsReplyDetector::read(QStringView text, const QString &lang,
                                           const CategoryReading &category) const
{
    NeedsReplyReading reading;
    double p = prior(category.category);
    if (category.category == Category::Spam) {
        reading.confidence = 1 - p;
        return reading;
    }

    const PostWords &words = PostWords::ofText(text);
    bool resolved = false;
    bool asks = false;
    QStringList cues;
    for (const PhraseHit &hit : careCues().find(words, lang)) {
        const auto cue = CareCue(hit.tag);
        const QString quote = words.quote(hit.firstWord, hit.lastWord).toString();
        if (cue == CareCue::Resolved) {
            resolved = true;
            cues.append(quote);
        } else if (cue == CareCue::Chase || cue == CareCue::Question || cue == CareCue::Claim) {
            asks = true;
            cues.append(quote);
        }
    }
    if (words.questionMarks() > 0) {
        asks = true;
        cues.append(QStringLiteral("?"));
    }

    // "@brand still no answer??" is waiting for us whatever its category.
    if (asks)
        p = std::max(p, 0.8);
    // "thanks, sorted now" closes the matter, unless it goes on to ask something.
    if (resolved && !asks)
        p = std::min(p, 0.1);
    // Praise and observations ask nothing, even with a stray question mark ("how good is this?!").
    if ((category.category == Category::Praise || category.category == Category::Observation)
        && asks && words.questionMarks() > 0 && cues.size() == 1)
        p = 0.45;

    reading.needsReply = p >= 0.5;
    reading.confidence = reading.needsReply ? p : 1 - p;
    reading.cues = cues.isEmpty() && reading.needsReply ? category.cues : cues;
    return reading;
}

} // namespace earshot
