// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TweetEval.h"

#include "listening/Reading.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace earshot {
class MentionReader;
}

namespace earshot::eval {

// Our own labelled care posts (tests/data/eval/*.jsonl, see its README and
// docs/labelling-guide.md): one JSON object a line, labelled for every field the reading has.
struct CarePost {
    QString id;
    QString split; // "dev" (tune on it) or "test" (held out: read its figures, never its posts)
    QString text;
    QString language;
    int sentiment = 1; // 0 negative, 1 neutral, 2 positive
    Category category = Category::Observation;
    bool needsReply = false;
    RiskFlags risks = 0;
    Emotion emotion = Emotion::None;
};

// Every *.jsonl under `dir`, in name order; nothing and `error` set when a line does not read.
std::optional<QList<CarePost>> loadCareSets(const QString &dir, QString *error);
QString defaultCareData(); // tests/data/eval in the source tree

struct RiskCount {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const; // 1 when nothing was flagged: no false alarm
    double recall() const;    // 1 when no post carries it
    int flagged() const { return truePositives + falsePositives; }
    int gold() const { return truePositives + falseNegatives; }
};

constexpr int kEmotionClasses = int(emotionKeyTable.size()) + 1; // None is 0

struct CareFigures {
    int posts = 0;
    Confusion sentiment{3};
    Confusion category{int(categoryKeyTable.size())};
    Confusion reply{2}; // 0 no, 1 yes
    Confusion emotion{kEmotionClasses};
    int languageRight = 0;
    std::array<RiskCount, riskKeyTable.size()> risks{};

    // Macro-F1 over the classes the gold labels use (a class nobody wrote counts for nothing).
    double categoryMacroF1() const;
    double emotionMacroF1() const; // over the named emotions the gold labels use, None left out
    double languageAccuracy() const { return posts ? double(languageRight) / posts : 0; }
    RiskCount risk(Risk risk) const;
    RiskCount allRisks() const; // every flag pooled
};

struct Misreading {
    const CarePost *post;
    MentionReading reading;
};

// Figures per language ("all" pools them) over the posts whose split is `split` ("all" reads
// both). Misreadings are kept only for the dev split: the test split is read, never looked into.
struct CareResult {
    QMap<QString, CareFigures> byLanguage;
    QList<Misreading> devMisreadings;
};
CareResult measureCare(const QList<CarePost> &posts, const MentionReader &reader,
                       const QString &split);

// The risk flags the gold labels use and the reading reports, for printing.
QString riskText(RiskFlags flags);

} // namespace earshot::eval
