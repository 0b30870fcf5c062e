// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace earshot {

// What Earshot reads in one mention: the language it is written in, how it feels, what it is
// about, whether it asks for an answer and which business risks it carries. Every part keeps the
// cues that decided it, so an agent sees why and can correct it.

struct LanguageReading {
    QString code;          // ISO 639-1 ("en", "de"); empty when the text is too short to tell
    double confidence = 0; // 0..1
};

// Five levels; keys as the case vocabulary spells them ("very negative" … "very positive").
enum class Sentiment { VeryNegative, Negative, Neutral, Positive, VeryPositive };

struct SentimentReading {
    Sentiment label = Sentiment::Neutral;
    double score = 0;      // -1 (very negative) .. 1 (very positive)
    double confidence = 0; // 0..1
    QStringList cues;      // what moved it, as written in the text ("not happy", "WORST", "😡")
};

enum class Emotion { None, Anger, Frustration, Anxiety, Joy, Gratitude };

struct EmotionReading {
    Emotion emotion = Emotion::None; // None unless one emotion is clear
    double confidence = 0;
    QStringList cues;
};

// The triage question of social care: what does this person want from us?
enum class Category { Complaint, Claim, Question, Praise, Feedback, Observation, Spam };

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
};

struct NeedsReplyReading {
    bool needsReply = false;
    double confidence = 0;
    QStringList cues;
};

struct MentionReading {
    LanguageReading language;
    SentimentReading sentiment;
    EmotionReading emotion;
    CategoryReading category;
    NeedsReplyReading needsReply;
    RiskReading risks;
};

// Stable keys (stored in the workspace, printed by earshot-cli) and translated titles.
QString sentimentKey(Sentiment sentiment);
QString emotionKey(Emotion emotion); // "" for None
QString categoryKey(Category category);
// "legal", "churn", "safety", "purchase", "press", "staff-abuse", "scam"
QString riskKey(Risk risk);
QStringList riskKeys(RiskFlags flags); // in the enum's order
RiskFlags riskFlagsFromKeys(const QStringList &keys);
const QList<Risk> &allRisks();
const QList<Category> &allCategories();
bool sentimentFromKey(const QString &key, Sentiment *out);
bool categoryFromKey(const QString &key, Category *out);

QString emotionTitle(Emotion emotion);
QString riskTitle(Risk risk);
QString riskTitles(RiskFlags flags); // "Legal threat, Scam posing as us", in the enum's order

// The five levels from a score: the cut points every reader of sentiment shares.
Sentiment sentimentFromScore(double score);

} // namespace earshot
