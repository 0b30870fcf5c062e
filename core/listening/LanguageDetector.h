// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// The language a post is written in (CLD2). Unknown (empty code) for text too short to tell;
// mixed text gives the dominant language with a lower confidence. Thread-safe.
class LanguageDetector final {
public:
    LanguageReading detect(QStringView text) const;
};

} // namespace earshot
