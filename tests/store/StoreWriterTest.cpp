// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;

TEST(StoreWriter, ClosingWritesEveryBatchAlreadySubmitted)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(path); // create it
    constexpr int batches = 200;
    {
        StoreWriter writer(path);
        for (int i = 0; i < batches; ++i) {
            IngestBatch batch;
            batch.mentions.push_back(makeMention(QString::number(i), QString::number(i % 7)));
            writer.submit(batch);
        }
    } // closing the window closes the writer right after a burst of arrivals
    EXPECT_EQ(Workspace::openForReading(path).queryInt("SELECT count(*) FROM mentions"), batches);
}

TEST(StoreWriter, AFailedBatchNamesItsFeedAndPosition)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Database db = Workspace::openForWriting(path);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON mentions "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    StoreWriter writer(path);
    QSignalSpy failed(&writer, &StoreWriter::failed);
    IngestBatch batch;
    batch.mentions.push_back(makeMention(QStringLiteral("1")));
    batch.feed = QStringLiteral("demo-feed");
    batch.cursor = QStringLiteral("0:1");
    writer.submit(batch);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed[0][0].toString().contains(QStringLiteral("disk trouble")))
        << failed[0][0].toString().toStdString();
    EXPECT_EQ(failed[0][1].toString(), QStringLiteral("demo-feed"));
    EXPECT_EQ(failed[0][2].toString(), QStringLiteral("0:1"));
}
