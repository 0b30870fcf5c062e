// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace earshot {

// What Earshot reads in one mention: the language it is written in, how it feels, what it is
// about, whether it asks for an answer and which business risks it carries. Every part keeps the
// cues that decided it, so an agent sees why and can correct it.

struct LanguageReading {
    QString code;          // ISO 639-1 ("en", "de"); empty when the text is too short to tell
    double confidence = 0; // 0..1
};

// Five levels, from the most negative. Their keys (below) are stored in the workspace, written in
// scenario and learning files and printed by earshot-cli.
enum class Sentiment { VeryNegative, Negative, Neutral, Positive, VeryPositive };
inline constexpr KeyTable<Sentiment, 5> sentimentKeyTable{{
    {Sentiment::VeryNegative, "very negative"},
    {Sentiment::Negative, "negative"},
    {Sentiment::Neutral, "neutral"},
    {Sentiment::Positive, "positive"},
    {Sentiment::VeryPositive, "very positive"},
}};
static_assert(keytable::coversInOrder(sentimentKeyTable)
              && keytable::keysDistinct(sentimentKeyTable)
              && std::size_t(Sentiment::VeryPositive) + 1 == sentimentKeyTable.size());

struct SentimentReading {
    Sentiment label = Sentiment::Neutral;
    double score = 0;      // -1 (very negative) .. 1 (very positive)
    double confidence = 0; // 0..1
    QStringList cues;      // what moved it, as written in the text ("not happy", "WORST", "😡")
};

// Sadness (grief, loss, feeling low) and disappointment (expected better, let down) came last:
// the keys are what is stored, so the order may grow at the end only.
enum class Emotion { None, Anger, Frustration, Anxiety, Joy, Gratitude, Sadness, Disappointment };
// None has no key: the workspace stores it as NULL, earshot-cli prints null.
inline constexpr KeyTable<Emotion, 7> emotionKeyTable{{
    {Emotion::Anger, "anger"},
    {Emotion::Frustration, "frustration"},
    {Emotion::Anxiety, "anxiety"},
    {Emotion::Joy, "joy"},
    {Emotion::Gratitude, "gratitude"},
    {Emotion::Sadness, "sadness"},
    {Emotion::Disappointment, "disappointment"},
}};
static_assert(keytable::coversInOrder(emotionKeyTable, 1) && keytable::keysDistinct(emotionKeyTable)
              && std::size_t(Emotion::Disappointment) == emotionKeyTable.size());

struct EmotionReading {
    Emotion emotion = Emotion::None; // None unless one emotion is clear
    double confidence = 0;
    QStringList cues;
};

// The triage question of social care: what does this person want from us?
enum class Category { Complaint, Claim, Question, Praise, Feedback, Observation, Spam };
inline constexpr KeyTable<Category, 7> categoryKeyTable{{
    {Category::Complaint, "complaint"},
    {Category::Claim, "claim"},
    {Category::Question, "question"},
    {Category::Praise, "praise"},
    {Category::Feedback, "feedback"},
    {Category::Observation, "observation"},
    {Category::Spam, "spam"},
}};
static_assert(keytable::coversInOrder(categoryKeyTable) && keytable::keysDistinct(categoryKeyTable)
              && std::size_t(Category::Spam) + 1 == categoryKeyTable.size());

struct CategoryReading {
    Category category = Category::Observation;
    double confidence = 0;
    QStringList cues;
};

// Business risks, as bit flags: a mention may carry several.
enum class Risk : std::uint32_t {
    LegalThreat = 1u << 0,
    Churn = 1u << 1,            // cancel or leave intent
    Safety = 1u << 2,           // danger to people or property
    PurchaseIntent = 1u << 3,   // a prospect ready to buy
    PressOrRegulator = 1u << 4, // media or a regulator is (or will be) involved
    StaffAbuse = 1u << 5,       // abuse directed at staff or agents
    Scam = 1u << 6,             // phishing posing as us, after our customers' money or details
};
inline constexpr KeyTable<Risk, 7> riskKeyTable{{
    {Risk::LegalThreat, "legal"},
    {Risk::Churn, "churn"},
    {Risk::Safety, "safety"},
    {Risk::PurchaseIntent, "purchase"},
    {Risk::PressOrRegulator, "press"},
    {Risk::StaffAbuse, "staff-abuse"},
    {Risk::Scam, "scam"},
}};
namespace keytable {
// The risk table lists one bit after the other, from the lowest.
constexpr bool bitsInOrder(const KeyTable<Risk, 7> &table)
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (static_cast<std::uint32_t>(table[i].value) != (1u << i))
            return false;
    }
    return true;
}
} // namespace keytable
static_assert(keytable::bitsInOrder(riskKeyTable) && keytable::keysDistinct(riskKeyTable)
              && std::uint32_t(Risk::Scam) == 1u << (riskKeyTable.size() - 1));

using RiskFlags = std::uint32_t;
constexpr RiskFlags riskFlag(Risk risk)
{
    return static_cast<RiskFlags>(risk);
}
constexpr bool hasRisk(RiskFlags flags, Risk risk)
{
    return (flags & riskFlag(risk)) != 0;
}

struct RiskReading {
    RiskFlags flags = 0;
    QStringList cues; // the phrases that raised the flags
    // The post reports on others, as news does ("… no one hurt, police say"), and names neither
    // its writer nor us: nobody asks us anything in it.
    bool reportsOnOthers = false;
};

struct NeedsReplyReading {
    bool needsReply = false;
    double confidence = 0;
    QStringList cues;
};

struct MentionReading {
    LanguageReading language;
    // False when the post is in a language Earshot has neither word lists nor a model for
    // (language.code says which): its sentiment and category are then no reading at all, not a
    // neutral observation, and the case view and earshot-cli say "not read".
    bool read = true;
    SentimentReading sentiment;
    EmotionReading emotion;
    CategoryReading category;
    NeedsReplyReading needsReply;
    RiskReading risks;
};

// Stable keys (stored in the workspace, printed by earshot-cli), read from the tables above, and
// translated titles. A key the table does not hold gives nothing: input from files and older
// workspaces is checked, never trusted.
QString sentimentKey(Sentiment sentiment);
QString emotionKey(Emotion emotion); // "" for None
QString categoryKey(Category category);
QString riskKey(Risk risk);
// In the enum's order; unknown keys add nothing.
QStringList riskKeys(RiskFlags flags);
RiskFlags riskFlagsFromKeys(const QStringList &keys);
const QList<Risk> &allRisks();
const QList<Category> &allCategories();
std::optional<Sentiment> sentimentFromKey(QStringView key);
std::optional<Emotion> emotionFromKey(QStringView key); // nothing for "" too
std::optional<Category> categoryFromKey(QStringView key);
std::optional<Risk> riskFromKey(QStringView key);

QString sentimentTitle(Sentiment sentiment);
QString categoryTitle(Category category);
QString emotionTitle(Emotion emotion);
QString riskTitle(Risk risk);
QString riskTitles(RiskFlags flags); // "Legal threat, Scam posing as us", in the enum's order

// Whether Earshot reads posts in this language (ISO 639-1): English, German, French, Spanish,
// Italian, Portuguese and Dutch, and "" (too short to tell: read with the English lists).
bool languageIsRead(QStringView code);

// The five levels from a score: the cut points every reader of sentiment shares.
Sentiment sentimentFromScore(double score);

} // namespace earshot
