// SPDX-License-Identifier: Apache-2.0
#include "listening/LearnedModel.h"

#include "Tr.h"
#include "listening/LearnedModelImpl.h"

#include <algorithm>
#include <cmath>

namespace earshot {

using namespace Qt::StringLiterals;

int learnedKeyCount(LearnedModel::Field field)
{
    return field == LearnedModel::Field::Sentiment ? int(sentimentKeyTable.size())
                                                   : int(categoryKeyTable.size());
}

QString learnedKey(LearnedModel::Field field, int index)
{
    return field == LearnedModel::Field::Sentiment ? sentimentKey(Sentiment(index))
                                                   : categoryKey(Category(index));
}

BlendDecision decideBlend(LearnedModel::Field field, const std::vector<int> &classes,
                          int builtInLabel, double builtInConfidence,
                          const KeyProbabilities &modelProbabilities, double weight)
{
    const int keys = learnedKeyCount(field);
    const double own = std::clamp(builtInConfidence, 1.0 / 3.0, 0.95);
    const double rest = (1.0 - own) / (keys - 1);
    BlendDecision decision{builtInLabel, -1};
    for (int k = 0; k < keys; ++k) {
        const double builtIn = k == builtInLabel ? own : rest;
        const double p = (1.0 - weight) * builtIn + weight * modelProbabilities[k];
        // Ties go to the built-in label: the model has to win, not draw.
        if (p > decision.confidence + 1e-12 || (k == builtInLabel && p >= decision.confidence)) {
            decision.label = k;
            decision.confidence = p;
        }
    }
    // Agents who label on three levels (a file of negative/neutral/positive) teach polarity,
    // not strength: keep the built-in "very" when the model agrees on the side.
    if (field == LearnedModel::Field::Sentiment) {
        const auto knows = [&](Sentiment s) {
            return std::find(classes.begin(), classes.end(), int(s)) != classes.end();
        };
        const bool knowsStrength = knows(Sentiment::VeryNegative) || knows(Sentiment::VeryPositive);
        if (!knowsStrength && decision.label == int(Sentiment::Negative)
            && builtInLabel == int(Sentiment::VeryNegative))
            decision.label = builtInLabel;
        if (!knowsStrength && decision.label == int(Sentiment::Positive)
            && builtInLabel == int(Sentiment::VeryPositive))
            decision.label = builtInLabel;
    }
    return decision;
}

namespace {

// The score range of each sentiment level (sentimentFromScore's cut points), so a blended
// score always says the same as the blended label.
double scoreWithin(Sentiment label, double score)
{
    switch (label) {
    case Sentiment::VeryNegative:
        return std::clamp(score, -1.0, -0.6);
    case Sentiment::Negative:
        return std::clamp(score, -0.59, -0.15);
    case Sentiment::Neutral:
        return std::clamp(score, -0.14, 0.14);
    case Sentiment::Positive:
        return std::clamp(score, 0.15, 0.59);
    case Sentiment::VeryPositive:
        return std::clamp(score, 0.6, 1.0);
    }
    return score;
}

constexpr double levelScore[] = {-0.8, -0.4, 0.0, 0.4, 0.8};

QString taughtCue()
{
    return Tr::tr("taught by this workspace's agents");
}

} // namespace

LearnedModel::LearnedModel(std::shared_ptr<const Impl> impl)
    : m_impl(std::move(impl))
{}

LearnedModel::Field LearnedModel::field() const
{
    return m_impl->field;
}

int LearnedModel::exampleCount() const
{
    return m_impl->examples;
}

double LearnedModel::heldOutAccuracy() const
{
    return m_impl->heldOutAccuracy;
}

double LearnedModel::builtInAccuracy() const
{
    return m_impl->builtInAccuracy;
}

double LearnedModel::blendWeight() const
{
    return m_impl->blendWeight;
}

namespace {

// The model's view of `text` (into `p`) and how it blends with the built-in label.
BlendDecision decide(const LearnedModel::Impl &m, QStringView text, int builtInLabel,
                     double builtInConfidence, KeyProbabilities *p)
{
    thread_local HashedFeatures features;
    hashFeatures(text, m.linear.bits(), &features);
    *p = modelKeyProbabilities(m.linear, m.linear.classes(), features, builtInLabel);
    return decideBlend(m.field, m.linear.classes(), builtInLabel, builtInConfidence, *p,
                       m.blendWeight);
}

} // namespace

SentimentReading LearnedModel::blend(QStringView text, const SentimentReading &builtIn) const
{
    const Impl &m = *m_impl;
    if (m.field != Field::Sentiment || m.blendWeight <= 0)
        return builtIn;
    KeyProbabilities p;
    const BlendDecision decision = decide(m, text, int(builtIn.label), builtIn.confidence, &p);
    SentimentReading reading = builtIn;
    reading.label = Sentiment(decision.label);
    reading.confidence = decision.confidence;
    double modelScore = 0;
    for (int k = 0; k < 5; ++k)
        modelScore += p[k] * levelScore[k];
    reading.score = scoreWithin(reading.label,
                                (1.0 - m.blendWeight) * builtIn.score + m.blendWeight * modelScore);
    if (reading.label != builtIn.label)
        reading.cues.append(taughtCue());
    return reading;
}

CategoryReading LearnedModel::blend(QStringView text, const CategoryReading &builtIn) const
{
    const Impl &m = *m_impl;
    if (m.field != Field::Category || m.blendWeight <= 0)
        return builtIn;
    KeyProbabilities p;
    const BlendDecision decision = decide(m, text, int(builtIn.category), builtIn.confidence, &p);
    CategoryReading reading = builtIn;
    reading.category = Category(decision.label);
    reading.confidence = decision.confidence;
    if (reading.category != builtIn.category)
        reading.cues.append(taughtCue());
    return reading;
}

} // namespace earshot
