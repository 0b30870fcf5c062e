// SPDX-License-Identifier: Apache-2.0
// The log file both programs write: its lines, its rolling over, its permissions.
#include "LogSink.h"
#include "RotatingLogFile.h"
#include "TestSupport.h"
#include "logging/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> linesOf(const QString &path)
{
    QList<QByteArray> lines = readAll(path).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A line of 100 bytes carrying its number.
QByteArray numbered(int n)
{
    QByteArray line = "line " + QByteArray::number(n).rightJustified(6, '0') + ' ';
    return line.leftJustified(99, '.') + '\n';
}

int numberOf(const QByteArray &line)
{
    return line.mid(5, 6).toInt();
}

constexpr QFileDevice::Permissions ownerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ReadUser
                                                    | QFileDevice::WriteUser;

} // namespace

TEST(LogFile, RollsOverWhenFullAndKeepsOnlyTheNewest)
{
    test::TempFolder folder;
    const QString logs = folder.path(u"logs"_s);
    RotatingLogFile file(logs, {1000, 2});
    for (int n = 1; n <= 55; ++n)
        file.write(numbered(n));

    // 55 lines of 100 bytes, 10 to a full file: two rolled files kept, the rest dropped.
    ASSERT_TRUE(QFileInfo::exists(file.rolledPath(1)));
    ASSERT_TRUE(QFileInfo::exists(file.rolledPath(2)));
    EXPECT_FALSE(QFileInfo::exists(file.rolledPath(3)));
    EXPECT_LT(QFileInfo(file.path()).size(), 1000);
    EXPECT_EQ(QFileInfo(file.rolledPath(1)).size(), 1000);
    // The newest lines, in order, with none lost across the files kept.
    QList<QByteArray> kept = linesOf(file.rolledPath(2));
    kept += linesOf(file.rolledPath(1));
    kept += linesOf(file.path());
    ASSERT_EQ(kept.size(), 25);
    for (int i = 0; i < kept.size(); ++i)
        EXPECT_EQ(numberOf(kept[i]), 31 + i);

    // Only their owner may read them: they name workspaces and what went wrong in them.
    EXPECT_EQ(QFileInfo(logs).permissions() & 0x7777,
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                  | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    for (const QString &path : {file.path(), file.rolledPath(1), file.rolledPath(2)})
        EXPECT_EQ(QFileInfo(path).permissions() & 0x7777, ownerReadWrite) << path.toStdString();
}

// Two processes on one data folder (two windows, the command line beside a window): after one
// rolls the file over, the other writes into the new file, not into the rolled one.
TEST(LogFile, AnotherWriterFollowsTheRollOver)
{
    test::TempFolder folder;
    const QString logs = folder.path(u"logs"_s);
    RotatingLogFile window(logs, {1000, 3});
    RotatingLogFile cli(logs, {1000, 3});
    window.write(numbered(1));
    for (int n = 2; n <= 10; ++n)
        cli.write(numbered(n)); // the tenth line fills the file: cli rolls it over
    ASSERT_TRUE(QFileInfo::exists(window.rolledPath(1)));
    window.write(numbered(11));

    const QList<QByteArray> rolled = linesOf(window.rolledPath(1));
    ASSERT_EQ(rolled.size(), 10);
    EXPECT_EQ(numberOf(rolled.first()), 1);
    EXPECT_EQ(numberOf(rolled.last()), 10);
    const QList<QByteArray> current = linesOf(window.path());
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(numberOf(current.first()), 11);
}

TEST(LogFile, AnOlderFileIsMadePrivate)
{
    test::TempFolder folder;
    const QString logs = folder.path(u"logs"_s);
    QDir().mkpath(logs);
    const QString path = QDir(logs).filePath(u"earshot.log"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();
    ASSERT_TRUE(QFile::setPermissions(path, ownerReadWrite | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    RotatingLogFile file(logs, {});
    file.write("a line\n");
    EXPECT_EQ(QFileInfo(path).permissions() & 0x7777, ownerReadWrite);
}

// What the programs install: every message the rules let through, one line each with UTC time,
// level, category and thread.
TEST(LogSink, WritesOneLineAMessageWithTimeLevelCategoryAndThread)
{
    test::TempFolder folder;
    QString path;
    {
        const LogSink sink(folder.path(u"logs"_s));
        path = sink.filePath();
        qCInfo(lcStore) << "opened" << 42;
        qCWarning(lcIngest).noquote() << "two\nlines";
        qCDebug(lcStore) << "not by default"; // earshot.* logs info and above unless asked
        QThread *named = QThread::create([] { qCInfo(lcWriter) << "from the writer"; });
        named->setObjectName(u"earshot-writer"_s);
        named->start();
        named->wait();
        delete named;
    }
    qCInfo(lcStore) << "after the sink is gone";

    const QString text = QString::fromUtf8(readAll(path));
    const QString time = uR"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"_s;
    EXPECT_TRUE(QRegularExpression(u"^"_s + time + u" info earshot\\.store \\[main\\] opened 42$"_s,
                                   QRegularExpression::MultilineOption)
                    .match(text)
                    .hasMatch())
        << text.toStdString();
    EXPECT_TRUE(text.contains(u" warning earshot.ingest [main] two\n    lines\n"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u" info earshot.writer [earshot-writer] from the writer\n"_s))
        << text.toStdString();
    EXPECT_FALSE(text.contains(u"not by default"_s));
    EXPECT_FALSE(text.contains(u"after the sink is gone"_s));
}

TEST(LogSink, RulesFromTheSettingSwitchCategories)
{
    ASSERT_FALSE(qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        << "QT_LOGGING_RULES wins over the setting under test: run this test without it";
    ASSERT_FALSE(lcStore().isDebugEnabled());
    LogSink::applyRules(u"earshot.store.debug=true; earshot.ingest.info=false"_s);
    EXPECT_TRUE(lcStore().isDebugEnabled());
    EXPECT_FALSE(lcIngest().isInfoEnabled());
    EXPECT_TRUE(lcIngest().isWarningEnabled());
    QLoggingCategory::setFilterRules({});
    EXPECT_FALSE(lcStore().isDebugEnabled());
    EXPECT_TRUE(lcIngest().isInfoEnabled());
}
