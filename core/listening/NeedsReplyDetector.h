// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// Whether a mention asks for an answer: a question, a request, a complaint addressed to us;
// independent of how negative it is ("love you guys!" needs none, "how do I reset my router?"
// needs one). Thread-safe after construction.
class NeedsReplyDetector final {
public:
    NeedsReplyDetector();
    NeedsReplyReading read(QStringView text, const QString &lang,
                           const CategoryReading &category) const;
};

} // namespace earshot
