// SPDX-License-Identifier: Apache-2.0
// The outbox as the kill tests of sending read and fill it: replies queued as an agent's command
// queues them, the rows as they stand, and a listener left to run until they settle.
#pragma once

#include "KilledProcess.h"
#include "PrivateKeyring.h"

#include "cases/CaseCommands.h"
#include "replies/Outbox.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <map>
#include <vector>

namespace earshot::test {

struct QueuedReply {
    std::int64_t outboxId = 0;
    QString body;
    QString key;
};

struct OutboxRow {
    QString state;
    QString body;
    QString key;
    QString postId;
    int attempts = 0;
};

inline std::map<std::int64_t, OutboxRow> outboxRows(const QString &path)
{
    std::map<std::int64_t, OutboxRow> rows;
    Database db = Workspace::openForReading(path);
    Statement s(db, "SELECT id, state, body, idempotency_key, coalesce(platform_post_id, ''), "
                    "attempts FROM outbox");
    while (s.step())
        rows[s.toInt(0)] = {s.toString(1), s.toString(2), s.toString(3), s.toString(4),
                            int(s.toInt(5))};
    return rows;
}

// How many replies are in `state`.
inline int repliesIn(const QString &path, const QString &state)
{
    int count = 0;
    for (const auto &[id, row] : outboxRows(path))
        count += row.state == state ? 1 : 0;
    return count;
}

// A reply on every case of the workspace, as an agent's command queues it.
inline std::vector<QueuedReply> queueReplyOnEveryCase(const QString &path)
{
    std::vector<QueuedReply> queued;
    Database db = Workspace::openForWriting(path);
    CaseCommands commands(db);
    const std::int64_t agentId = db.queryInt("SELECT min(id) FROM agents");
    std::vector<std::pair<std::int64_t, std::int64_t>> cases;
    Statement open(db, "SELECT id, version FROM cases ORDER BY id");
    while (open.step())
        cases.emplace_back(open.toInt(0), open.toInt(1));
    open.reset();
    for (const auto &[caseId, version] : cases) {
        CaseCommand reply;
        reply.kind = CaseCommand::Kind::Reply;
        reply.caseId = caseId;
        reply.seenVersion = version;
        reply.agentId = agentId;
        reply.text = QStringLiteral("Reply %1: we are on it.").arg(caseId);
        const CommandOutcome outcome = commands.execute(reply);
        EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
        Statement row(db, "SELECT body, idempotency_key FROM outbox WHERE id = ?");
        row.bind(1, outcome.outboxId);
        EXPECT_TRUE(row.step());
        queued.push_back({outcome.outboxId, row.toString(0), row.toString(1)});
    }
    return queued;
}

// Runs `earshot-cli listen` on the workspace until every reply is in one of `states`, then ends
// it as a person does (SIGTERM). It waits for the outcome, not for a time: a listener that never
// gets there is ended by ctest's timeout.
inline void listenUntilEvery(const QString &path, const QStringList &states)
{
    const auto settled = [&] {
        for (const auto &[id, row] : outboxRows(path)) {
            if (!states.contains(row.state))
                return false;
        }
        return true;
    };
    QProcess listener;
    startCli(listener, {QStringLiteral("--workspace"), path, QStringLiteral("listen")},
             privateKeyring().environment());
    (void)QTest::qWaitFor([&] { return settled() || listener.state() == QProcess::NotRunning; },
                          200'000);
    ::kill(pid_t(listener.processId()), SIGTERM);
    EXPECT_TRUE(listener.waitForFinished(30000));
    EXPECT_TRUE(settled()) << listener.readAllStandardError().toStdString();
}

} // namespace earshot::test
