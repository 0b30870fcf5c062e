// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/HashedFeatures.h"

#include <QtAlgorithms>

#include <array>
#include <cstdint>
#include <vector>

namespace earshot {

void softmaxInPlace(double *scores, int count);

// Multinomial logistic regression over hashed features, plus a small table of weights for the
// built-in reading's label: what the agents taught about a brand's words, and how the built-in
// reading tends to be wrong here ("very negative" is often only "negative" for this brand). The
// built-in label has its own table, not a bucket, so no n-gram of a text can collide with it.
// This dense form is what training updates; CompactLinearModel is what a trained model keeps.
struct LinearModel {
    int bits = learnedFeatureBits;
    int keys = 0;               // the field's labels: rows of builtIn
    std::vector<int> classes;   // the labels seen, as indices into the field's keys
    std::vector<float> weights; // bucket-major: weights[bucket * classes + class], one cache line
    std::vector<float> builtIn; // builtIn[key * classes + class]
    std::vector<float> bias;

    int classCount() const { return int(classes.size()); }
    // Softmax probabilities, one per class, into `out`.
    void probabilities(const HashedFeatures &features, int builtInLabel, double *out) const;
};

// A trained model as it is read: only the rows of buckets that training touched, as 8-bit
// numbers with a scale per class, found through a bit per bucket and a count of the rows before
// each 64 buckets. A text's few hundred features then touch a few hundred kilobytes at most
// instead of megabytes, which is what blend() mostly waits for; the features training never saw
// cost one bit test each.
class CompactLinearModel {
public:
    CompactLinearModel() = default;
    CompactLinearModel(int bits, int keys, std::vector<int> classes, std::vector<float> bias,
                       std::vector<float> builtIn, std::vector<float> scales);
    static CompactLinearModel from(const LinearModel &dense);

    // Rows go in ascending bucket order; false (and nothing added) otherwise or when out of range.
    bool append(std::uint32_t bucket, const std::int8_t *values);

    int bits() const { return m_bits; }
    int keys() const { return m_keys; }
    const std::vector<int> &classes() const { return m_classes; }
    const std::vector<float> &bias() const { return m_bias; }
    const std::vector<float> &builtIn() const { return m_builtIn; }
    const std::vector<float> &scales() const { return m_scales; }
    int classCount() const { return int(m_classes.size()); }
    int rowCount() const { return m_rowCount; }

    void probabilities(const HashedFeatures &features, int builtInLabel, double *out) const;

    template <typename Visit> void forEachRow(Visit visit) const
    {
        const std::int8_t *values = m_rows.data() + m_classes.size(); // after the row of zeros
        for (std::size_t word = 0; word < m_used.size(); ++word) {
            for (std::uint64_t bits = m_used[word]; bits != 0; bits &= bits - 1) {
                visit(std::uint32_t(word * 64 + qCountTrailingZeroBits(bits)), values);
                values += m_classes.size();
            }
        }
    }

private:
    // Without -mpopcnt (builds for any x86-64) the compiler turns popcount, and even this same
    // arithmetic when it recognises it, into a library call per feature; the empty asm keeps the
    // arithmetic inline (measured: a tenth of blend()'s time).
    static std::size_t bitCount(std::uint64_t x)
    {
        x = x - ((x >> 1) & 0x5555555555555555ull);
#if defined(__GNUC__)
        asm("" : "+r"(x));
#endif
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
        return std::size_t((x * 0x0101010101010101ull) >> 56);
    }

    // A row of zeros for a bucket training never touched: no branch to mispredict per feature.
    const std::int8_t *row(std::uint32_t bucket) const
    {
        const std::uint64_t word = m_used[bucket / 64];
        const std::uint64_t bit = std::uint64_t(1) << (bucket % 64);
        const std::size_t used = (word & bit) != 0 ? 1 : 0; // a conditional move, not a branch
        const std::size_t index =
            used * (m_rowsBefore[bucket / 64] + bitCount(word & (bit - 1)) + 1);
        return m_rows.data() + index * m_classes.size();
    }

    int m_bits = learnedFeatureBits;
    int m_keys = 0;
    std::vector<int> m_classes;
    std::vector<float> m_bias;
    std::vector<float> m_builtIn;
    std::vector<float> m_scales; // a row's weight for class c is its number times m_scales[c]
    std::vector<std::uint64_t> m_used;
    std::vector<std::uint32_t> m_rowsBefore;
    std::vector<std::int8_t> m_rows; // a row of zeros, then one row per used bucket
    int m_rowCount = 0;
    std::int64_t m_last = -1;
};

struct TrainingExample {
    const HashedFeatures *features = nullptr;
    int builtInLabel = 0; // key index
    int target = 0;       // index into LinearModel::classes
    float weight = 1;     // how much this example counts (a source trusted less counts less)
};

struct LinearOptions {
    int epochs = 8;
    double learningRate = 0.4; // AdaGrad's step before it shrinks per weight
    double l2 = 1e-5;
    // A feature in fewer corrections than this learns nothing: one text's rare letter n-grams
    // only memorise that text, and dropping them keeps the model (and blend()) small.
    int minCount = 2;
    std::uint32_t seed = 20261203; // the order of examples per epoch: same data, same model
};

LinearModel trainLinear(const std::vector<TrainingExample> &examples, int keys,
                        std::vector<int> classes, int bits, const LinearOptions &options = {});

// A random number generator that gives the same numbers with every standard library
// (std::shuffle and the distributions do not promise that).
class StableRandom {
public:
    explicit StableRandom(std::uint64_t seed)
        : m_state(seed * 2862933555777941757ull + 3037000493ull)
    {}
    std::uint32_t next()
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return std::uint32_t(m_state >> 33);
    }
    template <typename T> void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[next() % i]);
    }

private:
    std::uint64_t m_state;
};

} // namespace earshot
