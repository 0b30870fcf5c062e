// SPDX-License-Identifier: Apache-2.0
#include "KeyTableTesting.h"
#include "TestSupport.h"

#include "cases/CaseStatus.h"
#include "cases/Queue.h"
#include "ingest/Ingestor.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

// Status keys live in cases.status, event payloads and scenario files.
TEST(CaseStatusTest, KeysRoundTripAndUnknownOnesAreRefused)
{
    expectKeysRoundTrip(caseStatusKeyTable, caseStatusKey, caseStatusFromKey,
                        {"", "Resolved", "resolved ", "done", "snooze", "reopened"});
}

// The schema's CHECK and the table must agree: every key is a status the workspace takes, and
// a key the table does not hold is refused there too.
TEST(CaseStatusTest, TheWorkspaceTakesEveryKey)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    const std::int64_t caseId =
        Ingestor(db).ingest({{makeMention(QStringLiteral("m1"))}, {}, {}}).caseIds.front();
    Statement set(db, "UPDATE cases SET status = ? WHERE id = ?");
    for (const KeyEntry<CaseStatus> &entry : caseStatusKeyTable) {
        set.bind(1, caseStatusKey(entry.value)).bind(2, caseId);
        EXPECT_NO_THROW(set.run()) << entry.key;
    }
    set.bind(1, QStringLiteral("done")).bind(2, caseId);
    EXPECT_THROW(set.run(), StoreError);
}

TEST(CaseStatusTest, NewIsOnlyWhereACaseStarts)
{
    for (const KeyEntry<CaseStatus> &entry : caseStatusKeyTable)
        EXPECT_EQ(isAgentSettableStatus(entry.value), entry.value != CaseStatus::New) << entry.key;
    EXPECT_TRUE(isOpenStatus(CaseStatus::Snoozed));
    EXPECT_FALSE(isOpenStatus(CaseStatus::Closed));
    EXPECT_TRUE(caseBelongsToQueue(Queue::NextForMe, CaseStatus::Open, 0, 7));
    EXPECT_FALSE(caseBelongsToQueue(Queue::NextForMe, CaseStatus::Pending, 0, 7));
}
