// SPDX-License-Identifier: Apache-2.0
#include "CliCommands.h"

#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "ingest/JsonLinesImporter.h"
#include "ingest/MentionJson.h"
#include "learning/LearnedModelStore.h"
#include "learning/LearningExamples.h"
#include "learning/LearningFile.h"
#include "learning/LearningSummary.h"
#include "learning/LearningTrainer.h"
#include "platforms/PlatformTraits.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "replies/TemplateLibrary.h"
#include "store/MentionQueries.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "store/WorkspaceStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <istream>

#include <nlohmann/json.hpp>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printTemplates(const std::vector<ReplyTemplate> &templates, bool json)
{
    for (const ReplyTemplate &t : templates) {
        if (json) {
            const nlohmann::json line{{"id", t.id},
                                      {"name", t.name.toStdString()},
                                      {"tone", t.tone.toStdString()},
                                      {"category", t.category.toStdString()},
                                      {"platform", t.platform.toStdString()},
                                      {"body", t.body.toStdString()}};
            out() << QString::fromStdString(line.dump()) << '\n';
        } else {
            const QString network =
                t.platform.isEmpty() ? Tr::tr("any network") : platformTitle(t.platform);
            out() << u"%1  [%2, %3, %4]  %5"_s.arg(t.name, t.tone, t.category, network,
                                                   t.firstLine().simplified())
                  << '\n';
        }
    }
    out().flush();
}

} // namespace

int info(const QString &workspace)
{
    try {
        Database db = Workspace::openForReading(workspace);
        out() << Tr::tr("Workspace: %1").arg(QDir::toNativeSeparators(workspace)) << '\n';
        const QString kind = WorkspaceSettings::value(db, WorkspaceSettings::kind, u"standard"_s);
        out() << Tr::tr("Kind: %1").arg(kind) << '\n';
        out() << Tr::tr("Schema version: %1").arg(Workspace::schemaVersion(db)) << '\n';
        for (const auto &[table, count] : tableCounts(db))
            out() << table.leftJustified(14) << count << '\n';
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int import(const QString &workspace, const QString &file)
{
    InputFile inputFile(file);
    if (!inputFile.isOpen())
        return inputFile.failToOpen();
    std::istream &input = inputFile.stream();
    const QString &name = inputFile.name();
    try {
        Database db = Workspace::openForWriting(workspace);
        Workspace::tuneForBulkWrites(db);
        Ingestor ingestor(db);
        JsonLinesImporter importer(
            [&ingestor](const IngestBatch &batch) { return ingestor.ingest(batch); },
            [&name](std::int64_t line, const QString &reason) {
                err() << Tr::tr("%1:%2: skipped: %3").arg(name).arg(line).arg(reason) << '\n';
            });
        importer.setLearnedModels(LearnedModelStore::load(db));
        const ImportSummary summary = importer.run(input);
        err().flush();
        out() << Tr::tr("Read %1 lines: %2 new mentions, %3 already known, %4 rejected.")
                     .arg(summary.lines)
                     .arg(summary.inserted)
                     .arg(summary.duplicates)
                     .arg(summary.rejected)
              << Qt::endl;
        return summary.rejected > 0 ? SomeLinesRejected : Ok;
    } catch (const StoreError &e) {
        // Batches written before the failure stay; the failed batch was rolled back whole.
        return failWith(e.message());
    }
}

int learn(const QString &workspace, const QString &file)
{
    InputFile inputFile(file);
    if (!inputFile.isOpen())
        return inputFile.failToOpen();
    std::istream &input = inputFile.stream();
    const QString &name = inputFile.name();
    try {
        Database db = Workspace::openForWriting(workspace);
        LearningFile learning([&name](std::int64_t line, const QString &reason) {
            err() << Tr::tr("%1:%2: skipped: %3").arg(name).arg(line).arg(reason) << '\n';
        });
        const LearningFileSummary summary = learning.importInto(db, input);
        err().flush();
        out() << Tr::tr("Read %1 lines: %2 sentiment and %3 category examples added, %4 "
                        "rejected.")
                     .arg(summary.lines)
                     .arg(summary.sentiment)
                     .arg(summary.category)
                     .arg(summary.rejected)
              << '\n';
        if (summary.known > 0)
            out() << Tr::tr("Learned before and not added again: %1.").arg(summary.known) << '\n';
        // Train now, so the next import, classify or console start reads with what was taught.
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const TrainingRun run = trainAll(db, mentionReaderBuiltIns(), now);
        Transaction saving(db, Transaction::Durability::PersonWrote);
        for (const auto &model : {run.models.sentiment, run.models.category}) {
            if (model)
                LearnedModelStore::save(db, *model, now);
        }
        saving.commit();
        for (const QString &line : describeLearning(readLearningSummary(db)))
            out() << line << '\n';
        out().flush();
        return summary.rejected > 0 ? SomeLinesRejected : Ok;
    } catch (const StoreError &e) {
        // Batches written before the failure stay; the failed batch was rolled back whole.
        return failWith(e.message());
    }
}

int showLearning(const QString &workspace)
{
    try {
        Database db = Workspace::openForReading(workspace);
        for (const QString &line : describeLearning(readLearningSummary(db)))
            out() << line << '\n';
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int resetLearning(const QString &workspace)
{
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        LearnedModelStore::reset(db);
        transaction.commit();
        out() << Tr::tr("Forgot what agents taught: every example and model is gone.") << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int search(const QString &workspace, const QString &query, int limit, bool json)
{
    try {
        Database db = Workspace::openForReading(workspace);
        MentionQueries mentions(db);
        const std::vector<MentionRow> rows = mentions.search(query, limit);
        for (const MentionRow &row : rows) {
            if (json) {
                nlohmann::json line{{"case", row.caseId},
                                    {"platform", row.platform.toStdString()},
                                    {"id", row.platformId.toStdString()},
                                    {"created_at", formatRfc3339(row.createdAtMs).toStdString()},
                                    {"handle", row.handle.toStdString()},
                                    {"text", row.text.toStdString()}};
                out() << QString::fromStdString(line.dump()) << '\n';
            } else {
                out() << u"#%1  %2  @%3  %4  %5"_s.arg(QString::number(row.caseId), row.platform,
                                                       row.handle, formatRfc3339(row.createdAtMs),
                                                       row.text.simplified())
                      << '\n';
            }
        }
        out().flush();
        if (!json)
            err() << Tr::tr("Mentions found: %1").arg(rows.size()) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int createDemo(const QString &workspace, const QString &scenario)
{
    try {
        if (Workspace::exists(workspace))
            return failWith(Tr::tr("%1 already exists; it was left untouched.").arg(workspace));
        DemoWorkspace::create(workspace,
                              scenario.isEmpty() ? DemoWorkspace::bundledScenario() : scenario,
                              QDateTime::currentMSecsSinceEpoch());
        out() << Tr::tr("Created demo workspace %1.").arg(QDir::toNativeSeparators(workspace))
              << Qt::endl;
        return Ok;
    } catch (const Error &e) { // a workspace or a scenario that cannot be used
        return failWith(e.message());
    }
}

int listTemplates(const QString &workspace, bool json)
{
    try {
        Database db = Workspace::openForReading(workspace);
        const std::vector<ReplyTemplate> templates = TemplateLibrary(db).all();
        printTemplates(templates, json);
        if (!json)
            err() << Tr::tr("Templates and variants: %1").arg(templates.size()) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int searchTemplates(const QString &workspace, const QString &words, const QString &platform,
                    bool json)
{
    try {
        Database db = Workspace::openForReading(workspace);
        const std::vector<ReplyTemplate> found = TemplateLibrary(db).search(words, platform);
        printTemplates(found, json);
        if (!json)
            err() << Tr::tr("Templates found: %1").arg(found.size()) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int installTemplates(const QString &workspace, const QString &file)
{
    try {
        Database db = Workspace::openForWriting(workspace);
        TemplateLibrary library(db);
        const bool starter = file.isEmpty();
        const int added = starter ? library.installStarterTemplates(QLocale().name())
                                  : library.installFromFile(file);
        if (starter)
            out() << Tr::tr("Added %1 starter templates and network variants; the ones already "
                            "there were kept.")
                         .arg(added);
        else
            out() << Tr::tr("Added %1 templates and network variants from %2; the ones already "
                            "there were kept.")
                         .arg(added)
                         .arg(file);
        out() << Qt::endl;
        return Ok;
    } catch (const Error &e) { // a workspace or a template file that cannot be used
        return failWith(e.message());
    }
}

} // namespace earshot::cli
