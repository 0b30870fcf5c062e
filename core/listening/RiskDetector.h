// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// Business-risk flags from phrases (English and German): legal threat, churn or cancel intent,
// safety, purchase intent, media or regulator attention. Negated phrases ("not going to cancel")
// raise nothing. Abuse at staff comes from AbuseDetector. Thread-safe after construction.
class RiskDetector final {
public:
    RiskDetector();
    RiskReading read(QStringView text, const QString &lang) const;
};

} // namespace earshot
