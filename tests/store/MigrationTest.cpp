// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "store/Schema.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

using namespace earshot;
using namespace earshot::test;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Plain SQLite, bypassing Earshot, to make files Earshot must refuse.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

QString refusal(const QString &path)
{
    try {
        Workspace::openForWriting(path);
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST(Migration, NewWorkspaceGetsLatestSchemaInWalModeWithForeignKeys)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    EXPECT_EQ(Workspace::schemaVersion(db), latestSchemaVersion());
    EXPECT_EQ(db.queryInt("PRAGMA application_id"), workspaceApplicationId);
    EXPECT_EQ(db.queryInt("PRAGMA foreign_keys"), 1);
    Statement mode(db, "PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.toString(0), QStringLiteral("wal"));
    // Case numbers start where people can say them aloud.
    db.exec("INSERT INTO people (display_name, created_at) VALUES ('p', 0)");
    db.exec("INSERT INTO cases (person_id, platform, conversation, subject, created_at, "
            "last_activity_at) VALUES (1, 'x', 'c', 's', 0, 0)");
    EXPECT_EQ(db.lastInsertId(), 1001);
}

TEST(Migration, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Database db = Workspace::openForWriting(path);
        db.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    }
    Database db = Workspace::openForWriting(path);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM settings WHERE key = 'k'"), 1);
}

TEST(Migration, AWorkspaceOfTheFirstSchemaIsBroughtUpToDateAndKeepsItsCases)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        // A workspace exactly as the first Earshot left it.
        Database db(path, Database::Access::ReadWriteCreate);
        db.exec("PRAGMA journal_mode = WAL");
        db.exec(schemaMigrations().front().sql);
        db.exec("PRAGMA user_version = 1");
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                    .constData());
        db.exec("INSERT INTO people (display_name, created_at) VALUES ('p', 0)");
        db.exec("INSERT INTO cases (person_id, platform, conversation, subject, created_at, "
                "last_activity_at) VALUES (1, 'x', 'c', 's', 0, 0)");
    }
    // `earshot-cli info` only reads, and still finds the workspace brought up to date.
    Database db = Workspace::openForReading(path);
    EXPECT_EQ(db.queryInt("PRAGMA user_version"), latestSchemaVersion());
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                          "name IN ('cases_activity','cases_status_activity','cases_unassigned',"
                          "'cases_done')"),
              0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('cases_queue', "
                          "'cases_assignee', 'drafts', 'case_tags')"),
              4);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases WHERE snoozed_until IS NULL"), 1);
}

TEST(Migration, WorkspaceFromNewerEarshotIsRefusedAndLeftUntouched)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Workspace::openForWriting(path);
    }
    rawExec(path, "PRAGMA user_version = 999");
    const QByteArray before = fingerprint(path);
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("newer Earshot"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("999"))) << message.toStdString();
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Migration, FileThatIsNotSqliteIsRefusedAndLeftUntouched)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("notes.earshot"));
    writeFile(path, "These are my notes, not a database.\n");
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("not a SQLite file"))) << message.toStdString();
    EXPECT_TRUE(message.contains(path));
    EXPECT_EQ(fingerprint(path), QCryptographicHash::hash("These are my notes, not a database.\n",
                                                          QCryptographicHash::Sha256));
}

TEST(Migration, SqliteDatabaseOfAnotherProgramIsRefusedAndLeftUntouched)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("other.db"));
    rawExec(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
    const QByteArray before = fingerprint(path);
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("another program"))) << message.toStdString();
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Migration, CorruptWorkspaceGetsAClearMessage)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Workspace::openForWriting(path);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(100); // keep the 100-byte header, spoil the schema page behind it
    file.write(QByteArray(3000, '\x5a'));
    file.close();
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(path)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("not an intact SQLite database")))
        << message.toStdString();
}

TEST(Migration, FolderThatDoesNotExistIsNamed)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("missing/w.earshot"));
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("does not exist"))) << message.toStdString();
    EXPECT_TRUE(message.contains(folder.path(QStringLiteral("missing"))));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Migration, ReadOnlyWorkspaceIsRefusedWithoutWriting)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Workspace::openForWriting(path);
    }
    const QByteArray before = fingerprint(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    const QString message = refusal(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_TRUE(message.contains(QStringLiteral("read-only"))) << message.toStdString();
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Migration, ReaderRefusesMissingFileInsteadOfCreatingIt)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("nothing.earshot"));
    EXPECT_THROW(Workspace::openForReading(path), StoreError);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Durability, WhatAPersonWroteIsSyncedInFullAndTheCacheIsNot)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 1); // NORMAL for the mention cache
    {
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 2); // FULL while a person's write commits
        db.exec("INSERT INTO settings (key, value) VALUES ('a', 'b')");
        transaction.commit();
    }
    EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 1);
    {
        Transaction abandoned(db, Transaction::Durability::PersonWrote);
        db.exec("INSERT INTO settings (key, value) VALUES ('c', 'd')");
    } // rolled back, and back to NORMAL
    EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM settings"), 1);
}
