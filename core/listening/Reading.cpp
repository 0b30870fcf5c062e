// SPDX-License-Identifier: Apache-2.0
#include "listening/Reading.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "Tr.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString sentimentKey(Sentiment sentiment)
{
    return keyIn(sentimentKeyTable, sentiment);
}

std::optional<Sentiment> sentimentFromKey(QStringView key)
{
    return valueIn(sentimentKeyTable, key);
}

bool languageIsRead(QStringView code)
{
    static constexpr std::array<std::u16string_view, 8> read{u"",   u"en", u"de", u"fr",
                                                             u"es", u"it", u"pt", u"nl"};
    // A network's tag may name the region too ("pt-BR", "en_GB").
    if (code.size() > 2 && (code[2] == u'-' || code[2] == u'_'))
        code = code.left(2);
    return std::find(read.begin(), read.end(),
                     std::u16string_view(code.utf16(), std::size_t(code.size())))
           != read.end();
}

QString sentimentTitle(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::VeryNegative:
        return Tr::tr("Very negative");
    case Sentiment::Negative:
        return Tr::tr("Negative");
    case Sentiment::Neutral:
        return Tr::tr("Neutral");
    case Sentiment::Positive:
        return Tr::tr("Positive");
    case Sentiment::VeryPositive:
        return Tr::tr("Very positive");
    }
    return {};
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
    return keyIn(emotionKeyTable, emotion);
}

std::optional<Emotion> emotionFromKey(QStringView key)
{
    return valueIn(emotionKeyTable, key);
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
    case Emotion::Sadness:
        return Tr::tr("Sadness");
    case Emotion::Disappointment:
        return Tr::tr("Disappointment");
    }
    return {};
}

const QList<Category> &allCategories()
{
    static const QList<Category> categories = [] {
        QList<Category> values;
        for (const KeyEntry<Category> &entry : categoryKeyTable)
            values.append(entry.value);
        return values;
    }();
    return categories;
}

QString categoryKey(Category category)
{
    return keyIn(categoryKeyTable, category);
}

std::optional<Category> categoryFromKey(QStringView key)
{
    return valueIn(categoryKeyTable, key);
}

QString categoryTitle(Category category)
{
    switch (category) {
    case Category::Complaint:
        return Tr::tr("Complaint");
    case Category::Claim:
        return Tr::tr("Claim");
    case Category::Question:
        return Tr::tr("Question");
    case Category::Praise:
        return Tr::tr("Praise");
    case Category::Feedback:
        return Tr::tr("Feedback");
    case Category::Observation:
        return Tr::tr("Observation");
    case Category::Spam:
        return Tr::tr("Spam");
    }
    return {};
}

const QList<Risk> &allRisks()
{
    static const QList<Risk> risks = [] {
        QList<Risk> values;
        for (const KeyEntry<Risk> &entry : riskKeyTable)
            values.append(entry.value);
        return values;
    }();
    return risks;
}

QString riskKey(Risk risk)
{
    return keyIn(riskKeyTable, risk);
}

std::optional<Risk> riskFromKey(QStringView key)
{
    return valueIn(riskKeyTable, key);
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
    for (const QString &key : keys) {
        if (const std::optional<Risk> risk = riskFromKey(key))
            flags |= riskFlag(*risk);
    }
    return flags;
}

} // namespace earshot
