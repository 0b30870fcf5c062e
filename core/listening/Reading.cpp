// SPDX-License-Identifier: Apache-2.0
#include "listening/Reading.h"

#include "Tr.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString sentimentKey(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::VeryNegative:
        return u"very negative"_s;
    case Sentiment::Negative:
        return u"negative"_s;
    case Sentiment::Neutral:
        return u"neutral"_s;
    case Sentiment::Positive:
        return u"positive"_s;
    case Sentiment::VeryPositive:
        return u"very positive"_s;
    }
    return u"neutral"_s;
}

bool sentimentFromKey(const QString &key, Sentiment *out)
{
    for (Sentiment s : {Sentiment::VeryNegative, Sentiment::Negative, Sentiment::Neutral,
                        Sentiment::Positive, Sentiment::VeryPositive}) {
        if (sentimentKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

Sentiment sentimentFromScore(double score)
{
    if (score <= -0.6)
        return Sentiment::VeryNegative;
    if (score <= -0.15)
        return Sentiment::Negative;
    if (score < 0.15)
        return Sentiment::Neutral;
    if (score < 0.6)
        return Sentiment::Positive;
    return Sentiment::VeryPositive;
}

QString emotionKey(Emotion emotion)
{
    switch (emotion) {
    case Emotion::None:
        return {};
    case Emotion::Anger:
        return u"anger"_s;
    case Emotion::Frustration:
        return u"frustration"_s;
    case Emotion::Anxiety:
        return u"anxiety"_s;
    case Emotion::Joy:
        return u"joy"_s;
    case Emotion::Gratitude:
        return u"gratitude"_s;
    }
    return {};
}

QString emotionTitle(Emotion emotion)
{
    switch (emotion) {
    case Emotion::None:
        return {};
    case Emotion::Anger:
        return Tr::tr("Anger");
    case Emotion::Frustration:
        return Tr::tr("Frustration");
    case Emotion::Anxiety:
        return Tr::tr("Anxiety");
    case Emotion::Joy:
        return Tr::tr("Joy");
    case Emotion::Gratitude:
        return Tr::tr("Gratitude");
    }
    return {};
}

const QList<Category> &allCategories()
{
    static const QList<Category> categories{
        Category::Complaint, Category::Claim,       Category::Question, Category::Praise,
        Category::Feedback,  Category::Observation, Category::Spam};
    return categories;
}

QString categoryKey(Category category)
{
    switch (category) {
    case Category::Complaint:
        return u"complaint"_s;
    case Category::Claim:
        return u"claim"_s;
    case Category::Question:
        return u"question"_s;
    case Category::Praise:
        return u"praise"_s;
    case Category::Feedback:
        return u"feedback"_s;
    case Category::Observation:
        return u"observation"_s;
    case Category::Spam:
        return u"spam"_s;
    }
    return u"observation"_s;
}

bool categoryFromKey(const QString &key, Category *out)
{
    for (Category c : allCategories()) {
        if (categoryKey(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}

const QList<Risk> &allRisks()
{
    static const QList<Risk> risks{
        Risk::LegalThreat,      Risk::Churn,      Risk::Safety, Risk::PurchaseIntent,
        Risk::PressOrRegulator, Risk::StaffAbuse, Risk::Scam};
    return risks;
}

QString riskKey(Risk risk)
{
    switch (risk) {
    case Risk::LegalThreat:
        return u"legal"_s;
    case Risk::Churn:
        return u"churn"_s;
    case Risk::Safety:
        return u"safety"_s;
    case Risk::PurchaseIntent:
        return u"purchase"_s;
    case Risk::PressOrRegulator:
        return u"press"_s;
    case Risk::StaffAbuse:
        return u"staff-abuse"_s;
    case Risk::Scam:
        return u"scam"_s;
    }
    return {};
}

QString riskTitle(Risk risk)
{
    switch (risk) {
    case Risk::LegalThreat:
        return Tr::tr("Legal threat");
    case Risk::Churn:
        return Tr::tr("Churn risk");
    case Risk::Safety:
        return Tr::tr("Safety");
    case Risk::PurchaseIntent:
        return Tr::tr("Purchase intent");
    case Risk::PressOrRegulator:
        return Tr::tr("Press or regulator");
    case Risk::StaffAbuse:
        return Tr::tr("Abuse of staff");
    case Risk::Scam:
        return Tr::tr("Scam posing as us");
    }
    return {};
}

QString riskTitles(RiskFlags flags)
{
    QStringList titles;
    for (Risk risk : allRisks()) {
        if (hasRisk(flags, risk))
            titles.append(riskTitle(risk));
    }
    return titles.join(QStringLiteral(", "));
}

QStringList riskKeys(RiskFlags flags)
{
    QStringList keys;
    for (Risk risk : allRisks()) {
        if (hasRisk(flags, risk))
            keys.append(riskKey(risk));
    }
    return keys;
}

RiskFlags riskFlagsFromKeys(const QStringList &keys)
{
    RiskFlags flags = 0;
    for (Risk risk : allRisks()) {
        if (keys.contains(riskKey(risk)))
            flags |= riskFlag(risk);
    }
    return flags;
}

} // namespace earshot
