// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "learning/LearningSummary.h"
#include "listening/LearnedModel.h"
#include "listening/ModelTrainer.h"
#include "store/Sqlite.h"

#include <QMetaType>

#include <cstdint>

namespace earshot {

// The built-in readings the models are blended with. They are called on the training thread,
// so they must be thread-safe (MentionReader::read is).
struct BuiltInReaders {
    SentimentBuiltIn sentiment;
    CategoryBuiltIn category;
};

// Earshot's own reading, without anything learned, as the models are trained against it.
BuiltInReaders mentionReaderBuiltIns();

struct TrainingRun {
    LearnedModels models; // a field with too few examples, or one label, has none
    LearningSummary summary;
    std::int64_t trainedAtMs = 0;
};

// Most corrections a run reads per field: the newest, so the model follows the brand's language
// as it changes, and a run stays within seconds on a workspace fed millions of labelled lines.
constexpr int maxTrainingExamples = 20000;

// Trains every field that has enough examples (TrainingOptions::minExamples, two labels).
// Reads only: saving is LearnedModelStore's, on the writer thread. Throws StoreError.
TrainingRun trainAll(Database &db, const BuiltInReaders &builtIn, std::int64_t nowMs,
                     const TrainingOptions &options = {});

} // namespace earshot

Q_DECLARE_METATYPE(earshot::TrainingRun)
