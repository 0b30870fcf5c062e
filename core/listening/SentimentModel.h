// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LinearModel.h"
#include "listening/Reading.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace earshot {

// The built-in sentiment model: a 3-class logistic regression over hashed word and letter
// n-grams (HashedFeatures), trained on labelled posts (earshot-cli model rebuild), stacked on the
// rules: the rules' reading (its score, in bins, and how many cues moved it) is a feature of its
// own, so negation, contrast, emoji, sarcasm and the care vocabulary still count where the
// n-grams know nothing. Shipped in resources/models/ and embedded; immutable once loaded.
class SentimentModel final {
public:
    static constexpr int classes = 3; // negative, neutral, positive
    using Probabilities = std::array<double, classes>;

    // The stacking key: what the rules read, in a few numbers (a row of the model's built-in
    // table).
    static int stackKey(const SentimentReading &rules, QStringView lang);
    static constexpr int stackKeys = 20 * 4 * 2;

    // Languages the model was trained on ("" is unknown: too short to tell, read as English).
    static bool trainedFor(QStringView lang);

    SentimentModel() = default;
    // rulesWeight: how much the rules' own vote counts beside the model's probabilities (0..1),
    // chosen on texts held apart from training (SentimentModelBuilder).
    explicit SentimentModel(CompactLinearModel linear, double rulesWeight = 0);

    double rulesWeight() const { return m_rulesWeight; }
    // The model's probabilities and the rules' vote, (1 - w) * model + w * rules.
    static Probabilities blend(const Probabilities &model, const SentimentReading &rules,
                               double rulesWeight);

    // The model's own probabilities (negative, neutral, positive), before the rules' vote.
    Probabilities probabilities(QStringView text, QStringView lang,
                                const SentimentReading &rules) const;
    // The rules' reading decided again by the model; the rules' cues stay as the reasons.
    SentimentReading read(QStringView text, QStringView lang, const SentimentReading &rules) const;

    const CompactLinearModel &linear() const { return m_linear; }

    QByteArray toBytes() const;
    static std::optional<SentimentModel> fromBytes(const QByteArray &bytes); // nullopt if damaged

    // The model shipped with Earshot (":/earshot/models/sentiment.esm"), read once per process;
    // nullptr when it is absent or damaged (the rules then read alone).
    static const SentimentModel *builtIn();

private:
    CompactLinearModel m_linear;
    double m_rulesWeight = 0;
    // The same weights as one row of 4 bytes per bucket (the model touches nearly every bucket,
    // so the compact form's bit tests would cost more than the megabyte they save).
    std::vector<std::int8_t> m_dense;
};

} // namespace earshot
