// SPDX-License-Identifier: Apache-2.0
#pragma once

// How search sees characters, shared by the index tokenizer (SearchTokenizer) and the splitting
// of what a person types (SearchQuery), so both cut text in the same places.

namespace earshot::searchchars {

// Unicode's Extended_Pictographic (emoji-data.txt, Unicode 14, generated with Perl's
// \p{Extended_Pictographic}): the characters that start an emoji. None is ASCII, which keeps
// ASCII text on the tokenizer's fast path.
bool isPictographic(char32_t c);

constexpr bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF; // two make a flag
}

constexpr bool isSkinTone(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF;
}

constexpr bool isVariationSelector(char32_t c)
{
    return c == 0xFE0E || c == 0xFE0F;
}

constexpr bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F; // subdivision flags: 🏴 + tags + cancel tag
}

constexpr char32_t zeroWidthJoiner = 0x200D;
constexpr char32_t combiningKeycap = 0x20E3;

// A character that starts an emoji token of its own.
inline bool startsEmoji(char32_t c)
{
    return c >= 0xA9 && (isPictographic(c) || isRegionalIndicator(c) || isSkinTone(c));
}

// Invisible characters that search ignores where they stand, in the index and in a query alike,
// so "re\u200Bfund" is the word refund: soft hyphen, Arabic letter mark, Mongolian vowel
// separator, zero-width space, non-joiner and joiner (between letters; inside an emoji sequence
// the joiner belongs to the emoji), left-to-right and right-to-left marks, word joiner and
// invisible operators, variation selectors outside emoji, and the byte order mark (zero-width
// no-break space).
constexpr bool isIgnorable(char32_t c)
{
    return c == 0xAD || c == 0x61C || c == 0x180E || (c >= 0x200B && c <= 0x200F)
           || (c >= 0x2060 && c <= 0x2064) || isVariationSelector(c) || c == 0xFEFF;
}

} // namespace earshot::searchchars
