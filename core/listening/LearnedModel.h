// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace earshot {

// A small model of a workspace's own, trained from its agents' corrections of one field
// (sentiment or category): a linear model over hashed word and letter n-grams, blended with the
// built-in reading by a weight that held-back corrections chose (0 unless it beats the built-in).
// Immutable once trained: shared by the ingest thread and the window.
class LearnedModel final {
public:
    enum class Field { Sentiment, Category };

    Field field() const;
    int exampleCount() const;       // corrections it was trained on
    double heldOutAccuracy() const; // of the blend, on corrections held back from training
    double builtInAccuracy() const; // of the built-in reading on the same held-back corrections
    double blendWeight() const;     // 0..1: how much the model's vote counts

    // The built-in reading adjusted by what this workspace's agents taught.
    SentimentReading blend(QStringView text, const SentimentReading &builtIn) const;
    CategoryReading blend(QStringView text, const CategoryReading &builtIn) const;

    QByteArray toBytes() const;
    static std::optional<LearnedModel> fromBytes(const QByteArray &bytes); // nullopt if damaged

    struct Impl;
    explicit LearnedModel(std::shared_ptr<const Impl> impl);

private:
    std::shared_ptr<const Impl> m_impl;
};

// The models a reader applies; either may be absent (nothing learned yet, or reset).
struct LearnedModels {
    std::shared_ptr<const LearnedModel> sentiment;
    std::shared_ptr<const LearnedModel> category;
};

} // namespace earshot
