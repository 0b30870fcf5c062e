// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QStringView>

namespace earshot {

struct AbuseReading {
    bool abusive = false;           // insults, slurs, threats of violence
    bool directedAtSomeone = false; // at a person ("you idiot", "@user is a …"), not at a thing
    double confidence = 0;
    QStringList cues;
};

// Abusive language, and whether it is aimed at someone: aimed at our staff it is a risk a lead
// must see. Thread-safe after construction.
class AbuseDetector final {
public:
    AbuseDetector();
    AbuseReading read(QStringView text, const QString &lang) const;
};

} // namespace earshot
