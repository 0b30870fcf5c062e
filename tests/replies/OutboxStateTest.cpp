// SPDX-License-Identifier: Apache-2.0
#include "KeyTableTesting.h"
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "replies/OutboxState.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

TEST(OutboxStateTest, KeysRoundTripAndUnknownOnesAreRefused)
{
    expectKeysRoundTrip(outboxStateKeyTable, outboxStateKey, outboxStateFromKey,
                        {"", "Sent", "awaiting-approval", "awaiting approval", "delivered"});
}

// The schema's CHECK on outbox.state spells the same keys: each one is taken and read back as
// its state; another is refused.
TEST(OutboxStateTest, TheWorkspaceTakesEveryKey)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    const std::int64_t caseId =
        Ingestor(db).ingest({{makeMention(QStringLiteral("m1"))}, {}, {}}).caseIds.front();
    Outbox outbox(db);
    QString problem;
    const std::int64_t id = outbox.queue(caseId, QStringLiteral("mastodon"), 0, 0,
                                         QStringLiteral("On it!"), false, &problem);
    ASSERT_NE(id, 0) << problem.toStdString();
    Statement set(db, "UPDATE outbox SET state = ? WHERE id = ?");
    for (const KeyEntry<OutboxState> &entry : outboxStateKeyTable) {
        set.bind(1, outboxStateKey(entry.value)).bind(2, id);
        ASSERT_NO_THROW(set.run()) << entry.key;
        const std::vector<OutboxItem> items = outbox.forCase(caseId);
        ASSERT_EQ(items.size(), 1u);
        EXPECT_EQ(int(items.front().state), int(entry.value)) << entry.key;
    }
    set.bind(1, QStringLiteral("delivered")).bind(2, id);
    EXPECT_THROW(set.run(), StoreError);
}
