// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/WorkspaceGuidelines.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QFile>

using namespace earshot;
using namespace earshot::test;

TEST(SettingsCli, ATeamLeadSetsTheGuidelinesAndTheReopenWindow)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(workspace);
    const QString file = folder.path(QStringLiteral("guidelines.json"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(R"({"banned_phrases": ["no worries"], "sign_off": {"rule": "initials"}})");
    }
    ProcessResult set = runCli({QStringLiteral("-w"), workspace, QStringLiteral("guidelines"),
                                QStringLiteral("set"), file});
    EXPECT_EQ(set.exitCode, 0) << set.err.toStdString();
    ProcessResult shown = runCli({QStringLiteral("-w"), workspace, QStringLiteral("guidelines")});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("no worries"))) << shown.out.toStdString();
    {
        Database db = Workspace::openForReading(workspace);
        const GuidelineSettings stored = loadGuidelines(db);
        EXPECT_EQ(stored.bannedPhrases, QStringList{QStringLiteral("no worries")});
        EXPECT_EQ(stored.signOffRule, SignOffRule::Initials);
    }

    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("reopen-window"),
                      QStringLiteral("24")})
                  .exitCode,
              0);
    EXPECT_EQ(
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("reopen-window")}).out.trimmed(),
        QStringLiteral("24"));
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("reopen-window"),
                      QStringLiteral("soon")})
                  .exitCode,
              2);

    EXPECT_EQ(
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("join-window")}).out.trimmed(),
        QStringLiteral("60"));
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("join-window"),
                      QStringLiteral("0")})
                  .exitCode,
              0);
    {
        Database db = Workspace::openForReading(workspace);
        EXPECT_EQ(WorkspaceSettings::value(db, WorkspaceSettings::joinWindowMinutes),
                  QStringLiteral("0"));
    }
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("join-window"),
                      QStringLiteral("5000")})
                  .exitCode,
              2);
}

TEST(SettingsCli, BrokenGuidelinesAreRefusedWithTheKeyAndNothingChanges)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    Workspace::openForWriting(workspace);
    const QString file = folder.path(QStringLiteral("bad.json"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(R"({"shouting": {"min_words": "many"}})");
    }
    const ProcessResult set = runCli({QStringLiteral("-w"), workspace, QStringLiteral("guidelines"),
                                      QStringLiteral("set"), file});
    EXPECT_EQ(set.exitCode, 1);
    EXPECT_TRUE(set.err.contains(QStringLiteral("shouting.min_words"))) << set.err.toStdString();
    Database db = Workspace::openForReading(workspace);
    EXPECT_EQ(WorkspaceSettings::value(db, guidelinesSettingKey), QString());
}
