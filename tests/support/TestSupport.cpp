// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace earshot::test {

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(EARSHOT_TEST_DATA)).filePath(name);
}

TempFolder::TempFolder()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TempFolder::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString writeFile(const TempFolder &folder, const QString &name, const QByteArray &content)
{
    const QString path = folder.path(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    EXPECT_EQ(file.write(content), content.size()) << path.toStdString();
    return path;
}

Mention makeMention(const QString &id, const QString &authorId, std::int64_t createdAtMs)
{
    Mention m;
    m.platform = QStringLiteral("mastodon");
    m.id = id;
    m.createdAtMs = createdAtMs;
    m.text = QStringLiteral("Mention ") + id + QStringLiteral(" about my refund");
    m.author.id = authorId;
    m.author.handle = QStringLiteral("user") + authorId + QStringLiteral("@social.example");
    m.author.name = QStringLiteral("User ") + authorId;
    m.author.followers = 10;
    m.account = QStringLiteral("fernline@social.fernline.example");
    return m;
}

QProcessEnvironment cliEnvironment()
{
    static QTemporaryDir home; // removed when the test process ends
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return env;
}

ProcessResult runCli(const QStringList &arguments, const QByteArray &input)
{
    return runCli(arguments, input, cliEnvironment());
}

ProcessResult runCli(const QStringList &arguments, const QByteArray &input,
                     const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EARSHOT_CLI), arguments);
    EXPECT_TRUE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Until it ends, however slow the build (an import of 30,000 mentions takes minutes under
    // ThreadSanitizer): a command that hangs is ended by ctest's per-test timeout.
    EXPECT_TRUE(process.waitForFinished(-1));
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace earshot::test
