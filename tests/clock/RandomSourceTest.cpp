// SPDX-License-Identifier: Apache-2.0
#include "clock/RandomSource.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

using namespace earshot;

namespace {

std::vector<std::int64_t> rolls(RandomSource random, int count = 20)
{
    std::vector<std::int64_t> out;
    for (int i = 0; i < count; ++i)
        out.push_back(random.uniform(1, 6));
    return out;
}

} // namespace

TEST(RandomSource, OneSeedRollsTheSameNumbersEveryTime)
{
    EXPECT_EQ(rolls(RandomSource(42)), rolls(RandomSource(42)));
    EXPECT_NE(rolls(RandomSource(42)), rolls(RandomSource(43)));
    EXPECT_EQ(RandomSource(42).seed(), 42u);
}

TEST(RandomSource, StreamsOfOneSeedRollApart)
{
    EXPECT_EQ(rolls(RandomSource(7, "simulation:feed")), rolls(RandomSource(7, "simulation:feed")));
    EXPECT_NE(rolls(RandomSource(7, "simulation:feed")),
              rolls(RandomSource(7, "simulation:replies")));
}

// The numbers of a seed are part of what a recorded training run depends on: they are the same
// on every machine and standard library, and a change to them is a change to every replay.
TEST(RandomSource, ASeedsNumbersAreFixed)
{
    EXPECT_EQ(rolls(RandomSource(1), 12),
              (std::vector<std::int64_t>{3, 6, 5, 1, 3, 3, 6, 5, 3, 4, 6, 5}));
}

TEST(RandomSource, StaysWithinItsBounds)
{
    RandomSource random(3);
    std::set<std::int64_t> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t x = random.uniform(-2, 2);
        ASSERT_GE(x, -2);
        ASSERT_LE(x, 2);
        seen.insert(x);
        const double r = random.uniformReal();
        ASSERT_GE(r, 0.0);
        ASSERT_LT(r, 1.0);
    }
    EXPECT_EQ(seen.size(), 5u) << "every value of a small range comes up";
    EXPECT_EQ(random.uniform(5, 5), 5);
    EXPECT_EQ(random.uniform(5, 4), 5);
    EXPECT_FALSE(random.chance(0.0));
    EXPECT_TRUE(random.chance(1.0));
}

TEST(RandomSource, SystemSeedsDiffer)
{
    // 64 bits from the system twice alike would mean it gives no entropy at all.
    EXPECT_NE(RandomSource::systemSeed(), RandomSource::systemSeed());
}
