// SPDX-License-Identifier: Apache-2.0
#include "TweetEval.h"

#include "listening/AbuseDetector.h"
#include "listening/EmotionDetector.h"
#include "listening/SentimentAnalyzer.h"
#include "listening/SentimentModel.h"

#include <QFile>

namespace earshot::eval {

namespace {

std::optional<QStringList> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

std::optional<Split> loadSplit(const QString &datasets, const QString &task, const QString &split)
{
    const QString base = datasets + u'/' + QStringLiteral("tweeteval/") + task + u'/' + split;
    const auto texts = readLines(base + QStringLiteral("_text.txt"));
    const auto labels = readLines(base + QStringLiteral("_labels.txt"));
    if (!texts || !labels || texts->size() != labels->size())
        return std::nullopt;
    Split result;
    result.texts = *texts;
    for (const QString &label : *labels)
        result.labels.append(label.trimmed().toInt());
    return result;
}

QString defaultDatasets()
{
    return QStringLiteral(EARSHOT_DATASETS);
}

Confusion::Confusion(int classes)
    : m_classes(classes)
    , m_cells(classes * classes, 0)
{}

void Confusion::add(int gold, int predicted)
{
    ++m_cells[gold * m_classes + predicted];
    ++m_total;
}

double Confusion::accuracy() const
{
    int right = 0;
    for (int c = 0; c < m_classes; ++c)
        right += at(c, c);
    return m_total ? double(right) / m_total : 0;
}

double Confusion::precision(int label) const
{
    int predicted = 0;
    for (int g = 0; g < m_classes; ++g)
        predicted += at(g, label);
    return predicted ? double(at(label, label)) / predicted : 0;
}

double Confusion::recall(int label) const
{
    int gold = 0;
    for (int p = 0; p < m_classes; ++p)
        gold += at(label, p);
    return gold ? double(at(label, label)) / gold : 0;
}

double Confusion::f1(int label) const
{
    const double p = precision(label);
    const double r = recall(label);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double Confusion::macroF1(int classesScored) const
{
    double sum = 0;
    for (int c = 0; c < classesScored; ++c)
        sum += f1(c);
    return classesScored ? sum / classesScored : 0;
}

int sentimentClass(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::VeryNegative:
    case Sentiment::Negative:
        return 0;
    case Sentiment::Neutral:
        return 1;
    case Sentiment::Positive:
    case Sentiment::VeryPositive:
        return 2;
    }
    return 1;
}

int tweetEvalEmotion(int label)
{
    switch (label) {
    case 0:
        return 0; // anger
    case 1:
    case 2:
        return 1; // joy, optimism
    default:
        return 2; // sadness
    }
}

int emotionClass(Emotion emotion)
{
    switch (emotion) {
    case Emotion::Anger:
    case Emotion::Frustration:
        return 0;
    case Emotion::Joy:
    case Emotion::Gratitude:
        return 1;
    case Emotion::Anxiety:
    case Emotion::Sadness:
    case Emotion::Disappointment:
        return 2;
    case Emotion::None:
        break;
    }
    return kNoEmotion;
}

Figures measure(const QString &datasets)
{
    Figures figures;
    const QString english = QStringLiteral("en");
    if (const auto split =
            loadSplit(datasets, QStringLiteral("sentiment"), QStringLiteral("val"))) {
        const SentimentAnalyzer analyzer;
        const SentimentModel *model = SentimentModel::builtIn();
        for (int i = 0; i < split->texts.size(); ++i) {
            const SentimentReading rules = analyzer.read(split->texts[i], english);
            figures.sentimentRules.add(split->labels[i], sentimentClass(rules.label));
            const SentimentReading read =
                model ? model->read(split->texts[i], english, rules) : rules;
            figures.sentiment.add(split->labels[i], sentimentClass(read.label));
        }
    }
    if (const auto split = loadSplit(datasets, QStringLiteral("emotion"), QStringLiteral("val"))) {
        const EmotionDetector detector;
        for (int i = 0; i < split->texts.size(); ++i)
            figures.emotion.add(tweetEvalEmotion(split->labels[i]),
                                emotionClass(detector.read(split->texts[i], english).emotion));
    }
    if (const auto split =
            loadSplit(datasets, QStringLiteral("offensive"), QStringLiteral("val"))) {
        const AbuseDetector detector;
        for (int i = 0; i < split->texts.size(); ++i)
            figures.abuse.add(split->labels[i], detector.read(split->texts[i], english).abusive);
    }
    return figures;
}

} // namespace earshot::eval
