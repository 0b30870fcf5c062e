// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace earshot {

// What a recovery saved from a damaged workspace.
struct RecoveryReport {
    std::int64_t rowsCopied = 0;
    int tablesCopied = 0;
    // Ranges of rows (or whole tables) that could not be read: what was lost, in words.
    QStringList lost;
    // What SQLite's full check says of the new file: empty when it is intact.
    QStringList problemsInNewFile;
};

// Saves what can still be read from a damaged workspace into a new one: a fresh workspace with
// the current schema, filled table by table from the damaged file, range by range of rows, so a
// damaged page costs only the rows on it. The damaged file is only read. The search index is
// built again from the recovered messages. Throws StoreError when the damaged file cannot be
// read at all or the new file cannot be written; refuses to overwrite an existing file.
RecoveryReport recoverWorkspace(const QString &damagedPath, const QString &newPath);

} // namespace earshot
