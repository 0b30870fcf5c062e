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

namespace {

// Whether SQLite builds a temporary B-tree to run `sql` (EXPLAIN's OpenEphemeral).
bool buildsATemporaryTable(Database &db, const char *sql)
{
    const QByteArray explainSql = QByteArray("EXPLAIN ") + sql;
    Statement explain(db, explainSql.constData());
    while (explain.step()) {
        if (explain.toString(1) == u"OpenEphemeral")
            return true;
    }
    return false;
}

const char *const insertCase = "INSERT INTO cases (person_id, platform, conversation, subject, "
                               "created_at, last_activity_at) VALUES (1, 'x', 'c', 's', 0, 0)";
const char *const insertBadge = "INSERT INTO person_badges (person_id, badge, set_by, set_at) "
                                "VALUES (1, 'customer', 'earshot', 0)";

// What the status and badge checks let in, on a workspace as Earshot opens it.
void expectStatusAndBadgeChecks(Database &db)
{
    db.exec("INSERT INTO people (display_name, created_at) VALUES ('p', 0)");
    db.exec(insertCase);
    const std::int64_t caseId = db.lastInsertId();
    for (const char *status : {"open", "pending", "snoozed", "resolved", "closed", "new"}) {
        Statement update(db, "UPDATE cases SET status = ? WHERE id = ?");
        EXPECT_NO_THROW(update.bind(1, QByteArray(status)).bind(2, caseId).run()) << status;
    }
    for (const char *status : {"Open", "done", "", "open "}) {
        Statement update(db, "UPDATE cases SET status = ? WHERE id = ?");
        EXPECT_THROW(update.bind(1, QByteArray(status)).bind(2, caseId).run(), StoreError)
            << status;
    }
    EXPECT_THROW(db.exec("UPDATE cases SET status = NULL"), StoreError);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases WHERE status <> 'new'"), 0);
    for (const char *badge : {"customer", "prospect", "employee", "influencer", "vip"}) {
        Statement insert(db, "INSERT INTO person_badges (person_id, badge, set_by, set_at) "
                             "VALUES (1, ?, 'agent', 0)");
        EXPECT_NO_THROW(insert.bind(1, QByteArray(badge)).run()) << badge;
    }
    Statement royalty(db, "INSERT INTO person_badges (person_id, badge, set_by, set_at) "
                          "VALUES (1, 'royalty', 'agent', 0)");
    EXPECT_THROW(royalty.run(), StoreError);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM person_badges"), 5);
}

} // namespace

// A new case and a new badge are written for nearly every mention of a bulk import; a CHECK
// with a list of values made SQLite build a temporary table of the list for each of them.
TEST(Migration, StatusAndBadgeChecksRefuseWhatTheyDidWithoutATemporaryTable)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    EXPECT_FALSE(buildsATemporaryTable(db, insertCase));
    EXPECT_FALSE(buildsATemporaryTable(db, insertBadge));
    EXPECT_FALSE(buildsATemporaryTable(db, "UPDATE cases SET status = 'open' WHERE id = 1001"));
    expectStatusAndBadgeChecks(db);
}

TEST(Migration, AWorkspaceOfSchema9GetsTheCheaperChecksAndKeepsItsRows)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        // A workspace exactly as schema 9 left it, with a case and a badge in it.
        Database db(path, Database::Access::ReadWriteCreate);
        db.exec("PRAGMA journal_mode = WAL");
        for (const Migration &migration : schemaMigrations()) {
            if (migration.version <= 9)
                db.exec(migration.sql);
        }
        db.exec("PRAGMA user_version = 9");
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                    .constData());
        db.exec("INSERT INTO people (display_name, created_at) VALUES ('first', 0)");
        db.exec(insertCase);
        db.exec(insertBadge);
        EXPECT_TRUE(buildsATemporaryTable(db, insertCase));
    }
    // A connection that is already open when another one migrates.
    Database other(path, Database::Access::ReadWrite);
    EXPECT_TRUE(buildsATemporaryTable(other, insertCase));
    Database db = Workspace::openForWriting(path);
    EXPECT_EQ(Workspace::schemaVersion(db), latestSchemaVersion());
    EXPECT_FALSE(buildsATemporaryTable(db, insertCase));
    EXPECT_FALSE(buildsATemporaryTable(db, insertBadge));
    // The other connection reads the new text at its next statement, as SQLite does after any
    // schema change.
    EXPECT_EQ(other.queryInt("SELECT count(*) FROM cases"), 1);
    EXPECT_FALSE(buildsATemporaryTable(other, insertCase));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM cases WHERE id = 1001 AND status = 'new'"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM person_badges"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM pragma_quick_check WHERE quick_check = 'ok'"), 1);
    db.exec("DELETE FROM person_badges");
    expectStatusAndBadgeChecks(db);
    // The case numbers carry on where they were.
    db.exec(insertCase);
    EXPECT_EQ(db.lastInsertId(), 1003);
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

// Replies queued before the outbox had keys (schema 10) each get one of their own, and a reply
// left "sending" keeps its state: the host settles it.
TEST(Migration, RepliesOfSchema10GetTheirOwnIdempotencyKeys)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Database db(path, Database::Access::ReadWriteCreate);
        db.exec("PRAGMA journal_mode = WAL");
        for (const Migration &migration : schemaMigrations()) {
            if (migration.version > 10)
                continue;
            // Step 10 edits the CHECKs' text, as migrate() runs it.
            if (migration.editsSchemaText)
                db.exec("PRAGMA writable_schema = ON");
            db.exec(migration.sql);
            if (migration.editsSchemaText)
                db.exec("PRAGMA writable_schema = OFF");
        }
        db.exec("PRAGMA user_version = 10");
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                    .constData());
        db.exec("INSERT INTO people (display_name, created_at) VALUES ('first', 0)");
        db.exec(insertCase);
        for (const char *state : {"queued", "sending", "sent"}) {
            Statement reply(db, "INSERT INTO outbox (case_id, platform, body, state, created_at, "
                                "updated_at) VALUES (1, 'mastodon', 'Hello', ?, 0, 0)");
            reply.bind(1, QString::fromLatin1(state)).run();
        }
    }
    Database db = Workspace::openForWriting(path);
    EXPECT_EQ(Workspace::schemaVersion(db), latestSchemaVersion());
    EXPECT_EQ(db.queryInt("SELECT count(DISTINCT idempotency_key) FROM outbox "
                          "WHERE idempotency_key LIKE 'earshot-%'"),
              3);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM outbox WHERE attempts = 0"), 3);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM outbox WHERE state = 'sending'"), 1);
    // Two replies can never share a key.
    EXPECT_THROW(db.exec("UPDATE outbox SET idempotency_key = 'same'"), StoreError);
}

// A workspace of schema 13 gains what the networks say after a post was heard (15): its mentions
// stay as they were, a revision is searchable, and revisions cannot be rewritten.
TEST(Migration, Schema13GainsRevisionsDeletionsAndProfilesAndKeepsItsMentions)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Database db(path, Database::Access::ReadWriteCreate);
        db.exec("PRAGMA journal_mode = WAL");
        for (const Migration &migration : schemaMigrations()) {
            if (migration.version > 13)
                continue;
            if (migration.editsSchemaText)
                db.exec("PRAGMA writable_schema = ON");
            db.exec(migration.sql);
            if (migration.editsSchemaText)
                db.exec("PRAGMA writable_schema = OFF");
        }
        db.exec("PRAGMA user_version = 13");
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(workspaceApplicationId))
                    .constData());
        db.exec("INSERT INTO people (display_name, created_at) VALUES ('first', 0)");
        db.exec("INSERT INTO handles (person_id, platform, platform_user_id, handle) "
                "VALUES (1, 'mastodon', 'u1', 'anna@example.social')");
        db.exec(insertCase);
        db.exec("INSERT INTO mentions (platform, platform_id, created_at, text, handle_id, "
                "conversation, case_id, ingested_at) VALUES ('mastodon', 'p1', 0, "
                "'heard first', 1, 'p1', 1, 0)");
    }
    Database db = Workspace::openForWriting(path);
    EXPECT_EQ(Workspace::schemaVersion(db), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 15);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions WHERE text = 'heard first'"), 1);
    db.exec("INSERT INTO mention_revisions (mention_id, text, seen_at) VALUES (1, "
            "'zucchinibread now', 5)");
    db.exec("INSERT INTO mention_deletions (mention_id, seen_at) VALUES (1, 6)");
    db.exec("INSERT INTO handle_profiles (handle_id, bio, read_at) VALUES (1, 'bio', 7)");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mention_fts_revisions WHERE "
                          "mention_fts_revisions MATCH 'zucchinibread'"),
              1);
    EXPECT_THROW(db.exec("UPDATE mention_revisions SET text = 'rewritten'"), StoreError);
    EXPECT_THROW(db.exec("UPDATE mentions SET text = 'rewritten'"), StoreError);
    EXPECT_THROW(db.exec("INSERT INTO mention_deletions (mention_id, seen_at) VALUES (1, 8)"),
                 StoreError);
}
