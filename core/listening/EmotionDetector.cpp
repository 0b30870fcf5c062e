// SPDX-License-Identifier: Apache-2.0
#include "listening/EmotionDetector.h"

#include "listening/text/Tokenizer.h"
#include "listening/text/Vocabulary.h"

#include <array>

namespace earshot {

namespace {

constexpr std::array<Emotion, 7> kEmotions = {
    Emotion::Anger,     Emotion::Frustration, Emotion::Anxiety,       Emotion::Joy,
    Emotion::Gratitude, Emotion::Sadness,     Emotion::Disappointment};
constexpr std::array<Role, 7> kRoles = {Role::Anger,         Role::Frustration, Role::Anxiety,
                                        Role::Joy,           Role::Gratitude,   Role::Sadness,
                                        Role::Disappointment};
enum { Anger, Frustration, Anxiety, Joy, Gratitude, Sadness, Disappointment };

// One clear cue ("furious", "🙏", "thank you") is enough; two weak ones ("great", "lol") are too.
constexpr float kClearEnough = 0.8f;
// The winner must outweigh an opposite feeling by this much, else the post is mixed: None.
constexpr float kMargin = 1.5f;

// Anger and frustration are neighbours, as are joy and gratitude, and sadness and
// disappointment; disappointment also sits beside frustration ("let down again"). Neighbours do
// not blur each other.
int group(size_t k)
{
    switch (k) {
    case Anger:
    case Frustration:
        return 0;
    case Anxiety:
        return 1;
    case Joy:
    case Gratitude:
        return 2;
    default:
        return 3;
    }
}

bool neighbours(size_t a, size_t b)
{
    if ((a == Disappointment && b == Frustration) || (a == Frustration && b == Disappointment))
        return true;
    return group(a) == group(b);
}

} // namespace

EmotionDetector::EmotionDetector()
{
    vocabularyFor(QString());
}

EmotionReading EmotionDetector::read(QStringView text, const QString &lang) const
{
    const Vocabulary &words = vocabularyFor(lang);
    const Tokens &tokens = tokensOf(text);
    std::array<float, kEmotions.size()> score{};
    std::array<int, kEmotions.size()> cueFirst{};
    cueFirst.fill(-1);
    std::array<int, kEmotions.size()> cueLast{};
    bool sarcasm = tokens.hasSarcasmTag();

    for (int i = 0; i < tokens.size();) {
        Match matches[Vocabulary::kMaxMatches];
        const int count = words.matchesAt(tokens, i, matches);
        int advance = 1;
        for (int m = 0; m < count; ++m) {
            if (matches[m].entry->has(Role::Sarcasm)) {
                sarcasm = true;
                advance = std::max(advance, matches[m].length);
            }
        }
        const Token &token = tokens[i];
        const bool sign = token.kind != Token::Kind::Word;
        for (size_t k = 0; k < kRoles.size() && count > 0; ++k) {
            const Match *match = nullptr; // longest entry naming this feeling
            for (int m = 0; m < count && !match; ++m)
                if (matches[m].entry->has(kRoles[k]))
                    match = &matches[m];
            if (!match)
                continue;
            advance = std::max(advance, match->length);
            const float value = (*match->entry)[kRoles[k]];
            // "thanks for nothing" is listed with weight 0; "not happy" is no joy, and "the
            // panic is over" no anxiety.
            if (value <= 0
                || (!sign
                    && (negatedBefore(tokens, words, i, 3)
                        || endedAfter(tokens, words, i + match->length - 1))))
                continue;
            score[k] += value * (token.allCaps && !tokens.shouting() ? 1.2f : 1.f);
            if (cueFirst[k] < 0) {
                cueFirst[k] = i;
                cueLast[k] = i + match->length - 1;
            }
        }
        i += advance;
    }

    // Praise inside sarcasm is no joy and no thanks but the frustration it mocks; shouting
    // stresses anger and frustration.
    if (sarcasm) {
        score[Frustration] += score[Joy] + score[Gratitude];
        score[Joy] = score[Gratitude] = 0;
    }
    if (tokens.shouting() || tokens.exclamations() >= 2) {
        for (size_t k : {size_t(Anger), size_t(Frustration)})
            if (score[k] > 0)
                score[k] += 0.3f;
    }

    size_t best = 0;
    for (size_t k = 1; k < score.size(); ++k)
        if (score[k] > score[best])
            best = k;
    float second = 0;
    float rival = 0;
    for (size_t k = 0; k < score.size(); ++k) {
        if (k == best)
            continue;
        second = std::max(second, score[k]);
        if (!neighbours(k, best))
            rival = std::max(rival, score[k]);
    }

    EmotionReading reading;
    if (score[best] < kClearEnough || score[best] < kMargin * rival)
        return reading;
    reading.emotion = kEmotions[best];
    reading.confidence =
        std::min(1.0, 0.45 + 0.25 * score[best]) * (1.0 - 0.5 * (second / score[best]));
    for (size_t k = 0; k < score.size(); ++k) {
        if (cueFirst[k] < 0 || (k != best && !neighbours(k, best)))
            continue;
        const Token &first = tokens[cueFirst[k]];
        const Token &last = tokens[cueLast[k]];
        const QString cue =
            text.mid(first.begin, last.begin + last.text.size() - first.begin).toString();
        if (k == best)
            reading.cues.prepend(cue);
        else
            reading.cues.append(cue);
    }
    return reading;
}

} // namespace earshot
