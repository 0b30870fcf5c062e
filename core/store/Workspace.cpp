// SPDX-License-Identifier: Apache-2.0
#include "store/Workspace.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace earshot {

namespace {

// The write bits themselves, not access(2): running as root must not hide a file its owner
// marked read-only.
bool isMarkedWritable(const QFileInfo &info)
{
    return info.isWritable()
           && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

// Only what the file system says about the path (stat), never an open(): once this process
// has a connection to the file, closing any other descriptor of it would drop every POSIX lock
// the process holds on it, and another process would then take the workspace for unused and
// delete its write-ahead log under us. Whether the file is SQLite at all is asked through SQLite
// (checkIdentity), which keeps its descriptors open while it holds locks.
void checkLocation(const QString &path, Workspace::Create create)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists() || !folder.isDir())
        throw StoreError(Tr::tr("Cannot open workspace %1: the folder %2 does not exist.")
                             .arg(path, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!file.exists()) {
        if (create == Workspace::Create::Never)
            throw StoreError(Tr::tr("Cannot open workspace %1: there is no such file.").arg(path));
        if (!isMarkedWritable(folder))
            throw StoreError(Tr::tr("Cannot create workspace %1: the folder %2 is read-only.")
                                 .arg(path, folder.absoluteFilePath()));
        return;
    }
    if (!file.isFile())
        throw StoreError(Tr::tr("Cannot open workspace %1: it is not a file.").arg(path));
    if (!file.isReadable())
        throw StoreError(Tr::tr("Cannot open workspace %1: this user may not read it.").arg(path));
    if (!isMarkedWritable(file) || !isMarkedWritable(folder))
        throw StoreError(Tr::tr("Cannot open workspace %1: the file or its folder is read-only. "
                                "Earshot needs to write next to it (write-ahead log).")
                             .arg(path));
}

// A new workspace holds private messages: readable by its owner only, from the first byte (the
// write-ahead log and shared-memory files SQLite makes next to it copy these permissions).
void createPrivately(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    // EEXIST: another process created it a moment ago; it is opened as an existing file.
    if (fd < 0 && errno != EEXIST)
        throw StoreError(Tr::tr("Cannot create workspace %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (fd >= 0) {
        ::close(fd);
        qCInfo(lcStore).noquote() << "Created workspace file" << path;
    }
}

int pragmaInt(Database &db, const char *sql)
{
    return int(db.queryInt(sql));
}

// The first read of a connection: SQLite reads the file's header here, so a file that is not
// SQLite at all is told apart from one that is damaged.
void checkIsSqlite(Database &db, const QString &path)
{
    const int rc =
        sqlite3_exec(db.handle(), "PRAGMA schema_version", nullptr, nullptr, nullptr) & 0xff;
    if (rc == SQLITE_NOTADB)
        throw StoreError(Tr::tr("Cannot open workspace %1: it is not an Earshot workspace (not a "
                                "SQLite file). The file was left untouched.")
                             .arg(path));
    if (rc != SQLITE_OK)
        db.fail("PRAGMA schema_version", rc, Database::Activity::Reading);
}

void checkIdentity(Database &db, const QString &path)
{
    checkIsSqlite(db, path);
    // One statement, so one snapshot: read apart, another process creating the same new file
    // could commit its first step between the reads, and a half-seen file (no application id
    // yet, but tables) would pass for another program's database.
    Statement identity(db, "SELECT (SELECT application_id FROM pragma_application_id), "
                           "(SELECT user_version FROM pragma_user_version), "
                           "(SELECT count(*) FROM sqlite_master)");
    identity.step();
    const int applicationId = int(identity.toInt(0));
    const int version = int(identity.toInt(1));
    const bool empty = identity.toInt(2) == 0;
    if (applicationId != workspaceApplicationId && !(applicationId == 0 && empty))
        throw StoreError(Tr::tr("Cannot open workspace %1: it is a SQLite database of another "
                                "program, not an Earshot workspace. The file was left untouched.")
                             .arg(path));
    if (version > latestSchemaVersion())
        throw StoreError(Tr::tr("Cannot open workspace %1: it was written by a newer Earshot "
                                "(schema %2; this Earshot knows up to %3). The file was left "
                                "untouched; update Earshot to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(latestSchemaVersion()));
}

// Safe against another process opening the same new or older file at the same moment: each step
// checks the version again inside its own write transaction, so a step the other process
// already ran is skipped instead of failing on "table already exists".
void migrate(Database &db)
{
    const int from = Workspace::schemaVersion(db);
    if (from >= latestSchemaVersion())
        return;
    qCInfo(lcStore).noquote() << "Migrating workspace" << db.path() << "from schema" << from << "to"
                              << latestSchemaVersion();
    QElapsedTimer took;
    took.start();
    for (const Migration &migration : schemaMigrations()) {
        Transaction transaction(db);
        if (migration.version <= Workspace::schemaVersion(db))
            continue;
        if (migration.editsSchemaText) {
            // SQLite's steps for changing a CHECK constraint: edit the text, then move the schema
            // cookie on by one so every connection, this one included, parses the schema again.
            const std::int64_t cookie = db.queryInt("PRAGMA schema_version");
            db.exec("PRAGMA writable_schema = ON");
            try {
                db.exec(migration.sql);
            } catch (...) {
                db.exec("PRAGMA writable_schema = OFF");
                throw;
            }
            db.exec("PRAGMA writable_schema = OFF");
            db.exec(QByteArray("PRAGMA schema_version = " + QByteArray::number(cookie + 1))
                        .constData());
        } else {
            db.exec(migration.sql);
        }
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(migration.version))
                    .constData());
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                    .constData());
        transaction.commit();
        // This connection parses the new text when it next reads the schema; now, so that
        // statements prepared from here on (and EXPLAIN) see it at once.
        if (migration.editsSchemaText)
            db.queryInt("SELECT count(*) FROM sqlite_schema");
    }
    qCInfo(lcStore).noquote() << "Migrated workspace" << db.path() << "to schema"
                              << Workspace::schemaVersion(db) << "in" << took.elapsed() << "ms";
}

void configureConnection(Database &db)
{
    db.exec("PRAGMA foreign_keys = ON");
    // RETURNING and sorts use temporary tables; on disk they cost a write and a read each
    // (half of a bulk import's system time before this).
    db.exec("PRAGMA temp_store = MEMORY");
    // The mention cache can be fetched again; what a person wrote switches to FULL per write.
    db.exec("PRAGMA synchronous = NORMAL");
}

} // namespace

DamagedWorkspaceError::DamagedWorkspaceError(const QString &path, const QString &problem)
    : StoreError(Tr::tr("Workspace %1 is damaged: SQLite's check found \"%2\". Earshot writes "
                        "nothing to a damaged file. What can still be read can be recovered into "
                        "a new file: earshot-cli recover \"%1\" NEW-FILE")
                     .arg(path, problem))
    , m_path(path)
{}

namespace {

// Switching a new file to WAL needs it to itself for a moment. SQLite answers "busy" at once,
// without its busy handler, when another process opening the same new file holds a read lock
// and wants the switch too; one of them goes first and the other finds WAL already on.
void enterWalMode(Database &db)
{
    for (int attempt = 0;; ++attempt) {
        const int rc =
            sqlite3_exec(db.handle(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        // Ten minutes: only a process that never lets go of the file gets here.
        if ((rc & 0xff) != SQLITE_BUSY || attempt >= 60000)
            db.fail("PRAGMA journal_mode = WAL", rc, Database::Activity::SettingUp);
        QThread::msleep(10);
    }
}

// Set on one thread (the window, the command line's main) and called on a writer's: guarded.
QMutex waitNoticeMutex;
std::function<void(const QString &)> waitNotice;

void tellWaiting(const QString &path)
{
    std::function<void(const QString &)> notice;
    {
        const QMutexLocker locker(&waitNoticeMutex);
        notice = waitNotice;
    }
    if (notice)
        notice(path);
}

// A quick check reads every page once: on open where that takes well under a second, otherwise
// left to the full check a window runs in the background (WorkspaceHealth).
constexpr std::int64_t quickCheckLimitBytes = 128LL * 1024 * 1024;

// Files this process already found intact: a window opens several connections to one file and
// checks it once.
QMutex checkedMutex;
QSet<QString> checkedFiles;

void checkNotDamaged(Database &db, const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    {
        const QMutexLocker locker(&checkedMutex);
        if (checkedFiles.contains(key))
            return;
    }
    const std::int64_t bytes = db.queryInt("PRAGMA page_count") * db.queryInt("PRAGMA page_size");
    if (bytes <= quickCheckLimitBytes) {
        const QStringList problems = Workspace::integrityProblems(db, Workspace::Check::Quick, 3);
        if (!problems.isEmpty())
            throw DamagedWorkspaceError(path, problems.first());
    } else {
        qCInfo(lcStore).noquote() << "No quick check of" << path << "on open:" << bytes / 1048576
                                  << "MB, left to the full check in the background";
    }
    const QMutexLocker locker(&checkedMutex);
    checkedFiles.insert(key);
}

} // namespace

void Workspace::setWaitNotice(std::function<void(const QString &path)> notice)
{
    const QMutexLocker locker(&waitNoticeMutex);
    waitNotice = std::move(notice);
}

Database Workspace::openForWriting(const QString &path, Create create)
{
    checkLocation(path, create);
    if (!QFileInfo::exists(path))
        createPrivately(path);
    Database db(path, Database::Access::ReadWrite);
    // A writer waits for another process's writer however long its transaction takes.
    db.setBusyWait(Database::BusyWait::AsLongAsNeeded, [path] { tellWaiting(path); });
    checkIdentity(db, path);
    checkNotDamaged(db, path);
    enterWalMode(db);
    configureConnection(db);
    migrate(db);
    qCInfo(lcStore).noquote() << "Opened workspace" << path << "for writing, schema"
                              << schemaVersion(db);
    return db;
}

Database Workspace::openForReading(const QString &path)
{
    checkLocation(path, Create::Never);
    // Read-write at the file level: a WAL reader must be able to update the shared-memory index;
    // query_only below keeps this connection from writing anything else.
    Database db(path, Database::Access::ReadWrite);
    checkIdentity(db, path);
    const int version = schemaVersion(db);
    if (version == 0)
        throw StoreError(Tr::tr("Cannot open workspace %1: the file is empty, not yet a "
                                "workspace. It was left untouched; a command that creates a "
                                "workspace (earshot, earshot-cli import or demo) can set it up.")
                             .arg(path));
    checkNotDamaged(db, path);
    if (version < latestSchemaVersion()) {
        // A workspace from an earlier Earshot: bring it up to date (as opening it for writing
        // would), then read it.
        db = Database();
        openForWriting(path, Create::Never);
        db = Database(path, Database::Access::ReadWrite);
    }
    configureConnection(db);
    db.exec("PRAGMA query_only = ON");
    qCDebug(lcStore).noquote() << "Opened workspace" << path << "for reading";
    return db;
}

QStringList Workspace::integrityProblems(Database &db, Check check, int maxProblems)
{
    const QByteArray sql = (check == Check::Quick ? QByteArray("PRAGMA quick_check(")
                                                  : QByteArray("PRAGMA integrity_check("))
                           + QByteArray::number(std::max(1, maxProblems)) + ')';
    db.checkThread(); // the raw SQLite calls below pass no other check
    QElapsedTimer took;
    took.start();
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            const QString line = QString::fromUtf8(text ? text : "");
            if (line != u"ok")
                problems << line;
        }
    }
    sqlite3_finalize(statement);
    // A page so damaged that the check itself cannot run is a problem too.
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        problems << QString::fromUtf8(sqlite3_errstr(rc));
    // SQLite's findings name pages, tables and indexes, never their contents.
    const char *kind = check == Check::Quick ? "Quick check" : "Full check";
    if (problems.isEmpty())
        qCInfo(lcStore).noquote() << kind << "of" << db.path() << "found no problems in"
                                  << took.elapsed() << "ms";
    else
        qCWarning(lcStore).noquote()
            << kind << "of" << db.path() << "found" << problems.size() << "problems (at most"
            << maxProblems << "asked) in" << took.elapsed() << "ms, the first:" << problems.first();
    return problems;
}

void Workspace::tuneForBulkWrites(Database &db)
{
    // A bulk import touches every index of a growing file: 96 MB of page cache keeps their hot
    // pages in memory between batches (a third less time at a million mentions; 128 MB was no
    // faster and took the import's peak over 300 MB).
    db.exec("PRAGMA cache_size = -98304");
}

bool Workspace::exists(const QString &path)
{
    return QFileInfo(path).isFile();
}

int Workspace::schemaVersion(Database &db)
{
    return pragmaInt(db, "PRAGMA user_version");
}

} // namespace earshot
