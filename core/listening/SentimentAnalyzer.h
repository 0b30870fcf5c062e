// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// Sentiment of social text on five levels: a valence lexicon with the rules social posts need
// (negation, intensifiers and downtoners, contrast, emoji and emoticons, elongation, capitals,
// cheap sarcasm markers, customer-service vocabulary). Word lists are keyed by language; text
// in a language without a list is read with the language-free signals (emoji, emoticons).
// Immutable once built: one instance may be shared by any number of threads.
class SentimentAnalyzer final {
public:
    SentimentAnalyzer();
    SentimentReading read(QStringView text, const QString &lang) const;
};

} // namespace earshot
