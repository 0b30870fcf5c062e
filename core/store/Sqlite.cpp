// SPDX-License-Identifier: Apache-2.0
#include "store/Sqlite.h"

#include "Tr.h"
#include "store/CaseChangeLog.h"
#include "store/SearchTokenizer.h"
#include "store/StoreError.h"

#include "logging/LogCategories.h"

#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <utility>

namespace earshot {

namespace {

// What a statement does, in the words a failure message uses. A prepared statement knows whether
// it writes; for one that failed to prepare, its first word tells.
Database::Activity activityOf(const char *sql, sqlite3_stmt *statement)
{
    const QByteArray trimmed = QByteArray(sql).trimmed();
    const QByteArray verb = trimmed.left(trimmed.indexOf(' ')).toUpper();
    if (verb == "CREATE" || verb == "ALTER" || verb == "DROP" || verb == "PRAGMA")
        return Database::Activity::SettingUp;
    if (statement)
        return sqlite3_stmt_readonly(statement) ? Database::Activity::Reading
                                                : Database::Activity::Writing;
    return verb == "SELECT" ? Database::Activity::Reading : Database::Activity::Writing;
}

// Process-wide SQLite settings; they only take effect before SQLite's first use.
void configureSqliteOnce()
{
    static const bool configured = [] {
        // Memory statistics take a global lock on every allocation; nothing reads them.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    Q_UNUSED(configured);
}

// Why SQLite failed, in words a person can act on.
QString reasonFor(sqlite3 *db, int rc)
{
    QString reason =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL)
        reason = Tr::tr("the disk is full");
    else if (primary == SQLITE_READONLY)
        reason = Tr::tr("the file is read-only");
    else if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        reason = Tr::tr("the file is not an intact SQLite database (%1)").arg(reason);
    return reason;
}

} // namespace

struct BusyWaitState {
    QString path; // for the log
    Database::BusyWait wait = Database::BusyWait::Briefly;
    std::function<void()> onLongWait;
    std::chrono::steady_clock::time_point since;
    bool told = false;
};

namespace {

constexpr auto briefWait = std::chrono::seconds(5);
constexpr auto longWait = std::chrono::seconds(1);

// SQLite calls this while the lock it needs is held elsewhere; `attempt` is 0 at the start of
// each wait. Returning 0 gives up with SQLITE_BUSY.
int waitForLock(void *context, int attempt)
{
    auto *state = static_cast<BusyWaitState *>(context);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0) {
        state->since = now;
        state->told = false;
    }
    const auto waited = now - state->since;
    if (state->wait == Database::BusyWait::Briefly && waited >= briefWait)
        return 0;
    if (state->wait == Database::BusyWait::AsLongAsNeeded && waited >= longWait && !state->told) {
        state->told = true;
        qCInfo(lcStore).noquote() << "Waiting for another connection's write transaction on"
                                  << state->path;
        if (state->onLongWait)
            state->onLongWait();
    }
    // Short sleeps first (most locks are released within milliseconds), then at most 50 ms.
    QThread::msleep(static_cast<unsigned long>(std::min(1 + attempt, 50)));
    return 1;
}

} // namespace

Database::Database(const QString &path, Access access)
    : m_path(path)
    , m_owner(QThread::currentThread())
{
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        throw StoreError(Tr::tr("Cannot open workspace %1: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Readers and writers meet on the same file; wait a little instead of failing at once.
    setBusyWait(BusyWait::Briefly);
    m_caseChanges = std::make_unique<CaseChangeLog>();
    m_caseChanges->attach(m_db);
    // The search index cannot be read or written without its tokenizer, so every
    // connection gets it, whatever it is opened for.
    const int registered = registerSearchTokenizer(m_db);
    if (registered != SQLITE_OK) {
        const QString message =
            Tr::tr("Setting up workspace %1 failed: %2").arg(path, reasonFor(m_db, registered));
        close();
        throw StoreError(message);
    }
}

void Database::adoptCurrentThread()
{
    m_owner = QThread::currentThread();
}

void Database::checkOwnerThread() const
{
    const QThread *current = QThread::currentThread();
    if (!m_db || current == m_owner)
        return;
    // The owner is not asked for its name: it may have ended.
    qFatal("The SQLite connection to %s was opened on thread %p and is used on thread %p (%s). "
           "A connection belongs to the thread that opened it (Database::adoptCurrentThread).",
           qUtf8Printable(m_path), static_cast<const void *>(m_owner),
           static_cast<const void *>(current), qUtf8Printable(current->objectName()));
}

void Database::setBusyWait(BusyWait wait, std::function<void()> onLongWait)
{
    checkThread();
    if (!m_busy)
        m_busy = std::make_unique<BusyWaitState>();
    m_busy->path = m_path;
    m_busy->wait = wait;
    m_busy->onLongWait = std::move(onLongWait);
    sqlite3_busy_handler(m_db, &waitForLock, m_busy.get());
}

void Database::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = clock ? std::move(clock) : systemClock();
}

Database::Database() = default;

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_owner(other.m_owner)
    , m_busy(std::move(other.m_busy))
    , m_caseChanges(std::move(other.m_caseChanges))
    , m_clock(other.m_clock) // copied: a moved-from connection still has a clock
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_owner = other.m_owner;
        m_busy = std::move(other.m_busy);
        m_caseChanges = std::move(other.m_caseChanges);
        m_clock = other.m_clock;
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::fail(const char *sql, int rc, Activity activity) const
{
    const QString reason = reasonFor(m_db, rc);
    // The statement behind a failure, for whoever investigates it: our own constant SQL, never
    // its bound values. A person sees what failed in words, never SQL.
    qCInfo(lcStore).noquote() << "SQLite failed:" << reason << "in" << m_path << "running"
                              << QString::fromUtf8(sql).simplified();
    switch (activity) {
    case Activity::Reading:
        throw StoreError(Tr::tr("Reading workspace %1 failed: %2").arg(m_path, reason));
    case Activity::Writing:
        throw StoreError(Tr::tr("Writing to workspace %1 failed: %2").arg(m_path, reason));
    case Activity::SettingUp:
        break;
    }
    throw StoreError(Tr::tr("Setting up workspace %1 failed: %2").arg(m_path, reason));
}

void Database::exec(const char *sql)
{
    checkThread();
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(sql, rc, activityOf(sql, nullptr));
    }
}

std::int64_t Database::lastInsertId() const
{
    checkThread();
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    checkThread();
    return sqlite3_changes(m_db);
}

std::int64_t Database::queryInt(const char *sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.toInt(0) : 0;
}

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    db.checkThread();
    const int rc =
        sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(sql, rc, activityOf(sql, nullptr));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::bindInt64(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

int Statement::parameterIndex(const char *name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

bool Statement::step()
{
    m_db->checkThread();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char *sql = sqlite3_sql(m_stmt);
    const Database::Activity activity = activityOf(sql, m_stmt);
    sqlite3_reset(m_stmt);
    m_db->fail(sql, rc, activity);
}

void Statement::run()
{
    while (step()) {}
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::toInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::toDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::toString(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::toBlob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return bytes ? QByteArray(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::optional<std::int64_t> Statement::toOptionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return toInt(column);
}

Transaction::Transaction(Database &db, Durability durability)
    : m_db(db)
    , m_durability(durability)
{
    // synchronous can only change outside a transaction, so it is set here and reset after.
    if (m_durability == Durability::PersonWrote)
        m_db.exec("PRAGMA synchronous = FULL");
    m_db.exec("BEGIN IMMEDIATE");
    if (BusyWaitState *busy = m_db.m_busy.get(); busy && busy->told) {
        busy->told = false;
        const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - busy->since);
        qCInfo(lcStore).noquote() << "Got the write lock on" << busy->path << "after"
                                  << waited.count() << "ms";
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        finish("ROLLBACK");
        if (m_db.m_caseChanges)
            m_db.m_caseChanges->forget();
    }
}

void Transaction::commit()
{
    if (m_db.m_caseChanges)
        m_db.m_caseChanges->writeBeforeCommit(m_db.handle());
    m_db.exec("COMMIT");
    m_done = true;
    finish(nullptr);
}

void Transaction::finish(const char *sql)
{
    m_db.checkThread();
    if (sql)
        sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, nullptr);
    if (m_durability == Durability::PersonWrote)
        sqlite3_exec(m_db.handle(), "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN");
}

ReadSnapshot::~ReadSnapshot()
{
    // A read-only transaction has nothing to keep: ending it cannot fail in a way that matters.
    sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace earshot
