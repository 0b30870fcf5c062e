// SPDX-License-Identifier: Apache-2.0
// `cmake --build build/dev --target earshot-learning-bench &&
// build/dev/tests/bench/earshot-learning-bench` What learning from corrections costs and gains:
// training time for 1,000 corrections, the cost of blend() per text, the stored size, and (when
// ../shared/datasets is there) how much 1,000 labelled real tweets teach a deliberately small
// built-in lexicon about 1,000 others. Timings on a shared machine are for reading, not for
// asserting.
#include "../listening/LearningFixtures.h"

#include "listening/HashedFeatures.h"
#include "listening/LearnedModel.h"
#include "listening/ModelTrainer.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace earshot;

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    QTextStream in(&file);
    while (!in.atEnd())
        lines.append(in.readLine());
    return lines;
}

// CPU time of this thread: others share the machine, and wall time counts their turns too.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The fastest of 5 passes over `count` items, in microseconds of CPU time per item: the pass least
// disturbed by whatever else runs on the machine.
template <typename Work> double fastestMicroseconds(int count, Work work)
{
    double best = 1e300;
    for (int pass = 0; pass < 5; ++pass) {
        const double start = threadCpuMs();
        work();
        best = std::min(best, (threadCpuMs() - start) * 1000.0 / count);
    }
    return best;
}

double blendMicroseconds(const LearnedModel &model, const QStringList &texts)
{
    std::vector<SentimentReading> builtIn;
    for (const QString &text : texts)
        builtIn.push_back(test::fixedSentiment(text));
    int negative = 0; // used, so the loop is not optimised away
    const double us = fastestMicroseconds(int(texts.size()), [&] {
        for (int i = 0; i < texts.size(); ++i)
            negative += model.blend(texts[i], builtIn[i]).label == Sentiment::Negative ? 1 : 0;
    });
    std::printf("  (%d negative readings)\n", negative);
    return us;
}

void tweets(const QString &folder)
{
    const QStringList text = readLines(folder + u"/val_text.txt");
    const QStringList labels = readLines(folder + u"/val_labels.txt");
    if (text.size() < 2000 || labels.size() != text.size()) {
        std::printf("tweets: %s not found, skipped\n", qPrintable(folder));
        return;
    }
    const QString keys[] = {QStringLiteral("negative"), QStringLiteral("neutral"),
                            QStringLiteral("positive")};
    std::vector<LabelledText> train;
    std::vector<LabelledText> test;
    for (int i = 0; i < text.size(); ++i)
        (i % 2 == 0 ? train : test).push_back({keys[labels[i].toInt()], text[i]});
    const SentimentBuiltIn builtIn = test::fixedSentiment;
    std::optional<LearnedModel> model;
    const double ms = fastestMicroseconds(1, [&] { model = trainModel(train, builtIn); }) / 1000;
    int builtInRight = 0;
    int blendRight = 0;
    for (const LabelledText &example : test) {
        const SentimentReading plain = builtIn(example.text);
        builtInRight += sentimentKey(plain.label) == example.label ? 1 : 0;
        blendRight += sentimentKey(model->blend(example.text, plain).label) == example.label;
    }
    std::printf("tweets: trained on %zu in %.0f ms; cross-validated: built-in %.3f, blend %.3f "
                "(weight %.1f)\n",
                train.size(), ms, model->builtInAccuracy(), model->heldOutAccuracy(),
                model->blendWeight());
    std::printf("tweets: stored model %lld bytes\n", qlonglong(model->toBytes().size()));
    std::printf("tweets: on %zu other tweets: built-in %.3f, blend %.3f\n", test.size(),
                double(builtInRight) / test.size(), double(blendRight) / test.size());
    QStringList texts;
    for (const LabelledText &example : test)
        texts.append(example.text);
    std::printf("tweets: blend() %.2f us per tweet\n", blendMicroseconds(*model, texts));
    HashedFeatures features;
    std::size_t total = 0;
    const double hashUs = fastestMicroseconds(int(texts.size()), [&] {
        for (const QString &t : texts) {
            hashFeatures(t, learnedFeatureBits, &features);
            total += features.buckets.size();
        }
    });
    std::printf("tweets: of which hashing %.2f us per tweet (%.0f features)\n", hashUs,
                double(total) / (5 * texts.size()));
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<LabelledText> examples = test::zappSentimentExamples(1000);
    std::optional<LearnedModel> model;
    const double ms =
        fastestMicroseconds(
            1, [&] { model = trainModel(examples, SentimentBuiltIn(test::fixedSentiment)); })
        / 1000;
    std::printf("synthetic: 1,000 corrections trained (5 folds + final) in %.0f ms\n", ms);
    std::printf("synthetic: stored model %lld bytes\n", qlonglong(model->toBytes().size()));
    // The most a training run reads per field (maxTrainingExamples in core/learning).
    const std::vector<LabelledText> many = test::zappSentimentExamples(20000);
    const double manyMs =
        fastestMicroseconds(1,
                            [&] { (void)trainModel(many, SentimentBuiltIn(test::fixedSentiment)); })
        / 1000;
    std::printf("synthetic: 20,000 corrections trained in %.0f ms\n", manyMs);
    QStringList texts;
    for (int i = 0; i < 2000; ++i)
        texts.append(examples[i % examples.size()].text);
    std::printf("synthetic: blend() %.2f us per text of about %lld characters\n",
                blendMicroseconds(*model, texts), qlonglong(texts.front().size()));
    tweets(argc > 1 ? QString::fromLocal8Bit(argv[1])
                    : QStringLiteral(EARSHOT_DATASETS "/tweeteval/sentiment"));
    return 0;
}
