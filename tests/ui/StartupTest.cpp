// SPDX-License-Identifier: Apache-2.0
// The real `earshot` binary where nobody can click a dialog away (issue 14, item 7).
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

using namespace earshot::test;

namespace {

TEST(StartupTest, ABrokenWorkspaceUnderOffscreenPrintsTheProblemAndExits)
{
    TempFolder folder;
    const QString workspace = writeFile(folder, QStringLiteral("broken.earshot"),
                                        QByteArray("this is not a workspace\n").repeated(200));
    QProcess earshot;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder.path(QStringLiteral("data")));
    earshot.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    earshot.start(QStringLiteral(EARSHOT_GUI), {QStringLiteral("--workspace"), workspace});
    ASSERT_TRUE(earshot.waitForStarted(10000));
    // A modal dialog would wait forever; the message and the exit come at once.
    const bool finished = earshot.waitForFinished(20000);
    if (!finished) {
        earshot.kill();
        earshot.waitForFinished(5000);
    }
    ASSERT_TRUE(finished) << "earshot still waited after " << timer.elapsed() << " ms";
    EXPECT_EQ(earshot.exitStatus(), QProcess::NormalExit);
    EXPECT_NE(earshot.exitCode(), 0);
    const QString err = QString::fromUtf8(earshot.readAllStandardError());
    EXPECT_TRUE(err.contains(QFileInfo(workspace).fileName())) << err.toStdString();
}

} // namespace
