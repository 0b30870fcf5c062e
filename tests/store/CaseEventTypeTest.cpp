// SPDX-License-Identifier: Apache-2.0
#include "KeyTableTesting.h"
#include "TestSupport.h"

#include "cases/CaseTimeline.h"
#include "store/CaseEventType.h"

using namespace earshot;
using namespace earshot::test;

TEST(CaseEventTypeTest, KeysRoundTripAndUnknownOnesAreRefused)
{
    expectKeysRoundTrip(caseEventTypeKeyTable, caseEventTypeKey, caseEventTypeFromKey,
                        {"", "status-changed", "Status_Changed", "reopened", "note "});
}

// Every type Earshot writes has words in the timeline; only a newer Earshot's types are "other".
TEST(CaseEventTypeTest, TheTimelineDescribesEveryType)
{
    const QString other = describeCaseEvent(QStringLiteral("reopened"), QStringLiteral("{}"), {});
    ASSERT_TRUE(other.startsWith(QStringLiteral("Other change"))) << other.toStdString();
    for (const KeyEntry<CaseEventType> &entry : caseEventTypeKeyTable) {
        const QString text =
            describeCaseEvent(caseEventTypeKey(entry.value), QStringLiteral("{}"), {});
        EXPECT_FALSE(text.isEmpty()) << entry.key;
        EXPECT_FALSE(text.startsWith(QStringLiteral("Other change"))) << entry.key;
    }
}
