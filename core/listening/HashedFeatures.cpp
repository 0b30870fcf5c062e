// SPDX-License-Identifier: Apache-2.0
#include "listening/HashedFeatures.h"

#include <QString>

#include <cmath>

namespace earshot {

namespace {

constexpr std::uint32_t fnvOffset = 2166136261u;
constexpr std::uint32_t fnvPrime = 16777619u;

// FNV-1a with one step per UTF-16 code unit (a number, so the machine's byte order plays no part).
inline std::uint32_t fnvAdd(std::uint32_t hash, char16_t unit)
{
    return (hash ^ unit) * fnvPrime;
}

// FNV's low bits are poorly mixed: the bucket is the top bits of a multiplication by the golden
// ratio (Fibonacci hashing), one multiplication where a full finalizer would take several.
inline std::uint32_t finish(std::uint32_t hash, int bits)
{
    return (hash * 2654435769u) >> (32 - bits);
}

// Kinds of features start from different seeds, so the word "abc" and the letters "abc" differ.
constexpr char16_t wordTag = u'w';
constexpr char16_t bigramTag = u'b';
constexpr char16_t gramTag = u'c';

inline bool isWordChar(char16_t u)
{
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'\'' || u == u'_'
               || (u >= u'A' && u <= u'Z');
    const QChar c(u);
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

void hashFeatures(QStringView text, int bits, HashedFeatures *out)
{
    out->buckets.clear();
    // One pass to a normalized form: lower case, any run of white space as one space, a space
    // at both ends so the letter n-grams see where words start and end.
    thread_local std::vector<char16_t> norm;
    norm.clear();
    norm.reserve(std::size_t(text.size()) + 2);
    norm.push_back(u' ');
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Most mentions are mostly ASCII: decide those without Unicode's tables.
        const bool space = u < 128 ? (u == u' ' || (u >= u'\t' && u <= u'\r')) : c.isSpace();
        if (space) {
            if (norm.back() != u' ')
                norm.push_back(u' ');
        } else if (u < 128) {
            norm.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        } else {
            norm.push_back(c.toLower().unicode());
        }
    }
    if (norm.back() != u' ')
        norm.push_back(u' ');
    const char16_t *s = norm.data();
    const qsizetype n = qsizetype(norm.size());

    // At most 3 letter n-grams per unit, and a word and a pair of words per unit: written
    // through a pointer, without a capacity check per feature.
    out->buckets.resize(std::size_t(n) * 5);
    std::uint32_t *next = out->buckets.data();

    // Letter 3-, 4- and 5-grams, incrementally: one hash per start, extended by one unit.
    const std::uint32_t gramSeed = fnvAdd(fnvOffset, gramTag);
    for (qsizetype i = 0; i + 3 <= n; ++i) {
        std::uint32_t hash = fnvAdd(fnvAdd(fnvAdd(gramSeed, s[i]), s[i + 1]), s[i + 2]);
        *next++ = finish(hash, bits);
        if (i + 4 <= n) {
            hash = fnvAdd(hash, s[i + 3]);
            *next++ = finish(hash, bits);
        }
        if (i + 5 <= n) {
            hash = fnvAdd(hash, s[i + 4]);
            *next++ = finish(hash, bits);
        }
    }

    // Words: runs of letters and digits; any other visible sign (an emoji, "!") is a word of
    // its own, since "😡" and "!!!" say as much as a word does.
    std::uint32_t previous = 0;
    bool hasPrevious = false;
    for (qsizetype i = 0; i < n;) {
        if (s[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (isWordChar(s[i])) {
            while (end < n && isWordChar(s[end]))
                ++end;
        } else if (QChar::isHighSurrogate(s[i]) && end < n) {
            ++end;
        }
        std::uint32_t word = fnvAdd(fnvOffset, wordTag);
        for (qsizetype k = i; k < end; ++k)
            word = fnvAdd(word, s[k]);
        *next++ = finish(word, bits);
        if (hasPrevious) {
            // The bigram hashes both words' hashes, so it costs no second pass over letters.
            std::uint32_t pair = fnvAdd(fnvOffset, bigramTag);
            for (std::uint32_t part : {previous, word}) {
                pair = fnvAdd(pair, char16_t(part & 0xffffu));
                pair = fnvAdd(pair, char16_t(part >> 16));
            }
            *next++ = finish(pair, bits);
        }
        previous = word;
        hasPrevious = true;
        i = end;
    }
    out->buckets.resize(std::size_t(next - out->buckets.data()));
    out->weight = out->buckets.empty() ? 0.f : 1.f / std::sqrt(float(out->buckets.size()));
}

} // namespace earshot
