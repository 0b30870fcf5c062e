// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Priority.h"
#include "listening/Reading.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// Which fields of a case's reading an agent corrected (cases.corrected): a correction outlives
// the customer writing again.
enum CorrectedField : int { CorrectedSentiment = 1, CorrectedCategory = 2, CorrectedPriority = 4 };

// The reading a case shows, read as a whole: sentiment and emotion of its latest message (how the
// customer feels now), the category of the most pressing thing said in it, and every risk any of
// its messages carried until an agent clears it.
struct CaseReading {
    std::optional<Sentiment> sentiment; // nothing when nothing was read yet
    std::optional<Category> category;
    Emotion emotion = Emotion::None;
    bool needsReply = false;
    RiskFlags risks = 0;
    bool direct = false; // any of its messages was written to us
    int corrected = 0;   // CorrectedField bits
    std::optional<std::int64_t> waitingSinceMs;
};

// How the reading is stored in cases.sentiment, .category and .emotion: the key, or a null
// QString (NULL) for nothing read and for no emotion.
QString storedKey(std::optional<Sentiment> sentiment);
QString storedKey(std::optional<Category> category);
QString storedKey(Emotion emotion);

// The case's reading once a customer's new message (read as `incoming`, written at `atMs`) joins
// it. The new message decides the sentiment and the emotion, except that one with no feeling
// ("hello??") leaves the feeling of messages still waiting for us, and that a positive message in
// a complaint or claim (relief at our answer) reads neutral. The category only moves to a more
// pressing one: "thank you for replying" after "my line is down" keeps the complaint. Risks add
// up. An agent's correction outlives all of it.
CaseReading mergeCaseReading(const CaseReading &current, const MentionReading &incoming,
                             std::int64_t atMs);

// A post heard only through a listening term and not written to the brand (no private message,
// no @handle of its account) is an observation of what people say, not a question to us: it is
// read like any post but asks for no reply by default, as a post addressed to the brand does.
// An agent may still answer it. The reading it is threaded and stored with.
MentionReading readAsObservation(MentionReading reading);

// The reading of a case's first message.
CaseReading firstCaseReading(const MentionReading &reading, std::int64_t atMs);

// Who is speaking, as priority signals: `badgeBits` are PersonBadges' BadgeBit values (an
// "influencer" badge among them), `followers` the widest audience known (the influencer
// threshold decides when no agent said so). The ingest, the case desk and the rescoring share it.
PrioritySignals speakerSignals(int badgeBits, std::optional<std::int64_t> followers,
                               std::int64_t influencerFollowers);

// The priority signals a case's reading gives, joined with who is speaking (`speaker`).
PrioritySignals prioritySignalsOf(const CaseReading &reading, PrioritySignals speaker);

} // namespace earshot
