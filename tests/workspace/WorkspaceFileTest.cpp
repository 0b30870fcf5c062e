// SPDX-License-Identifier: Apache-2.0
// The workspace file as the operating system sees it: the locks that keep other processes from
// deleting its log, who may read it, and what Earshot does with a file that is empty or damaged.
#include "ProcessSupport.h"
#include "TestSupport.h"

#include "settings/AppSettings.h"
#include "store/Workspace.h"
#include "store/WorkspaceRecovery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace earshot;
using namespace earshot::test;

namespace {

// The POSIX locks /proc/locks shows for this process on the file's inode.
int locksHeldOn(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino)) + ' ';
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid
            && QByteArray(fields.at(5) + ' ').endsWith(inode))
            ++held;
    }
    return held;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int permissionBits(const QString &path)
{
    struct stat info {};
    ::stat(QFile::encodeName(path).constData(), &info);
    return int(info.st_mode & 0777);
}

// A workspace of a few thousand mentions, written by the command line and closed (so its log is
// folded into the file), with one page in the middle overwritten.
QString damagedWorkspace(const TempFolder &folder)
{
    const QString path = folder.path(QStringLiteral("damaged.earshot"));
    const ProcessResult import =
        runCli({QStringLiteral("-w"), path, QStringLiteral("import"), QStringLiteral("-")},
               mentionLines(QStringLiteral("m-"), 3000));
    EXPECT_EQ(import.exitCode, 0) << import.err.toStdString();
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    file.seek((pages / 2) * 4096);
    file.write(QByteArray(4096, char(0xA5)));
    return path;
}

} // namespace

TEST(WorkspaceFile, EveryConnectionKeepsTheProcessLockOnTheFile)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Database writer = Workspace::openForWriting(path);
    const int afterFirst = locksHeldOn(path);
    ASSERT_GT(afterFirst, 0) << "the first connection holds no lock at all";
    // A window opens further connections lazily, from other threads; none may drop the lock.
    Database reader = Workspace::openForReading(path);
    Database another = Workspace::openForReading(path);
    Database thirdWriter = Workspace::openForWriting(path);
    EXPECT_GT(locksHeldOn(path), 0);
    reader = Database();
    EXPECT_GT(locksHeldOn(path), 0);
}

TEST(WorkspaceFile, NewWorkspaceAndItsLogAreTheOwnersOnly)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("private.earshot"));
    ::umask(022);
    Database db = Workspace::openForWriting(path);
    db.exec("CREATE TEMP TABLE t(x)"); // any statement: the log exists while a connection is open
    EXPECT_EQ(permissionBits(path), 0600);
    EXPECT_EQ(permissionBits(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(permissionBits(path + QStringLiteral("-shm")), 0600);
}

TEST(WorkspaceFile, SettingsFileAndFolderAreTheOwnersOnly)
{
    TempFolder folder;
    const QString ini = folder.path(QStringLiteral("config/earshot.ini"));
    ::umask(022);
    {
        AppSettings settings(ini);
        settings.setValue(Settings::agentKey, QStringLiteral("a-priya"));
    }
    EXPECT_EQ(permissionBits(ini), 0600);
    EXPECT_EQ(permissionBits(folder.path(QStringLiteral("config"))), 0700);
}

TEST(WorkspaceFile, ReadingCommandsLeaveAnEmptyFileEmpty)
{
    TempFolder folder;
    const QString path = writeFile(folder, QStringLiteral("empty.earshot"), {});
    EXPECT_THROW(Workspace::openForReading(path), StoreError);
    for (const QStringList &command :
         {QStringList{QStringLiteral("info")},
          QStringList{QStringLiteral("search"), QStringLiteral("refund")}}) {
        const ProcessResult result = runCli(QStringList{QStringLiteral("-w"), path} + command);
        EXPECT_EQ(result.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("empty"))) << result.err.toStdString();
    }
    EXPECT_EQ(QFileInfo(path).size(), 0);
    // A command that creates workspaces may set it up.
    EXPECT_EQ(runCli({QStringLiteral("-w"), path, QStringLiteral("templates"),
                      QStringLiteral("install-starter")})
                  .exitCode,
              0);
    EXPECT_GT(QFileInfo(path).size(), 0);
}

TEST(WorkspaceFile, NotASqliteFileIsRefusedUntouched)
{
    TempFolder folder;
    const QByteArray text = "these are someone's notes, not a workspace\n";
    const QString path = writeFile(folder, QStringLiteral("notes.earshot"), text);
    const ProcessResult result =
        runCli({QStringLiteral("-w"), path, QStringLiteral("import"), QStringLiteral("-")},
               mentionLines(QStringLiteral("x-"), 3));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a SQLite file")))
        << result.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), text);
}

TEST(WorkspaceFile, DamagedFileIsNoticedOnOpenAndNotWritten)
{
    TempFolder folder;
    const QString path = damagedWorkspace(folder);
    const QByteArray before = fileHash(path);
    for (const QStringList &command :
         {QStringList{QStringLiteral("info")},
          QStringList{QStringLiteral("search"), QStringLiteral("refund")},
          QStringList{QStringLiteral("templates"), QStringLiteral("install-starter")},
          QStringList{QStringLiteral("check")}}) {
        const ProcessResult result = runCli(QStringList{QStringLiteral("-w"), path} + command);
        EXPECT_EQ(result.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("damaged"))) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("earshot-cli recover")))
            << result.err.toStdString();
    }
    EXPECT_THROW(Workspace::openForWriting(path), DamagedWorkspaceError);
    EXPECT_EQ(fileHash(path), before);
}

TEST(WorkspaceFile, RecoverySavesWhatCanBeReadIntoANewFile)
{
    TempFolder folder;
    const QString damaged = damagedWorkspace(folder);
    const QString recovered = folder.path(QStringLiteral("recovered.earshot"));
    const ProcessResult result = runCli({QStringLiteral("recover"), damaged, recovered});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Recovered"))) << result.out.toStdString();

    Database db = Workspace::openForReading(recovered);
    EXPECT_EQ(Workspace::integrityProblems(db, Workspace::Check::Full), QStringList());
    const std::int64_t mentions = db.queryInt("SELECT count(*) FROM mentions");
    // One page of 4 KB holds a few dozen rows of one table or index: the rest is saved.
    EXPECT_GT(mentions, 2800);
    EXPECT_LE(mentions, 3000);
    // Every recovered message can be found again.
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mention_fts WHERE mention_fts MATCH 'refund'"),
              mentions);
    // Never over an existing file.
    EXPECT_EQ(runCli({QStringLiteral("recover"), damaged, recovered}).exitCode, 1);
}
