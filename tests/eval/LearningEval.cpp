// SPDX-License-Identifier: Apache-2.0
// `earshot-learning-eval`: what a few hundred agents' corrections gain over Earshot's own
// reading, on labelled tweets (docs/classifier.md). Two questions, each with the whole
// MentionReader as the built-in reading:
//  1. tweets about everything: half of tweeteval/sentiment/val teaches, the other half checks
//     (and the other way round);
//  2. posts of one kind: the polarity of emotion tweets, taught from emotion/train and checked
//     on emotion/val, as a brand's own posts would be.
// Figures are read, not asserted.
#include "TweetEval.h"
#include "listening/MentionReader.h"
#include "listening/ModelTrainer.h"

#include <QCoreApplication>

#include <cstdio>

using namespace earshot;
using namespace earshot::eval;

namespace {

QString sentimentLabel(int threeClass)
{
    return threeClass == 0   ? QStringLiteral("negative")
           : threeClass == 1 ? QStringLiteral("neutral")
                             : QStringLiteral("positive");
}

// How a check counts a reading: the class of each level, and how many classes (from 0) score.
struct Scoring {
    int (*classOf)(Sentiment);
    int scored;
};

// Tweets about everything: negative 0, neutral 1, positive 2, all three scored.
const Scoring threeClasses{sentimentClass, 3};
// Posts that are never neutral: negative 0, positive 1 scored; a neutral reading (2) is a miss.
const Scoring polarity{[](Sentiment s) {
                           const int three = sentimentClass(s);
                           return three == 0 ? 0 : three == 2 ? 1 : 2;
                       },
                       2};

struct Score {
    double accuracy = 0;
    double macroF1 = 0;
};

template <typename Read>
Score score(const QStringList &texts, const QList<int> &gold, Read read, const Scoring &scoring)
{
    Confusion confusion(3);
    for (qsizetype i = 0; i < texts.size(); ++i)
        confusion.add(gold[i], scoring.classOf(read(texts[i]).label));
    return {confusion.accuracy(), confusion.macroF1(scoring.scored)};
}

// `teachGold` in the three-level labels a file of corrections carries; `checkGold` in the
// scoring's classes.
void learningCurve(const char *title, const QStringList &teachTexts, const QList<int> &teachGold,
                   const QStringList &checkTexts, const QList<int> &checkGold,
                   const Scoring &scored, const SentimentBuiltIn &builtIn)
{
    const Score before = score(checkTexts, checkGold, builtIn, scored);
    std::printf("%s: built-in accuracy %.3f, macro-F1 %.3f on %lld posts\n", title, before.accuracy,
                before.macroF1, qlonglong(checkTexts.size()));
    for (int corrections : {100, 300, 1000}) {
        if (corrections > teachTexts.size())
            break;
        std::vector<LabelledText> examples;
        for (int i = 0; i < corrections; ++i)
            examples.push_back({sentimentLabel(teachGold[i]), teachTexts[i]});
        const std::optional<LearnedModel> model = trainModel(examples, builtIn);
        if (!model) {
            std::printf("  %4d corrections: no model\n", corrections);
            continue;
        }
        const Score after = score(
            checkTexts, checkGold,
            [&](const QString &text) { return model->blend(text, builtIn(text)); }, scored);
        std::printf("  %4d corrections: accuracy %.3f (%+.3f), macro-F1 %.3f (%+.3f), blend "
                    "weight %.1f\n",
                    corrections, after.accuracy, after.accuracy - before.accuracy, after.macroF1,
                    after.macroF1 - before.macroF1, model->blendWeight());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString datasets = defaultDatasets();
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--datasets"));
        at > 0 && at + 1 < args.size())
        datasets = args.at(at + 1);

    const MentionReader reader;
    const SentimentBuiltIn builtIn = [&reader](QStringView text) {
        return reader.read(text).sentiment;
    };

    const std::optional<Split> tweets =
        loadSplit(datasets, QStringLiteral("sentiment"), QStringLiteral("val"));
    if (!tweets) {
        std::printf("%s/sentiment not found: nothing to measure\n", qPrintable(datasets));
        return 0;
    }
    const qsizetype half = tweets->texts.size() / 2;
    const QStringList firstTexts = tweets->texts.mid(0, half);
    const QStringList secondTexts = tweets->texts.mid(half);
    const QList<int> firstGold = tweets->labels.mid(0, half);
    const QList<int> secondGold = tweets->labels.mid(half);
    learningCurve("tweets of every kind, taught from the first half", firstTexts, firstGold,
                  secondTexts, secondGold, threeClasses, builtIn);
    learningCurve("tweets of every kind, taught from the second half", secondTexts, secondGold,
                  firstTexts, firstGold, threeClasses, builtIn);

    const auto teach = loadSplit(datasets, QStringLiteral("emotion"), QStringLiteral("train"));
    const auto check = loadSplit(datasets, QStringLiteral("emotion"), QStringLiteral("val"));
    if (!teach || !check)
        return 0;
    // Anger and sadness are negative posts, joy and optimism positive ones.
    QList<int> teachGold; // three-level labels, as a file of corrections would carry them
    for (int label : teach->labels)
        teachGold.append(label == 0 || label == 3 ? 0 : 2);
    QList<int> checkGold; // polarity classes
    for (int label : check->labels)
        checkGold.append(label == 0 || label == 3 ? 0 : 1);
    learningCurve("posts of one kind (emotion tweets' polarity)", teach->texts, teachGold,
                  check->texts, checkGold, polarity, builtIn);
    return 0;
}
