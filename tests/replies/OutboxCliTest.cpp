// SPDX-License-Identifier: Apache-2.0
// `earshot-cli outbox` as a person runs it: real process, real workspace file. A reply whose fate
// is uncertain is decided by a person, never sent twice by itself.
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ProcessResult outbox(const QString &workspace, const QStringList &arguments)
{
    return runCli(QStringList{s("-w"), workspace, s("outbox")} + arguments);
}

QString stateOf(const QString &workspace, std::int64_t id)
{
    Database db = Workspace::openForReading(workspace);
    Statement st(db, "SELECT state FROM outbox WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.toString(0) : QString();
}

struct Replies {
    std::int64_t uncertain = 0;
    std::int64_t failed = 0;
    std::int64_t sent = 0;
};

Replies makeReplies(const QString &workspace)
{
    Database db = Workspace::openForWriting(workspace);
    const std::int64_t caseId =
        Ingestor(db).ingest({{makeMention(s("m1"))}, {}, {}}).caseIds.front();
    Outbox box(db);
    QString problem;
    auto queue = [&](const char *text) {
        return box.queue(caseId, s("mastodon"), 0, 0, s(text), false, &problem);
    };
    Replies r;
    r.uncertain = queue("Did this arrive?");
    r.failed = queue("Refused");
    r.sent = queue("Fine");
    box.markSending(r.uncertain);
    box.markUncertain(r.uncertain, s("no answer"));
    box.markFailed(r.failed, s("The token was refused"));
    box.markSending(r.sent);
    box.markSent(r.sent, s("post-1"));
    return r;
}

} // namespace

TEST(OutboxCli, ListsWhatIsNotSentWithItsStateAndReason)
{
    TempFolder folder;
    const QString workspace = folder.path(s("w.earshot"));
    const Replies r = makeReplies(workspace);
    const ProcessResult list = outbox(workspace, {});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.startsWith(QString::number(r.uncertain) + s("  case ")))
        << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(s("  Mastodon  uncertain  attempts: 1  ")));
    EXPECT_TRUE(list.out.contains(s("\n    Did this arrive?\n    no answer\n")));
    EXPECT_TRUE(list.out.contains(s("The token was refused")));
    EXPECT_FALSE(list.out.contains(s("Fine"))); // sent: nothing to do

    const ProcessResult sent = outbox(workspace, {s("list"), s("sent"), s("--json")});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(sent.out.count(u'\n'), 1);
    EXPECT_TRUE(sent.out.contains(s("\"post\":\"post-1\""))) << sent.out.toStdString();

    const ProcessResult bad = outbox(workspace, {s("list"), s("lost")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(s("\"lost\" is not a state of the outbox")));
}

TEST(OutboxCli, APersonResolvesAnUncertainReplyAndRetriesAFailedOne)
{
    TempFolder folder;
    const QString workspace = folder.path(s("w.earshot"));
    const Replies r = makeReplies(workspace);

    // A sent reply is never sent again, and a failed one cannot be declared sent.
    const ProcessResult again = outbox(workspace, {s("retry"), QString::number(r.sent)});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(s("is sent: that cannot be changed")))
        << again.err.toStdString();
    EXPECT_EQ(outbox(workspace, {s("resolve"), QString::number(r.failed), s("sent")}).exitCode, 1);
    EXPECT_EQ(stateOf(workspace, r.failed), s("failed"));

    const ProcessResult found =
        outbox(workspace, {s("resolve"), QString::number(r.uncertain), s("sent")});
    EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_EQ(stateOf(workspace, r.uncertain), s("sent"));

    const ProcessResult retry = outbox(workspace, {s("retry"), QString::number(r.failed)});
    EXPECT_EQ(retry.exitCode, 0) << retry.err.toStdString();
    EXPECT_EQ(stateOf(workspace, r.failed), s("queued"));

    EXPECT_EQ(outbox(workspace, {s("resolve"), QString::number(r.failed), s("maybe")}).exitCode, 2);
    EXPECT_EQ(outbox(workspace, {s("retry"), s("x7")}).exitCode, 2);
    const ProcessResult missing = outbox(workspace, {s("retry"), s("999")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(s("There is no reply 999 in the outbox.")));
}
