// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LearnedModel.h"
#include "listening/Reading.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>
#include <vector>

namespace earshot {

// One correction: what the agents (or a file of labelled examples) say this text is.
struct LabelledText {
    QString label; // a key of the field ("negative", "complaint")
    QString text;
};

// The built-in reading of one field, as a function: the trainer does not care who reads (the
// MentionReader's analyzers in the product, small fixed functions in tests).
using SentimentBuiltIn = std::function<SentimentReading(QStringView)>;
using CategoryBuiltIn = std::function<CategoryReading(QStringView)>;

struct TrainingOptions {
    int minExamples = 20; // fewer say more about the agents' mood than about the brand
    int folds = 5;        // cross-validation that picks the blend weight and reports accuracy
    int epochs = 8;
};

// The field's key for a label as agents or files write it, or "" when it is none: keys in any
// case and with '_' or '-' for the space ("Very_Negative"); three-level files' negative, neutral
// and positive are the five-level keys of the same names.
QString learningLabel(LearnedModel::Field field, const QString &raw);

// Trains a model from the examples, or nullopt when there are too few examples or fewer than
// two labels. The blend weight is the one (of 0, 0.1 … 1) that did best on held-back examples,
// and 0 unless it beat the built-in reading by more than chance would (a paired sign test at
// about 1 %): learning must not make the reading worse. The accuracies the model reports are of
// that cross-validation; the blend's is of the weight it picked on those same examples, so it
// flatters by a little (the gate is what guards against that).
std::optional<LearnedModel> trainModel(const std::vector<LabelledText> &examples,
                                       const SentimentBuiltIn &builtIn,
                                       const TrainingOptions &options = {});
std::optional<LearnedModel> trainModel(const std::vector<LabelledText> &examples,
                                       const CategoryBuiltIn &builtIn,
                                       const TrainingOptions &options = {});

} // namespace earshot
