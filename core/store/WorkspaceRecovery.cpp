// SPDX-License-Identifier: Apache-2.0
#include "store/WorkspaceRecovery.h"

#include "Tr.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <optional>
#include <vector>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Rows are read this many row ids at a time; a range that cannot be read whole is halved until
// the unreadable row ids are found one by one.
constexpr std::int64_t rangeSize = 10000;

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// A row read from the damaged file, as SQLite's own values (types kept exactly).
using Row = std::vector<sqlite3_value *>;

void freeRows(std::vector<Row> &rows)
{
    for (Row &row : rows)
        for (sqlite3_value *value : row)
            sqlite3_value_free(value);
    rows.clear();
}

// Reads every row `sql` gives, or nothing: errors are expected here (damaged pages) and are
// answered with false, never thrown.
bool tryRead(Database &damaged, const QString &sql, std::vector<Row> &rows)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(damaged.handle(), sql.toUtf8().constData(), -1, &statement, nullptr)
        != SQLITE_OK)
        return false;
    const int columns = sqlite3_column_count(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        Row row;
        row.reserve(std::size_t(columns));
        for (int i = 0; i < columns; ++i)
            row.push_back(sqlite3_value_dup(sqlite3_column_value(statement, i)));
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        freeRows(rows);
        return false;
    }
    return true;
}

std::optional<std::int64_t> tryInt(Database &db, const QString &sql)
{
    std::vector<Row> rows;
    if (!tryRead(db, sql, rows) || rows.empty()
        || sqlite3_value_type(rows.front().front()) == SQLITE_NULL) {
        freeRows(rows);
        return std::nullopt;
    }
    const std::int64_t value = sqlite3_value_int64(rows.front().front());
    freeRows(rows);
    return value;
}

// Stored columns only: table_xinfo's "hidden" is 2 or 3 for generated columns, which cannot be
// inserted.
QStringList storedColumns(Database &db, const QString &table)
{
    Statement info(db, "SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0");
    info.bind(1, table);
    QStringList columns;
    while (info.step())
        columns << info.toString(0);
    return columns;
}

// Copies one table from the damaged file into the new one.
class TableCopy {
public:
    TableCopy(Database &damaged, Database &target, const QString &table, const QStringList &columns,
              RecoveryReport &report)
        : m_damaged(damaged)
        , m_table(table)
        , m_report(report)
    {
        QStringList names;
        QStringList placeholders;
        for (const QString &column : columns) {
            names << quoted(column);
            placeholders << u"?"_s;
        }
        m_select = u"SELECT "_s + names.join(u", ") + u" FROM " + quoted(table);
        const QString insert = u"INSERT OR REPLACE INTO "_s + quoted(table) + u" ("
                               + names.join(u", ") + u") VALUES (" + placeholders.join(u", ")
                               + u')';
        m_insert.emplace(target, insert.toUtf8().constData());
    }

    // Tables with row ids, range by range.
    void copyByRowId()
    {
        const QString from = u" FROM "_s + quoted(m_table);
        const auto first = tryInt(m_damaged, u"SELECT min(rowid)"_s + from);
        const auto last = tryInt(m_damaged, u"SELECT max(rowid)"_s + from);
        if (!first || !last) {
            copyWhole();
            return;
        }
        for (std::int64_t low = *first; low <= *last; low += rangeSize)
            copyRange(low, std::min(*last, low + rangeSize - 1));
        if (m_lostRows > 0)
            m_report.lost << Tr::tr("table %1: %n rows could not be read", nullptr, int(m_lostRows))
                                 .arg(m_table);
    }

    // Tables without row ids: all or nothing.
    void copyWhole()
    {
        if (!tryCopy(m_select))
            m_report.lost << Tr::tr("table %1: could not be read").arg(m_table);
    }

private:
    void copyRange(std::int64_t low, std::int64_t high)
    {
        if (tryCopy(m_select + u" WHERE rowid BETWEEN "_s + QString::number(low) + u" AND "
                    + QString::number(high)))
            return;
        if (low == high) {
            ++m_lostRows;
            return;
        }
        const std::int64_t middle = low + (high - low) / 2;
        copyRange(low, middle);
        copyRange(middle + 1, high);
    }

    bool tryCopy(const QString &select)
    {
        std::vector<Row> rows;
        if (!tryRead(m_damaged, select, rows))
            return false;
        for (const Row &row : rows) {
            for (std::size_t i = 0; i < row.size(); ++i)
                sqlite3_bind_value(m_insert->handle(), int(i) + 1, row[i]);
            m_insert->run();
        }
        m_report.rowsCopied += std::int64_t(rows.size());
        freeRows(rows);
        return true;
    }

    Database &m_damaged;
    QString m_table;
    RecoveryReport &m_report;
    QString m_select;
    std::optional<Statement> m_insert;
    // Row ids in the damaged ranges; some may never have held a row.
    std::int64_t m_lostRows = 0;
};

bool isCopiedTable(const QString &table)
{
    // The search index is built again from the messages; the change log starts afresh.
    return !table.startsWith(u"sqlite_") && !table.startsWith(u"mention_fts")
           && table != u"case_changes";
}

} // namespace

RecoveryReport recoverWorkspace(const QString &damagedPath, const QString &newPath)
{
    if (!QFileInfo(damagedPath).isFile())
        throw StoreError(Tr::tr("Cannot recover %1: there is no such file.").arg(damagedPath));
    if (QFileInfo::exists(newPath))
        throw StoreError(Tr::tr("Cannot recover into %1: the file already exists. Name a new "
                                "file; nothing is overwritten.")
                             .arg(newPath));
    // Its own read-only connection: a damaged page fails a read there, never the writing
    // transaction of the new file.
    Database damaged(damagedPath, Database::Access::ReadOnly);
    if (!tryInt(damaged, u"SELECT count(*) FROM sqlite_master"_s))
        throw StoreError(Tr::tr("Cannot recover %1: not even the list of its tables can be read, "
                                "so nothing can be saved from it.")
                             .arg(damagedPath));

    RecoveryReport report;
    Database target = Workspace::openForWriting(newPath, Workspace::Create::IfMissing);
    target.exec("PRAGMA foreign_keys = OFF");
    std::vector<std::pair<QString, bool>> tables;
    {
        Statement list(target, "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master "
                               "WHERE type = 'table' ORDER BY name");
        while (list.step())
            tables.emplace_back(list.toString(0), list.toInt(1) != 0);
    }
    {
        Transaction transaction(target, Transaction::Durability::PersonWrote);
        for (const auto &[table, withoutRowId] : tables) {
            if (!isCopiedTable(table))
                continue;
            const QStringList oldColumns = storedColumns(damaged, table);
            if (oldColumns.isEmpty()) {
                report.lost << Tr::tr("table %1: missing from the damaged file").arg(table);
                continue;
            }
            QStringList columns;
            for (const QString &column : storedColumns(target, table))
                if (oldColumns.contains(column))
                    columns << column;
            TableCopy copy(damaged, target, table, columns, report);
            if (withoutRowId)
                copy.copyWhole();
            else
                copy.copyByRowId();
            ++report.tablesCopied;
        }
        target.exec("INSERT INTO mention_fts (mention_fts) VALUES ('rebuild')");
        transaction.commit();
    }
    target.exec("PRAGMA foreign_keys = ON");
    report.problemsInNewFile = Workspace::integrityProblems(target, Workspace::Check::Full);
    return report;
}

} // namespace earshot
