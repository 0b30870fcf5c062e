// SPDX-License-Identifier: Apache-2.0
// Several Earshot processes on one workspace, as agents run them: a window that keeps writing
// (its Simulation feed) and the command line run again and again beside it. Whatever happens
// to the window afterwards (killed, or closed as a person closes it), nothing either process
// stored may be lost, and the file must stay intact.
#include "ProcessSupport.h"
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace earshot;
using namespace earshot::test;

namespace {

enum class WindowEnd { Killed, Closed };

// Waits until the window has stored more mentions than `known` holds (up to 30 s).
QSet<QString> waitForWindowWrites(const QString &workspace, const QSet<QString> &known, int more)
{
    QElapsedTimer timer;
    timer.start();
    QSet<QString> now = storedMentionIds(workspace);
    while (now.size() < known.size() + more && timer.elapsed() < 30000) {
        QThread::msleep(200);
        now = storedMentionIds(workspace);
    }
    return now;
}

void windowAndCommandLineShareTheWorkspace(WindowEnd end)
{
    TempFolder folder;
    const QString workspace = makeBusyDemoWorkspace(folder.path(QString()));
    QProcess window;
    startWindow(window, workspace, folder.path(QString()));
    QSet<QString> seen = waitForWindowWrites(workspace, storedMentionIds(workspace), 1);

    QSet<QString> imported;
    for (int run = 0; run < 4; ++run) {
        const ProcessResult info =
            runCli({QStringLiteral("-w"), workspace, QStringLiteral("info")});
        ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
        const QString prefix = QStringLiteral("cli-%1-").arg(run);
        const ProcessResult import =
            runCli({QStringLiteral("-w"), workspace, QStringLiteral("import"), QStringLiteral("-")},
                   mentionLines(prefix, 50));
        ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
        for (int i = 0; i < 50; ++i)
            imported.insert(prefix + QString::number(i));
    }
    // What the window wrote after the command line ran is what the lost lock used to lose: with
    // its log deleted under it, the window went on writing where no other process could see.
    const QSet<QString> afterCommandLine = storedMentionIds(workspace);
    seen = waitForWindowWrites(workspace, afterCommandLine, 2);
    ASSERT_GE(seen.size(), afterCommandLine.size() + 2)
        << "the window's writes after the command line ran never reached the file";
    ASSERT_EQ(window.state(), QProcess::Running) << "the window stopped on its own";

    if (end == WindowEnd::Killed) {
        window.kill();
    } else {
        ::kill(pid_t(window.processId()), SIGTERM);
    }
    ASSERT_TRUE(window.waitForFinished(20000));
    if (end == WindowEnd::Closed) {
        EXPECT_EQ(window.exitStatus(), QProcess::NormalExit);
    }

    const QSet<QString> after = storedMentionIds(workspace);
    for (const QString &id : std::as_const(seen))
        EXPECT_TRUE(after.contains(id)) << "lost: " << id.toStdString();
    for (const QString &id : std::as_const(imported))
        EXPECT_TRUE(after.contains(id)) << "lost import: " << id.toStdString();
    Database db = Workspace::openForReading(workspace);
    EXPECT_EQ(Workspace::integrityProblems(db, Workspace::Check::Full), QStringList());
}

} // namespace

TEST(SeveralProcesses, KilledWindowLosesNothingTheCommandLineRanBeside)
{
    for (int i = 0; i < killIterations() && !HasFailure(); ++i)
        windowAndCommandLineShareTheWorkspace(WindowEnd::Killed);
}

TEST(SeveralProcesses, ClosedWindowLeavesAnIntactFileAfterTheCommandLineRanBeside)
{
    for (int i = 0; i < killIterations() && !HasFailure(); ++i)
        windowAndCommandLineShareTheWorkspace(WindowEnd::Closed);
}

// Two imports into one workspace at once: the second waits its turn instead of failing with
// "database is locked", and both are stored whole.
TEST(SeveralProcesses, TwoImportsAtOnceBothComplete)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    const QString first =
        writeFile(folder, QStringLiteral("a.jsonl"), mentionLines(QStringLiteral("a-"), 6000));
    const QString second =
        writeFile(folder, QStringLiteral("b.jsonl"), mentionLines(QStringLiteral("b-"), 6000));
    QProcess a;
    QProcess b;
    // Neither exists yet: both also race to create the workspace.
    a.start(QStringLiteral(EARSHOT_CLI),
            {QStringLiteral("-w"), workspace, QStringLiteral("import"), first});
    b.start(QStringLiteral(EARSHOT_CLI),
            {QStringLiteral("-w"), workspace, QStringLiteral("import"), second});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    Database db = Workspace::openForReading(workspace);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions"), 12000);
}

// Several processes creating one new workspace at the same moment: every one of them opens it,
// none fails on half-made tables.
TEST(SeveralProcesses, CreatingOneWorkspaceAtOnce)
{
    for (int round = 0; round < 3 * killIterations(); ++round) {
        TempFolder folder;
        const QString workspace = folder.path(QStringLiteral("new.earshot"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(EARSHOT_CLI),
                           {QStringLiteral("-w"), workspace, QStringLiteral("templates"),
                            QStringLiteral("install-starter")});
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            ASSERT_TRUE(process->waitForFinished(60000));
            EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
        }
        Database db = Workspace::openForReading(workspace);
        EXPECT_EQ(Workspace::schemaVersion(db), latestSchemaVersion());
    }
}

// Another process's write transaction that lasts longer than any fixed timeout (a big batch on a
// slow disk): the command line waits its turn, says why it waits, and then writes everything.
TEST(SeveralProcesses, AWriterWaitsForALongTransactionAndSaysSo)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    Database holder = Workspace::openForWriting(workspace);
    auto transaction = std::make_unique<Transaction>(holder);
    QProcess import;
    import.start(QStringLiteral(EARSHOT_CLI),
                 {QStringLiteral("-w"), workspace, QStringLiteral("import"), QStringLiteral("-")});
    ASSERT_TRUE(import.waitForStarted());
    import.write(mentionLines(QStringLiteral("w-"), 10));
    import.closeWriteChannel();
    // Longer than the five seconds a reader waits.
    EXPECT_FALSE(import.waitForFinished(6500));
    transaction.reset(); // rolled back: the lock is free
    ASSERT_TRUE(import.waitForFinished(30000));
    EXPECT_EQ(import.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(import.readAllStandardError())
                    .contains(QStringLiteral("Waiting for another Earshot process")));
    EXPECT_EQ(holder.queryInt("SELECT count(*) FROM mentions"), 10);
}

// Replies an agent queued are sent by the window (the Simulation platform in a demo). Killed at
// any moment and started again, the window sends every reply: each reaches "sent" with its own
// post id, none is left behind, and the file stays intact.
TEST(SeveralProcesses, KilledWhileSendingEveryReplyIsSentOnce)
{
    TempFolder folder;
    const QString workspace = makeBusyDemoWorkspace(folder.path(QString()));
    std::vector<std::int64_t> queued;
    {
        Database db = Workspace::openForWriting(workspace);
        CaseCommands commands(db);
        const std::int64_t agentId = db.queryInt("SELECT min(id) FROM agents");
        Statement open(db, "SELECT id, version FROM cases WHERE status IN ('new','open') "
                           "ORDER BY id LIMIT 20");
        std::vector<std::pair<std::int64_t, std::int64_t>> cases;
        while (open.step())
            cases.emplace_back(open.toInt(0), open.toInt(1));
        for (const auto &[caseId, version] : cases) {
            CaseCommand reply;
            reply.kind = CaseCommand::Kind::Reply;
            reply.caseId = caseId;
            reply.seenVersion = version;
            reply.agentId = agentId;
            reply.text = QStringLiteral("We're on it, sorry for the wait.");
            const CommandOutcome outcome = commands.execute(reply);
            ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
            queued.push_back(outcome.outboxId);
        }
    }
    ASSERT_EQ(queued.size(), 20u);

    auto sentCount = [&] {
        Database db = Workspace::openForReading(workspace);
        return db.queryInt("SELECT count(*) FROM outbox WHERE state = 'sent'");
    };
    QRandomGenerator random(20261207);
    for (int start = 0; start < 10 * killIterations() && sentCount() < 20; ++start) {
        QProcess window;
        startWindow(window, workspace, folder.path(QString()));
        QThread::msleep(random.bounded(150));
        window.kill();
        window.waitForFinished(10000);
    }
    // However slow the machine was to start the window before each kill: one last start that is
    // left to finish sending.
    {
        QProcess window;
        startWindow(window, workspace, folder.path(QString()));
        QElapsedTimer waited;
        waited.start();
        while (sentCount() < 20 && waited.elapsed() < 30000)
            QThread::msleep(100);
        window.kill();
        window.waitForFinished(10000);
    }
    Database db = Workspace::openForReading(workspace);
    for (const std::int64_t id : queued) {
        Statement item(db, "SELECT state, platform_post_id FROM outbox WHERE id = ?1");
        item.bind(1, id);
        ASSERT_TRUE(item.step());
        EXPECT_EQ(item.toString(0), QStringLiteral("sent")) << "outbox item " << id;
        EXPECT_FALSE(item.isNull(1)) << "outbox item " << id;
    }
    // One post id each, never the same one twice.
    EXPECT_EQ(
        db.queryInt("SELECT count(DISTINCT platform_post_id) FROM outbox WHERE state = 'sent'"),
        db.queryInt("SELECT count(*) FROM outbox WHERE state = 'sent'"));
    EXPECT_EQ(Workspace::integrityProblems(db, Workspace::Check::Full), QStringList());
}
