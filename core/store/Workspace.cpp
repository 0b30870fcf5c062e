// SPDX-License-Identifier: Apache-2.0
#include "store/Workspace.h"

#include "Tr.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace earshot {

namespace {

// The write bits themselves, not access(2): running as root must not hide a file its owner
// marked read-only.
bool isMarkedWritable(const QFileInfo &info)
{
    return info.isWritable()
           && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

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
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        throw StoreError(Tr::tr("Cannot open workspace %1: %2").arg(path, probe.errorString()));
    const QByteArray header = probe.read(16);
    // An empty file is a new workspace; anything else must carry SQLite's magic header.
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        throw StoreError(Tr::tr("Cannot open workspace %1: it is not an Earshot workspace (not a "
                                "SQLite file). The file was left untouched.")
                             .arg(path));
    if (!isMarkedWritable(file) || !isMarkedWritable(folder))
        throw StoreError(Tr::tr("Cannot open workspace %1: the file or its folder is read-only. "
                                "Earshot needs to write next to it (write-ahead log).")
                             .arg(path));
}

int pragmaInt(Database &db, const char *sql)
{
    return int(db.queryInt(sql));
}

void checkIdentity(Database &db, const QString &path)
{
    const int applicationId = pragmaInt(db, "PRAGMA application_id");
    const int version = Workspace::schemaVersion(db);
    const bool empty = db.queryInt("SELECT count(*) FROM sqlite_master") == 0;
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

void migrate(Database &db)
{
    const int current = Workspace::schemaVersion(db);
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        db.exec(migration.sql);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(migration.version))
                    .constData());
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                    .constData());
        transaction.commit();
    }
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

Database Workspace::openForWriting(const QString &path, Create create)
{
    checkLocation(path, create);
    Database db(path, Database::Access::ReadWriteCreate);
    checkIdentity(db, path);
    db.exec("PRAGMA journal_mode = WAL");
    configureConnection(db);
    migrate(db);
    return db;
}

Database Workspace::openForReading(const QString &path)
{
    checkLocation(path, Create::Never);
    // Read-write at the file level: a WAL reader must be able to update the shared-memory index;
    // query_only below keeps this connection from writing anything else.
    Database db(path, Database::Access::ReadWrite);
    checkIdentity(db, path);
    if (schemaVersion(db) < latestSchemaVersion()) {
        // A workspace from an earlier Earshot: bring it up to date (as opening it for writing
        // would), then read it.
        db = Database();
        openForWriting(path, Create::Never);
        db = Database(path, Database::Access::ReadWrite);
    }
    configureConnection(db);
    db.exec("PRAGMA query_only = ON");
    return db;
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
