// SPDX-License-Identifier: Apache-2.0
#include "listening/ModelTrainer.h"

#include "listening/LearnedModelImpl.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

struct BuiltInVote {
    int label = 0;
    double confidence = 0;
};
using BuiltInVoter = std::function<BuiltInVote(QStringView)>;

struct Prepared {
    HashedFeatures features;
    int label = 0; // key index
    BuiltInVote builtIn;
};

constexpr double weightStep = 0.1;
constexpr int weightSteps = 10;
constexpr double significance = 2.33; // one-sided, about 1 %

std::optional<LearnedModel> train(LearnedModel::Field field,
                                  const std::vector<LabelledText> &examples,
                                  const BuiltInVoter &builtIn, const TrainingOptions &options)
{
    const int keys = learnedKeyCount(field);
    std::vector<Prepared> prepared;
    prepared.reserve(examples.size());
    std::set<int> seen;
    for (const LabelledText &example : examples) {
        const QString key = learningLabel(field, example.label);
        if (key.isEmpty() || example.text.trimmed().isEmpty())
            continue;
        Prepared p;
        for (int k = 0; k < keys; ++k) {
            if (learnedKey(field, k) == key)
                p.label = k;
        }
        hashFeatures(example.text, learnedFeatureBits, &p.features);
        p.builtIn = builtIn(example.text);
        seen.insert(p.label);
        prepared.push_back(std::move(p));
    }
    const int n = int(prepared.size());
    if (n < std::max(options.minExamples, 2) || seen.size() < 2)
        return std::nullopt;

    const std::vector<int> classes(seen.begin(), seen.end());
    auto target = [&](int label) {
        return int(std::lower_bound(classes.begin(), classes.end(), label) - classes.begin());
    };
    auto trainingExample = [&](const Prepared &p) {
        return TrainingExample{&p.features, p.builtIn.label, target(p.label)};
    };
    LinearOptions linearOptions;
    linearOptions.epochs = options.epochs;

    // k-fold cross-validation: every example is read once by a model that never saw it.
    const int folds = std::clamp(options.folds, 2, n);
    std::vector<int> fold(n);
    {
        std::vector<int> order(n);
        for (int i = 0; i < n; ++i)
            order[i] = i;
        StableRandom random(n);
        random.shuffle(order);
        for (int i = 0; i < n; ++i)
            fold[order[i]] = i % folds;
    }
    std::vector<KeyProbabilities> heldOut(n);
    std::vector<TrainingExample> part;
    for (int f = 0; f < folds; ++f) {
        part.clear();
        for (int i = 0; i < n; ++i) {
            if (fold[i] != f)
                part.push_back(trainingExample(prepared[i]));
        }
        // Held-back examples are read by the compact model, the form blend() uses.
        const CompactLinearModel model = CompactLinearModel::from(
            trainLinear(part, keys, classes, learnedFeatureBits, linearOptions));
        for (int i = 0; i < n; ++i) {
            if (fold[i] == f)
                heldOut[i] = modelKeyProbabilities(model, classes, prepared[i].features,
                                                   prepared[i].builtIn.label);
        }
    }

    // Agents who correct on three levels say negative, not how negative: a built-in "very
    // negative" is then right for a "negative" correction. Compare like with like.
    const bool threeLevels = field == LearnedModel::Field::Sentiment
                             && !seen.count(int(Sentiment::VeryNegative))
                             && !seen.count(int(Sentiment::VeryPositive));
    auto level = [&](int label) {
        if (!threeLevels)
            return label;
        if (label == int(Sentiment::VeryNegative))
            return int(Sentiment::Negative);
        if (label == int(Sentiment::VeryPositive))
            return int(Sentiment::Positive);
        return label;
    };
    auto correctAt = [&](int i, double weight) {
        const Prepared &p = prepared[i];
        return level(decideBlend(field, classes, p.builtIn.label, p.builtIn.confidence, heldOut[i],
                                 weight)
                         .label)
               == level(p.label);
    };
    int builtInRight = 0;
    for (int i = 0; i < n; ++i)
        builtInRight += correctAt(i, 0) ? 1 : 0;
    double bestWeight = 0;
    int bestRight = builtInRight;
    for (int step = 1; step <= weightSteps; ++step) {
        const double weight = step * weightStep;
        int right = 0;
        int gained = 0; // the blend right where the built-in was wrong
        int lost = 0;
        for (int i = 0; i < n; ++i) {
            const bool blendRight = correctAt(i, weight);
            const bool builtInWasRight = correctAt(i, 0);
            right += blendRight ? 1 : 0;
            gained += blendRight && !builtInWasRight ? 1 : 0;
            lost += !blendRight && builtInWasRight ? 1 : 0;
        }
        const bool significant = gained - lost > significance * std::sqrt(double(gained + lost));
        if (right > bestRight && significant) {
            bestRight = right;
            bestWeight = weight;
        }
    }

    auto impl = std::make_shared<LearnedModel::Impl>();
    impl->field = field;
    impl->examples = n;
    impl->builtInAccuracy = double(builtInRight) / n;
    impl->heldOutAccuracy = double(bestRight) / n;
    impl->blendWeight = bestWeight;
    part.clear();
    for (const Prepared &p : prepared)
        part.push_back(trainingExample(p));
    impl->linear = CompactLinearModel::from(
        trainLinear(part, keys, classes, learnedFeatureBits, linearOptions));
    return LearnedModel(std::move(impl));
}

} // namespace

QString learningLabel(LearnedModel::Field field, const QString &raw)
{
    QString key = raw.trimmed().toLower();
    key.replace(u'_', u' ').replace(u'-', u' ');
    for (int k = 0; k < learnedKeyCount(field); ++k) {
        if (learnedKey(field, k) == key)
            return key;
    }
    return {};
}

std::optional<LearnedModel> trainModel(const std::vector<LabelledText> &examples,
                                       const SentimentBuiltIn &builtIn,
                                       const TrainingOptions &options)
{
    return train(
        LearnedModel::Field::Sentiment, examples,
        [&](QStringView text) {
            const SentimentReading reading = builtIn(text);
            return BuiltInVote{int(reading.label), reading.confidence};
        },
        options);
}

std::optional<LearnedModel> trainModel(const std::vector<LabelledText> &examples,
                                       const CategoryBuiltIn &builtIn,
                                       const TrainingOptions &options)
{
    return train(
        LearnedModel::Field::Category, examples,
        [&](QStringView text) {
            const CategoryReading reading = builtIn(text);
            return BuiltInVote{int(reading.category), reading.confidence};
        },
        options);
}

} // namespace earshot
