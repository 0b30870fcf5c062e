// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;
class QThread;

namespace earshot {

class CaseChangeLog;
class Statement;
struct BusyWaitState;

// One SQLite connection. Owned by exactly one thread; never shared (WAL gives each reader its own).
// The thread that opens it owns it: SQLite is opened without its own mutex, so two threads on one
// connection would corrupt it. Debug builds check this on every exec, prepare, step and
// transaction and stop the program naming both threads (release builds do not check).
class Database final {
public:
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly };
    // How long a statement waits while another connection (of this or another process) holds
    // the lock it needs. Briefly: five seconds, then "locked" (a reader on the GUI thread must
    // not hang). AsLongAsNeeded: a writer waits its turn however long another writer's
    // transaction takes; `onLongWait` is called once per wait that passes a second, so a person
    // can be told what Earshot is waiting for.
    enum class BusyWait { Briefly, AsLongAsNeeded };

    Database();
    Database(const QString &path, Access access);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The clock whose time this connection writes (events, created_at, sent_at): the system's
    // unless the session or a test gives its own. Core reads "now" for a write from here.
    Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<Clock> clock);
    void setBusyWait(BusyWait wait, std::function<void()> onLongWait = {});

    // Runs one or more statements without results; throws StoreError with SQLite's reason.
    void exec(const char *sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    // The first column of the first row of a query without parameters.
    std::int64_t queryInt(const char *sql);

    sqlite3 *handle() const { return m_db; }
    // The file, for messages and the log.
    const QString &path() const { return m_path; }

    // Makes the calling thread this connection's owner, for a connection opened on one thread
    // and handed whole to another (the opening thread must not touch it afterwards). Earshot's
    // workers open their connections on their own threads instead, and need none of this.
    void adoptCurrentThread();
    // Debug builds: stops the program unless the calling thread owns this connection.
    void checkThread() const
    {
#ifndef NDEBUG
        checkOwnerThread();
#endif
    }

    // What a failed statement was doing, as its message says it.
    enum class Activity { Reading, Writing, SettingUp };
    // Throws StoreError saying what failed in words ("Writing to workspace … failed: the disk is
    // full"); `sql` goes to the log only.
    [[noreturn]] void fail(const char *sql, int rc, Activity activity) const;

private:
    void close();
    void checkOwnerThread() const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    QThread *m_owner = nullptr; // compared, never dereferenced: it may have ended
    // On the heap: SQLite keeps its address while the Database object itself may move.
    std::unique_ptr<BusyWaitState> m_busy;
    std::unique_ptr<CaseChangeLog> m_caseChanges;
    std::shared_ptr<Clock> m_clock = systemClock();

    friend class Transaction;
};

// A prepared statement. Binds are 1-based like SQLite's; columns are 0-based.
class Statement final {
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Any whole number: int, qint64 and std::int64_t differ in type on some platforms.
    template <typename Integer, typename = std::enable_if_t<std::is_integral_v<Integer>>>
    Statement &bind(int index, Integer value)
    {
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bindBlob(int index, const QByteArray &bytes); // binary, stored as a BLOB
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<std::int64_t> &value);
    // The index of a named parameter (":name"), 0 when the statement has none of that name.
    int parameterIndex(const char *name) const;

    // Advances to the next row; false when done. Throws StoreError on failure.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t toInt(int column) const;
    double toDouble(int column) const;
    QString toString(int column) const;
    QByteArray toBlob(int column) const;
    std::optional<std::int64_t> toOptionalInt(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Statement &bindInt64(int index, std::int64_t value);

    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran. Immediate, so a
// writer learns at the start (not halfway) that another writer holds the lock.
class Transaction final {
public:
    // Cache: the mention cache, which the networks can give again (synchronous=NORMAL: a power
    // cut may lose the last batches, never corrupt). PersonWrote: replies, notes, commands,
    // settings, which exist nowhere else (synchronous=FULL for this transaction).
    enum class Durability { Cache, PersonWrote };

    explicit Transaction(Database &db, Durability durability = Durability::Cache);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    void finish(const char *sql);

    Database &m_db;
    Durability m_durability;
    bool m_done = false;
};

// One consistent view for several reads (BEGIN on construction, ended on destruction): what a
// long read sees does not change halfway through while writers go on. Takes no write lock.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
};

} // namespace earshot
