// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <random>
#include <string_view>

namespace earshot {

// The dice core rolls (the Simulation feed's pace, which customers answer and with what): a
// 64-bit Mersenne Twister from an explicit seed. The same seed gives the same numbers on every
// machine and standard library (no std:: distributions, whose results the standard leaves
// open), so a training run can be replayed. Production seeds from the system (systemSeed());
// tests and training give a seed. Not thread-safe: each user owns its source.
class RandomSource final {
public:
    // `stream` names a user of one seed, so each draws its own numbers: the feed's rolls do not
    // shift when a customer answers.
    explicit RandomSource(std::uint64_t seed, std::string_view stream = {});

    // A seed from the system's entropy; the only place core asks the system for randomness.
    static std::uint64_t systemSeed();

    std::uint64_t seed() const { return m_seed; }
    // 64 random bits.
    std::uint64_t next();
    // A whole number from `low` to `high`, both included, each equally likely.
    std::int64_t uniform(std::int64_t low, std::int64_t high);
    // A number in [0, 1), in steps of 2^-53.
    double uniformReal();
    // True with `probability` (0 never, 1 always).
    bool chance(double probability);

private:
    std::uint64_t m_seed;
    std::mt19937_64 m_engine;
};

} // namespace earshot
