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

namespace earshot {

class CaseChangeLog;
class Statement;
struct BusyWaitState;

// One SQLite connection. Owned by exactly one thread; never shared (WAL gives each reader its own).
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

    bool isOpen() const { return m_db != nullptr; }
    // The clock whose time this connection writes (events, created_at, sent_at): the system's
    // unless the session or a test gives its own. Core reads "now" for a write from here.
    Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<Clock> clock);
    void setBusyWait(BusyWait wait, std::function<void()> onLongWait = {});
    const QString &path() const { return m_path; }

    // Runs one or more statements without results; throws StoreError with SQLite's reason.
    void exec(const char *sql);
    Statement prepare(const char *sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    // The first column of the first row of a query without parameters.
    std::int64_t queryInt(const char *sql);

    sqlite3 *handle() const { return m_db; }

    // What a failed statement was doing, as its message says it.
    enum class Activity { Reading, Writing, SettingUp };
    // Throws StoreError saying what failed in words ("Writing to workspace … failed: the disk is
    // full"); `sql` goes to the log only.
    [[noreturn]] void fail(const char *sql, int rc, Activity activity) const;

private:
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
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

} // namespace earshot
