// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// What the person wants from us: complaint, claim (money, refund, compensation), question or
// request for help, praise, feedback or suggestion, observation (asks nothing), spam.
// The sentiment already read helps tell a complaint from praise; the risks, a scam dangling a
// refund from a customer's claim. Thread-safe after construction.
class CategoryClassifier final {
public:
    CategoryClassifier();
    CategoryReading read(QStringView text, const QString &lang, const SentimentReading &sentiment,
                         const RiskReading &risks) const;
};

} // namespace earshot
