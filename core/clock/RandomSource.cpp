// SPDX-License-Identifier: Apache-2.0
#include "clock/RandomSource.h"

namespace earshot {

namespace {

// SplitMix64's finaliser: nearby seeds (1, 2, 3) become unrelated engine states.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::uint64_t fnv1a(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

RandomSource::RandomSource(std::uint64_t seed, std::string_view stream)
    : m_seed(seed)
    , m_engine(mix(seed ^ fnv1a(stream)))
{}

std::uint64_t RandomSource::systemSeed()
{
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ std::uint64_t(device());
}

std::uint64_t RandomSource::next()
{
    return m_engine();
}

std::int64_t RandomSource::uniform(std::int64_t low, std::int64_t high)
{
    if (high <= low)
        return low;
    const std::uint64_t range = std::uint64_t(high) - std::uint64_t(low) + 1;
    if (range == 0)
        return std::int64_t(next()); // the whole 64-bit range
    // Draws below 2^64 mod range would make the low results likelier: drawn again.
    const std::uint64_t threshold = (0 - range) % range;
    std::uint64_t x = next();
    while (x < threshold)
        x = next();
    return std::int64_t(std::uint64_t(low) + x % range);
}

double RandomSource::uniformReal()
{
    return double(next() >> 11) * 0x1.0p-53;
}

bool RandomSource::chance(double probability)
{
    return uniformReal() < probability;
}

} // namespace earshot
