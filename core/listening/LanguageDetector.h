// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QStringView>

namespace earshot {

// The language a post is written in. Unknown (empty code) for text too short to tell; mixed
// text gives the dominant language with a lower confidence. Plainly written English is told by
// its words (plainEnglish()), everything else by CLD2. Thread-safe.
class LanguageDetector final {
public:
    LanguageReading detect(QStringView text) const;
    // CLD2 alone, without the plain-English shortcut: for measuring the shortcut against it.
    LanguageReading detectWithCld2(QStringView text) const;
};

} // namespace earshot
