// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace earshot::eval {

// One labelled split of TweetEval: <dir>/<task>/<split>_text.txt and _labels.txt, one tweet a
// line. The files stay outside the project: the tools say so where they are absent, the quality
// floors (ClassifierQualityTest) fail.
struct Split {
    QStringList texts;
    QList<int> labels;
};
std::optional<Split> loadSplit(const QString &datasets, const QString &task, const QString &split);
QString defaultDatasets(); // the EARSHOT_DATASETS path this build was configured with

// Gold (rows) against predicted (columns) over `classes` labels.
class Confusion final {
public:
    explicit Confusion(int classes);
    void add(int gold, int predicted);
    int at(int gold, int predicted) const { return m_cells[gold * m_classes + predicted]; }
    int total() const { return m_total; }
    double accuracy() const;
    double precision(int label) const;
    double recall(int label) const;
    double f1(int label) const;
    double macroF1(int classesScored) const; // over labels 0..classesScored-1

private:
    int m_classes;
    QList<int> m_cells;
    int m_total = 0;
};

// The mappings the figures in docs/classifier.md use.
int sentimentClass(Sentiment sentiment); // 0 negative, 1 neutral, 2 positive
int tweetEvalEmotion(int label);         // anger 0, joy and optimism 1, sadness 2
int emotionClass(Emotion emotion);       // anger/frustration 0, joy/gratitude 1, anxiety,
                                         // sadness and disappointment 2, none 3
constexpr int kNoEmotion = 3;

struct Figures {
    Confusion sentiment{3};      // the rules with the built-in model, as MentionReader reads
    Confusion sentimentRules{3}; // the rules alone
    Confusion emotion{4};
    Confusion abuse{2};
};
// Reads every split with Earshot's readers (the splits that are absent stay empty).
Figures measure(const QString &datasets);

} // namespace earshot::eval
