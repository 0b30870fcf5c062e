// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"
#include "store/StoreError.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace earshot {

// A workspace whose file has damaged pages: nothing may be written to it; what can still be read
// can be recovered into a new file (WorkspaceRecovery).
class DamagedWorkspaceError : public StoreError {
public:
    DamagedWorkspaceError(const QString &path, const QString &problem);
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

// Opening a workspace file safely: every check that can refuse a file runs before anything is
// written to it, so a foreign, corrupt or newer file is left exactly as it was.
class Workspace final {
public:
    enum class Create { IfMissing, Never };

    // The writer's connection: creates or migrates the schema as needed. Throws StoreError.
    static Database openForWriting(const QString &path, Create create = Create::IfMissing);
    // A reader's connection to a workspace already set up by openForWriting. Throws StoreError.
    static Database openForReading(const QString &path);

    // For a connection that is about to write a large import.
    static void tuneForBulkWrites(Database &db);

    // Called (on the waiting thread) when a writer has waited a second for another process's
    // write transaction to end, with the workspace's path: the command line says so on stderr.
    static void setWaitNotice(std::function<void(const QString &path)> notice);

    enum class Check { Quick, Full };
    // What SQLite's own check finds wrong with the file, at most `maxProblems` lines; empty when
    // the file is intact. Quick checks every page's structure; Full also every index's content.
    static QStringList integrityProblems(Database &db, Check check, int maxProblems = 10);

    static bool exists(const QString &path);
    // The file's schema version without changing anything (0 for a new, empty file).
    static int schemaVersion(Database &db);
};

} // namespace earshot
