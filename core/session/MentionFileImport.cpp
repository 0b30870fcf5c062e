// SPDX-License-Identifier: Apache-2.0
#include "session/MentionFileImport.h"

#include "Tr.h"
#include "ingest/Ingestor.h"
#include "learning/LearnedModelStore.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QFile>
#include <QObject>
#include <QThread>

#include <fstream>
#include <memory>
#include <mutex>

namespace earshot {

namespace {

// Enough to say what is wrong with a file; the summary counts the rest.
constexpr int problemsKept = 20;

} // namespace

MentionFileImportResult MentionFileImport::run(const QString &workspace, const QString &file)
{
    MentionFileImportResult result;
    std::ifstream input(QFile::encodeName(file).toStdString(), std::ios::binary);
    if (!input) {
        result.error = Tr::tr("%1 cannot be read.").arg(file);
        return result;
    }
    std::mutex problemsLock; // the importer reports from its parsing thread
    try {
        Database db = Workspace::openForWriting(workspace);
        Ingestor ingestor(db);
        JsonLinesImporter importer(
            [&ingestor](const IngestBatch &batch) { return ingestor.ingest(batch); },
            [&](std::int64_t line, const QString &reason) {
                const std::lock_guard lock(problemsLock);
                if (result.problems.size() < problemsKept)
                    result.problems.append(Tr::tr("line %1: %2").arg(line).arg(reason));
            });
        importer.setLearnedModels(LearnedModelStore::load(db));
        result.summary = importer.run(input);
    } catch (const StoreError &e) {
        // Batches written before the failure stay; the failed batch was rolled back whole.
        result.error = e.message();
    }
    return result;
}

void MentionFileImport::start(const QString &workspace, const QString &file, QObject *context,
                              Done done)
{
    auto result = std::make_shared<MentionFileImportResult>();
    QThread *thread =
        QThread::create([workspace, file, result] { *result = run(workspace, file); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace earshot
