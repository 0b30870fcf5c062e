// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// Names an emotion (anger, frustration, anxiety, joy, gratitude) only where one is clear;
// otherwise Emotion::None. Thread-safe after construction.
class EmotionDetector final {
public:
    EmotionDetector();
    EmotionReading read(QStringView text, const QString &lang) const;
};

} // namespace earshot
