// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

namespace earshot {

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

    static bool exists(const QString &path);
    // The file's schema version without changing anything (0 for a new, empty file).
    static int schemaVersion(Database &db);
};

} // namespace earshot
