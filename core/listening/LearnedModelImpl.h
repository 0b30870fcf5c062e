// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to the learned model and its trainer: what a model holds and the one rule by which its
// vote and the built-in reading's are combined (the trainer scores that same rule on held-back
// corrections, so the accuracy it reports is the accuracy of what blend() does).

#include "listening/LearnedModel.h"
#include "listening/LinearModel.h"

#include <array>

namespace earshot {

// Sentiment has 5 keys, category 7; arrays over keys are sized for the larger.
constexpr int maxLearnedKeys = 7;
using KeyProbabilities = std::array<double, maxLearnedKeys>;

int learnedKeyCount(LearnedModel::Field field);
QString learnedKey(LearnedModel::Field field, int index); // index: the enum's value

struct LearnedModel::Impl {
    LearnedModel::Field field = LearnedModel::Field::Sentiment;
    int examples = 0;
    double heldOutAccuracy = 0;
    double builtInAccuracy = 0;
    double blendWeight = 0;
    CompactLinearModel linear;
};

// The model's probabilities spread over all of the field's keys (0 for labels it never saw).
template <typename Model>
KeyProbabilities modelKeyProbabilities(const Model &model, const std::vector<int> &classes,
                                       const HashedFeatures &features, int builtInLabel)
{
    std::array<double, maxLearnedKeys> perClass{};
    model.probabilities(features, builtInLabel, perClass.data());
    KeyProbabilities perKey{};
    for (std::size_t c = 0; c < classes.size(); ++c)
        perKey[classes[c]] = perClass[c];
    return perKey;
}

struct BlendDecision {
    int label = 0; // key index
    double confidence = 0;
};

// (1 - weight) * built-in + weight * model, over the field's keys; the built-in reading counts
// as its label with its confidence (kept between a third and 0.95), the rest spread evenly.
BlendDecision decideBlend(LearnedModel::Field field, const std::vector<int> &classes,
                          int builtInLabel, double builtInConfidence,
                          const KeyProbabilities &modelProbabilities, double weight);

} // namespace earshot
