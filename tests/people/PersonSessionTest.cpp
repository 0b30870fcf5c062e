// SPDX-License-Identifier: Apache-2.0
// Person commands as the window gives them: through the session, on the writer thread, with
// the writer's caches kept honest for what arrives afterwards.
#include "AnswerCatcher.h"
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;

namespace {

Mention mentionBy(const QString &id, const QString &author, const QString &platform)
{
    Mention m = makeMention(id, author, 1'790'000'000'000 + id.toLongLong() * 1000);
    m.platform = platform;
    return m;
}

} // namespace

TEST(PersonSession, MergeRunsOnTheWriterAndLaterMentionsFollowTheMergedHandle)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    std::int64_t first = 0;
    std::int64_t second = 0;
    {
        Database db = Workspace::openForWriting(path);
        Ingestor ingestor(db);
        first = ingestor
                    .ingest({{mentionBy(QStringLiteral("1"), QStringLiteral("u1"),
                                        QStringLiteral("mastodon"))},
                             {},
                             {}})
                    .caseIds.front();
        second = ingestor
                     .ingest({{mentionBy(QStringLiteral("2"), QStringLiteral("u2"),
                                         QStringLiteral("bluesky"))},
                              {},
                              {}})
                     .caseIds.front();
    }
    WorkspaceSession session(path);
    const std::int64_t kept = session.cases().caseById(first)->personId;
    const std::int64_t other = session.cases().caseById(second)->personId;
    // The writer learns u2's person before the merge, as a live feed would have.
    AnswerCatcher<WriterAnswer<IngestResult>> learned;
    session.writer()->submit(
        {{mentionBy(QStringLiteral("3"), QStringLiteral("u2"), QStringLiteral("bluesky"))}, {}, {}},
        learned.context(), learned.callback());
    ASSERT_TRUE(learned.wait(5000));

    QSignalSpy done(&session, &WorkspaceSession::personCommandDone);
    QSignalSpy changed(&session, &WorkspaceSession::casesChanged);
    PersonCommand merge;
    merge.kind = PersonCommand::Kind::Merge;
    merge.personId = kept;
    merge.otherPersonId = other;
    const quint64 request = session.execute(merge);
    ASSERT_TRUE(done.wait(5000));
    const auto outcome = done.takeFirst().at(0).value<PersonOutcome>();
    EXPECT_EQ(outcome.requestId, request);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(changed.first().at(0).value<QList<qint64>>().contains(second));
    EXPECT_EQ(session.cases().caseById(second)->personId, kept);

    AnswerCatcher<WriterAnswer<IngestResult>> ingested;
    session.writer()->submit(
        {{mentionBy(QStringLiteral("4"), QStringLiteral("u2"), QStringLiteral("bluesky"))}, {}, {}},
        ingested.context(), ingested.callback());
    ASSERT_TRUE(ingested.wait(5000));
    ASSERT_TRUE(ingested.answer().ok()) << ingested.answer().error.toStdString();
    const IngestResult result = ingested.answer().value;
    ASSERT_EQ(result.caseIds.size(), 1u);
    EXPECT_EQ(session.cases().caseById(result.caseIds.front())->personId, kept);

    // A refusal comes back as an outcome with the reason, not as a write failure.
    QSignalSpy failed(&session, &WorkspaceSession::writeFailed);
    merge.otherPersonId = kept;
    session.execute(merge);
    ASSERT_TRUE(done.wait(5000));
    const auto refusal = done.takeFirst().at(0).value<PersonOutcome>();
    EXPECT_FALSE(refusal.ok);
    EXPECT_FALSE(refusal.error.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
}
