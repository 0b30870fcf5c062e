// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LearnedModel.h"
#include "store/Sqlite.h"

#include <QMetaType>
#include <QStringList>

#include <cstdint>

namespace earshot {

// What a workspace learned about one field, as the window and earshot-cli show it.
struct FieldLearning {
    LearnedModel::Field field = LearnedModel::Field::Sentiment;
    int examples = 0;                   // corrections kept
    std::int64_t newestExampleAtMs = 0; // when the newest of them was added
    int trainedOn = 0;                  // of which the model learned from; 0 without a model
    double builtInAccuracy = 0;         // on corrections held back from training
    double heldOutAccuracy = 0;         // of the blend, on the same
    double blendWeight = 0;             // 0: the model does not count (yet)
    std::int64_t trainedAtMs = 0;

    bool hasModel() const { return trainedAtMs != 0; }
};

struct LearningSummary {
    FieldLearning sentiment{LearnedModel::Field::Sentiment};
    FieldLearning category{LearnedModel::Field::Category};
};

// From the workspace: example counts and what the stored models say about themselves.
LearningSummary readLearningSummary(Database &db);

// Whether a field has corrections newer than its model (after `earshot-cli learn`, or
// corrections made while no console ran): ask BackgroundTrainer::request() when a workspace
// opens. `minExamples` as in TrainingOptions.
bool needsTraining(const LearningSummary &summary, int minExamples = 20);

// One translated sentence per field ("Sentiment: 240 corrections; …").
QStringList describeLearning(const LearningSummary &summary);

} // namespace earshot

Q_DECLARE_METATYPE(earshot::LearningSummary)
