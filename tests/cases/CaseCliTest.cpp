// SPDX-License-Identifier: Apache-2.0
// Issue 16, item 1 on the command line: resolving or replying over a message the agent has not
// read is refused with what to do, unless --seen says they read it.
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

TEST(CaseCli, ResolvingOverAnUnreadMessageIsRefusedUntilTheAgentReadsIt)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    std::int64_t caseId = 0;
    {
        Database db = Workspace::openForWriting(workspace);
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        caseId =
            Ingestor(db)
                .ingest({{makeMention(QStringLiteral("c1"), QStringLiteral("u1"), now)}, {}, {}})
                .caseIds.front();
    }
    const QString number = QString::number(caseId);
    const auto cli = [&](QStringList words) {
        return runCli(QStringList{QStringLiteral("-w"), workspace, QStringLiteral("--agent"),
                                  QStringLiteral("a-mira")}
                      + words);
    };
    const auto status = [&] {
        Database db = Workspace::openForReading(workspace);
        Statement s(db, "SELECT status FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toString(0) : QString();
    };

    ProcessResult refused = cli({QStringLiteral("case"), QStringLiteral("resolve"), number});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("The customer wrote again at")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("earshot-cli case show ") + number))
        << refused.err.toStdString();
    EXPECT_EQ(status(), QStringLiteral("new"));
    ProcessResult reply = cli({QStringLiteral("case"), QStringLiteral("reply"), number,
                               QStringLiteral("We"), QStringLiteral("are on it.")});
    EXPECT_EQ(reply.exitCode, 1) << reply.err.toStdString();

    ProcessResult shown = cli({QStringLiteral("case"), QStringLiteral("show"), number});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("* @"))
                && shown.out.contains(QStringLiteral("Mention c1 about my refund")))
        << shown.out.toStdString();
    ProcessResult resolved = cli({QStringLiteral("case"), QStringLiteral("resolve"), number});
    EXPECT_EQ(resolved.exitCode, 0) << resolved.err.toStdString();
    EXPECT_EQ(status(), QStringLiteral("resolved"));

    // Another case, read elsewhere: --seen lets it through.
    {
        Database db = Workspace::openForWriting(workspace);
        caseId = Ingestor(db)
                     .ingest({{makeMention(QStringLiteral("c2"), QStringLiteral("u2"),
                                           QDateTime::currentMSecsSinceEpoch())},
                              {},
                              {}})
                     .caseIds.front();
    }
    EXPECT_EQ(cli({QStringLiteral("case"), QStringLiteral("resolve"), QString::number(caseId),
                   QStringLiteral("--seen")})
                  .exitCode,
              0);
    EXPECT_EQ(status(), QStringLiteral("resolved"));
}
