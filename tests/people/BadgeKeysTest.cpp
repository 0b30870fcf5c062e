// SPDX-License-Identifier: Apache-2.0
#include "KeyTableTesting.h"
#include "TestSupport.h"

#include "people/PersonBadges.h"

using namespace earshot;
using namespace earshot::test;

TEST(BadgeKeysTest, KeysRoundTripAndUnknownOnesAreRefused)
{
    expectKeysRoundTrip(badgeKeyTable, badgeKey, badgeFromKey,
                        {"", "VIP", "royalty", "customers", "influencer "});
    EXPECT_EQ(badgeKeys().size(), qsizetype(badgeKeyTable.size()));
}

// The bits a person's badges are summed to in SQL: one bit each, and a key that is no badge
// adds none.
TEST(BadgeKeysTest, EveryBadgeHasABitOfItsOwn)
{
    int seen = 0;
    const QByteArray sql = badgeBitsSql();
    for (const KeyEntry<Badge> &entry : badgeKeyTable) {
        const int bit = badgeBit(entry.value);
        EXPECT_EQ(bit & (bit - 1), 0) << entry.key; // one bit
        EXPECT_EQ(seen & bit, 0) << entry.key;      // not another badge's
        seen |= bit;
        EXPECT_EQ(badgeBit(badgeKey(entry.value)), bit);
        const QByteArray quoted = QByteArray("'") + entry.key + "'";
        EXPECT_TRUE(sql.contains(quoted)) << entry.key;
    }
    EXPECT_EQ(badgeBit(QStringLiteral("royalty")), 0);
}
