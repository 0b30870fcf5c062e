// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/JsonLinesImporter.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace earshot {

// What an import from the window read and wrote.
struct MentionFileImportResult {
    ImportSummary summary;
    QString error;        // the file or the workspace could not be used; empty when it ran
    QStringList problems; // the first skipped lines, "line: reason"
};

// Imports a JSON Lines file of mentions (docs/import-format.md) into a workspace, as
// `earshot-cli import` does, on a thread of its own with its own writer connection, so the window
// keeps answering. The open session sees the new cases as it sees any other writer's.
class MentionFileImport final {
public:
    using Done = std::function<void(const MentionFileImportResult &result)>;

    // `done` runs on `context`'s thread, once, unless `context` is gone by then.
    static void start(const QString &workspace, const QString &file, QObject *context, Done done);
    // The same, on the calling thread.
    static MentionFileImportResult run(const QString &workspace, const QString &file);
};

} // namespace earshot
