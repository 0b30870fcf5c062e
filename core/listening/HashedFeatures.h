// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace earshot {

// The features of one text for a learned model: lower-cased word unigrams and bigrams and
// character 3- to 5-grams, each hashed into one of 2^bits buckets. The hash (FNV-1a over the
// UTF-16 code units as numbers, then Fibonacci hashing to the bucket) is the same on every machine
// and in every run, so a model trained on one desktop reads the same on another.
struct HashedFeatures {
    std::vector<std::uint32_t> buckets; // one entry per occurrence; duplicates add up
    float weight = 0;                   // each entry's value: 1/sqrt(count), so length matters less
};

constexpr int learnedFeatureBits = 18;

// Fills `out` (reusing its memory) with the features of `text`.
void hashFeatures(QStringView text, int bits, HashedFeatures *out);

} // namespace earshot
