// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small deterministic built-in readers and the corrections a brand's agents would make, shared
// by the model's tests and the workspace's learning tests.

#include "listening/ModelTrainer.h"
#include "listening/Reading.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace earshot::test {

// Reads words it knows; everything else is neutral. It has never heard of the Zapp plan.
inline SentimentReading fixedSentiment(QStringView text)
{
    SentimentReading reading;
    reading.confidence = 0.5;
    const QString lower = text.toString().toLower();
    for (const char16_t *word : {u"love", u"great", u"thanks", u"perfect"}) {
        if (lower.contains(QStringView(word))) {
            reading.label = Sentiment::Positive;
            reading.score = 0.4;
            reading.confidence = 0.7;
        }
    }
    for (const char16_t *word : {u"awful", u"broken", u"hate", u"worst"}) {
        if (lower.contains(QStringView(word))) {
            reading.label = Sentiment::Negative;
            reading.score = -0.4;
            reading.confidence = 0.7;
        }
    }
    return reading;
}

// Questions end with '?', praise says thanks, the rest is an observation.
inline CategoryReading fixedCategory(QStringView text)
{
    CategoryReading reading;
    reading.confidence = 0.5;
    if (text.endsWith(u'?'))
        reading.category = Category::Question;
    else if (text.toString().toLower().contains(u"thanks"))
        reading.category = Category::Praise;
    return reading;
}

inline const QStringList &fillerWords()
{
    static const QStringList words =
        QString::fromUtf8(
            "today yesterday honestly really again still just finally also now my our the "
            "family phone bill account weekend morning office home week month")
            .split(u' ');
    return words;
}

// `count` corrections: every third mentions the new Zapp plan, which this brand's customers
// hate and the built-in reading calls neutral; the others are ones the built-in reads right.
inline std::vector<LabelledText> zappSentimentExamples(int count)
{
    const QStringList zapp{QStringLiteral("switched to the new Zapp plan %1 %2"),
                           QStringLiteral("%1 the Zapp plan again %2"),
                           QStringLiteral("so this is the Zapp plan %1 %2"),
                           QStringLiteral("got moved onto Zapp %1 without asking %2")};
    const QStringList other{QStringLiteral("love the new store %1 %2"),
                            QStringLiteral("the app is broken %1 %2"),
                            QStringLiteral("where is the nearest shop %1 %2"),
                            QStringLiteral("thanks for the quick help %1 %2"),
                            QStringLiteral("worst queue ever %1 %2"),
                            QStringLiteral("the store opens at nine %1 %2")};
    const QStringList &words = fillerWords();
    std::vector<LabelledText> examples;
    for (int i = 0; i < count; ++i) {
        const QString &a = words[i % words.size()];
        const QString &b = words[(i * 7 + 3) % words.size()];
        if (i % 3 == 0) {
            examples.push_back({QStringLiteral("negative"), zapp[i % zapp.size()].arg(a, b)});
        } else {
            const QString text = other[i % other.size()].arg(a, b);
            examples.push_back({sentimentKey(fixedSentiment(text).label), text});
        }
    }
    return examples;
}

} // namespace earshot::test
