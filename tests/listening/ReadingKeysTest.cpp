// SPDX-License-Identifier: Apache-2.0
#include "listening/Reading.h"

#include "../support/KeyTableTesting.h"

#include <gtest/gtest.h>

using namespace earshot;

// Keys are stored in workspaces and printed by earshot-cli: they must survive a round trip, and
// a key no table holds is refused, not read as some value.
TEST(ReadingKeysTest, SentimentKeysRoundTrip)
{
    expectKeysRoundTrip(sentimentKeyTable, sentimentKey, sentimentFromKey,
                        {"furious", "", "Negative", " negative", "very_negative", "neutral "});
}

TEST(ReadingKeysTest, EmotionKeysRoundTrip)
{
    expectKeysRoundTrip(emotionKeyTable, emotionKey, emotionFromKey, {"none", "", "Anger", "rage"});
    // No emotion has no key: the workspace stores NULL, earshot-cli prints null.
    EXPECT_EQ(emotionKey(Emotion::None), QString());
}

TEST(ReadingKeysTest, CategoryKeysRoundTrip)
{
    expectKeysRoundTrip(categoryKeyTable, categoryKey, categoryFromKey,
                        {"complaints", "", "Spam", "other"});
    ASSERT_EQ(allCategories().size(), qsizetype(categoryKeyTable.size()));
    for (qsizetype i = 0; i < allCategories().size(); ++i)
        EXPECT_EQ(int(allCategories()[i]), int(i)); // priority weights index by the enum
}

TEST(ReadingKeysTest, RiskKeysRoundTrip)
{
    expectKeysRoundTrip(riskKeyTable, riskKey, riskFromKey,
                        {"legal-threat", "", "Scam", "staff_abuse"});
    EXPECT_EQ(allRisks().size(), qsizetype(riskKeyTable.size()));
}

TEST(ReadingKeysTest, RiskFlagsRoundTripThroughKeys)
{
    const RiskFlags flags = riskFlag(Risk::LegalThreat) | riskFlag(Risk::StaffAbuse);
    const QStringList keys = riskKeys(flags);
    EXPECT_EQ(keys, (QStringList{QStringLiteral("legal"), QStringLiteral("staff-abuse")}));
    EXPECT_EQ(riskFlagsFromKeys(keys), flags);
    EXPECT_EQ(riskFlagsFromKeys({QStringLiteral("unknown")}), 0u);
    EXPECT_EQ(riskFlagsFromKeys({QStringLiteral("scam"), QStringLiteral("unknown")}),
              riskFlag(Risk::Scam));
}

TEST(ReadingKeysTest, ScoreCutPointsGiveFiveLevels)
{
    EXPECT_EQ(sentimentFromScore(-0.9), Sentiment::VeryNegative);
    EXPECT_EQ(sentimentFromScore(-0.3), Sentiment::Negative);
    EXPECT_EQ(sentimentFromScore(0.0), Sentiment::Neutral);
    EXPECT_EQ(sentimentFromScore(0.3), Sentiment::Positive);
    EXPECT_EQ(sentimentFromScore(0.9), Sentiment::VeryPositive);
}
