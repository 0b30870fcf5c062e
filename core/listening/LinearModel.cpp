// SPDX-License-Identifier: Apache-2.0
#include "listening/LinearModel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace earshot {

void softmaxInPlace(double *scores, int count)
{
    const double top = *std::max_element(scores, scores + count);
    double sum = 0;
    for (int c = 0; c < count; ++c) {
        scores[c] = std::exp(scores[c] - top);
        sum += scores[c];
    }
    for (int c = 0; c < count; ++c)
        scores[c] /= sum;
}

void LinearModel::probabilities(const HashedFeatures &features, int builtInLabel, double *out) const
{
    const int count = classCount();
    std::array<float, 8> sum{};
    for (std::uint32_t bucket : features.buckets) {
        const float *row = weights.data() + std::size_t(bucket) * count;
        for (int c = 0; c < count; ++c)
            sum[c] += row[c];
    }
    const float *label = builtIn.data() + std::size_t(builtInLabel) * count;
    for (int c = 0; c < count; ++c)
        out[c] = double(bias[c]) + double(label[c]) + double(sum[c]) * features.weight;
    softmaxInPlace(out, count);
}

CompactLinearModel::CompactLinearModel(int bits, int keys, std::vector<int> classes,
                                       std::vector<float> bias, std::vector<float> builtIn,
                                       std::vector<float> scales)
    : m_bits(bits)
    , m_keys(keys)
    , m_classes(std::move(classes))
    , m_bias(std::move(bias))
    , m_builtIn(std::move(builtIn))
    , m_scales(std::move(scales))
    , m_used((std::size_t(1) << bits) / 64 + 1, 0)
    , m_rowsBefore(m_used.size(), 0)
    , m_rows(m_classes.size(), 0)
{}

CompactLinearModel CompactLinearModel::from(const LinearModel &dense)
{
    const int count = dense.classCount();
    const std::uint32_t buckets = std::uint32_t(1) << dense.bits;
    // One scale per class: its largest weight becomes ±127, the rest round to a step of that.
    std::vector<float> scales(count, 0.f);
    for (std::size_t i = 0; i < dense.weights.size(); ++i)
        scales[i % count] = std::max(scales[i % count], std::abs(dense.weights[i]));
    for (float &scale : scales)
        scale = scale > 0 ? scale / 127.f : 1.f;
    CompactLinearModel compact(dense.bits, dense.keys, dense.classes, dense.bias, dense.builtIn,
                               scales);
    std::array<std::int8_t, 8> row{};
    for (std::uint32_t bucket = 0; bucket < buckets; ++bucket) {
        const float *weights = dense.weights.data() + std::size_t(bucket) * count;
        bool any = false;
        for (int c = 0; c < count; ++c) {
            row[c] = std::int8_t(std::lround(weights[c] / scales[c]));
            any = any || row[c] != 0;
        }
        if (any)
            compact.append(bucket, row.data());
    }
    return compact;
}

bool CompactLinearModel::append(std::uint32_t bucket, const std::int8_t *values)
{
    if (std::int64_t(bucket) <= m_last || bucket >= (std::uint32_t(1) << m_bits))
        return false;
    // Only words with a row are ever looked up: the first row of a word sets its count.
    if (m_last < 0 || std::uint32_t(m_last) / 64 != bucket / 64)
        m_rowsBefore[bucket / 64] = std::uint32_t(m_rowCount);
    m_used[bucket / 64] |= std::uint64_t(1) << (bucket % 64);
    m_rows.insert(m_rows.end(), values, values + m_classes.size());
    ++m_rowCount;
    m_last = bucket;
    return true;
}

void CompactLinearModel::probabilities(const HashedFeatures &features, int builtInLabel,
                                       double *out) const
{
    const int count = classCount();
    // Whole numbers add up exactly and quickly; the scale applies once at the end.
    std::array<std::int32_t, 8> sum{};
    for (std::uint32_t bucket : features.buckets) {
        const std::int8_t *row = this->row(bucket);
        for (int c = 0; c < count; ++c)
            sum[c] += row[c];
    }
    const float *label = m_builtIn.data() + std::size_t(builtInLabel) * count;
    for (int c = 0; c < count; ++c)
        out[c] =
            double(m_bias[c]) + double(label[c]) + double(sum[c]) * m_scales[c] * features.weight;
    softmaxInPlace(out, count);
}

LinearModel trainLinear(const std::vector<TrainingExample> &examples, int keys,
                        std::vector<int> classes, int bits, const LinearOptions &options)
{
    LinearModel model;
    model.bits = bits;
    model.keys = keys;
    model.classes = std::move(classes);
    const int count = model.classCount();
    const std::size_t size = (std::size_t(1) << bits) * std::size_t(count);
    model.weights.assign(size, 0.f);
    model.builtIn.assign(std::size_t(keys) * count, 0.f);
    model.bias.assign(count, 0.f);

    // In how many examples each bucket occurs (counted once per example, saturating).
    std::vector<std::uint8_t> seenIn(std::size_t(1) << bits, 0);
    {
        std::vector<std::uint32_t> lastExample(std::size_t(1) << bits, 0);
        for (std::size_t i = 0; i < examples.size(); ++i) {
            for (std::uint32_t bucket : examples[i].features->buckets) {
                if (lastExample[bucket] != i + 1 && seenIn[bucket] < 255) {
                    lastExample[bucket] = std::uint32_t(i + 1);
                    ++seenIn[bucket];
                }
            }
        }
    }
    // The features that can learn, per example: the others keep a weight of 0, so leaving them
    // out of training changes nothing but the time it takes (most letter n-grams are rare).
    const int minCount = std::min(options.minCount, 255);
    std::vector<std::vector<std::uint32_t>> kept(examples.size());
    for (std::size_t i = 0; i < examples.size(); ++i) {
        for (std::uint32_t bucket : examples[i].features->buckets) {
            if (seenIn[bucket] >= minCount)
                kept[i].push_back(bucket);
        }
    }
    seenIn = {};

    // AdaGrad: each weight's step shrinks with the gradients it has seen, so the rare brand word
    // still learns quickly while "the" settles. The L2 pull applies to the weights touched.
    std::vector<float> squared(size, 0.f);
    std::vector<float> builtInSquared(model.builtIn.size(), 0.f);
    std::vector<float> biasSquared(count, 0.f);
    std::vector<double> probabilities(count);
    std::vector<std::size_t> order(examples.size());
    std::iota(order.begin(), order.end(), 0);
    StableRandom random(options.seed);
    const float rate = float(options.learningRate);
    const float l2 = float(options.l2);
    constexpr float epsilon = 1e-6f;

    auto update = [&](float *row, float *acc, float value, const double *gradient) {
        for (int c = 0; c < count; ++c) {
            const float g = float(gradient[c]) * value + l2 * row[c];
            acc[c] += g * g;
            row[c] -= rate * g / (std::sqrt(acc[c]) + epsilon);
        }
    };

    HashedFeatures scratch;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        random.shuffle(order);
        for (std::size_t index : order) {
            const TrainingExample &example = examples[index];
            HashedFeatures &learnable = scratch;
            learnable.buckets.swap(kept[index]);
            learnable.weight = example.features->weight; // of the whole text, as blend() sees it
            model.probabilities(learnable, example.builtInLabel, probabilities.data());
            probabilities[example.target] -= 1.0; // the gradient of the log loss: p - y
            if (example.weight != 1.f) {
                for (double &g : probabilities)
                    g *= double(example.weight);
            }
            const float value = example.features->weight;
            for (std::uint32_t bucket : learnable.buckets)
                update(model.weights.data() + std::size_t(bucket) * count,
                       squared.data() + std::size_t(bucket) * count, value, probabilities.data());
            learnable.buckets.swap(kept[index]);
            const std::size_t label = std::size_t(example.builtInLabel) * count;
            update(model.builtIn.data() + label, builtInSquared.data() + label, 1.f,
                   probabilities.data());
            update(model.bias.data(), biasSquared.data(), 1.f, probabilities.data());
        }
    }
    return model;
}

} // namespace earshot
