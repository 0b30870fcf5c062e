// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <optional>

namespace earshot {

class PostWords;

// English written plainly, told without CLD2: every letter a to z, at least two different
// frequent English words ("the", "you", "with", "because", "don't", "today" …) making up a fair
// share of the words, and none of the common short words of other languages written in Latin
// letters ("der", "und", "le", "que", "het", "och", "yang", "ang" …). Nine in ten English posts
// are like that, and CLD2 cost half of the whole reading; anything else (other letters, mixed
// languages, too few clues) is left to CLD2. Nothing for text too short to tell.
std::optional<LanguageReading> plainEnglish(const PostWords &words);

} // namespace earshot
