// SPDX-License-Identifier: Apache-2.0
#include "listening/Reading.h"

#include <gtest/gtest.h>

using namespace earshot;

// Keys are stored in workspaces and printed by earshot-cli: they must survive a round trip.
TEST(ReadingKeysTest, SentimentAndCategoryKeysRoundTrip)
{
    for (Sentiment s : {Sentiment::VeryNegative, Sentiment::Negative, Sentiment::Neutral,
                        Sentiment::Positive, Sentiment::VeryPositive}) {
        Sentiment back = Sentiment::Neutral;
        ASSERT_TRUE(sentimentFromKey(sentimentKey(s), &back));
        EXPECT_EQ(back, s);
    }
    for (Category c : allCategories()) {
        Category back = Category::Spam;
        ASSERT_TRUE(categoryFromKey(categoryKey(c), &back));
        EXPECT_EQ(back, c);
    }
    Sentiment unused;
    EXPECT_FALSE(sentimentFromKey(QStringLiteral("furious"), &unused));
}

TEST(ReadingKeysTest, RiskFlagsRoundTripThroughKeys)
{
    const RiskFlags flags = riskFlag(Risk::LegalThreat) | riskFlag(Risk::StaffAbuse);
    const QStringList keys = riskKeys(flags);
    EXPECT_EQ(keys, (QStringList{QStringLiteral("legal"), QStringLiteral("staff-abuse")}));
    EXPECT_EQ(riskFlagsFromKeys(keys), flags);
    EXPECT_EQ(riskFlagsFromKeys({QStringLiteral("unknown")}), 0u);
}

TEST(ReadingKeysTest, ScoreCutPointsGiveFiveLevels)
{
    EXPECT_EQ(sentimentFromScore(-0.9), Sentiment::VeryNegative);
    EXPECT_EQ(sentimentFromScore(-0.3), Sentiment::Negative);
    EXPECT_EQ(sentimentFromScore(0.0), Sentiment::Neutral);
    EXPECT_EQ(sentimentFromScore(0.3), Sentiment::Positive);
    EXPECT_EQ(sentimentFromScore(0.9), Sentiment::VeryPositive);
}
