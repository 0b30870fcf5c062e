// SPDX-License-Identifier: Apache-2.0
#include "ClassifyCommand.h"

#include "CliCommands.h"
#include "ConsoleOutput.h"
#include "TextRecords.h"
#include "cases/CaseReading.h"
#include "cases/PrioritySettings.h"
#include "learning/LearnedModelStore.h"
#include "listening/MentionReader.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

nlohmann::ordered_json strings(const QStringList &list)
{
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const QString &s : list)
        array.push_back(s.toStdString());
    return array;
}

// Two decimals are all a reader of the output can use, and they keep lines short.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

nlohmann::ordered_json readingJson(qint64 line, const QString &text, const MentionReading &reading,
                                   const PriorityBreakdown &priority)
{
    nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
    for (const PriorityReason &reason : priority.reasons)
        reasons.push_back({{"key", reason.key.toStdString()},
                           {"reason", reason.title.toStdString()},
                           {"points", reason.points}});
    const QString emotion = emotionKey(reading.emotion.emotion);
    return {
        {"line", line},
        {"text", text.toStdString()},
        {"language",
         {{"code", reading.language.code.isEmpty()
                       ? nlohmann::ordered_json()
                       : nlohmann::ordered_json(reading.language.code.toStdString())},
          {"confidence", rounded(reading.language.confidence)}}},
        {"sentiment",
         {{"label", sentimentKey(reading.sentiment.label).toStdString()},
          {"score", rounded(reading.sentiment.score)},
          {"confidence", rounded(reading.sentiment.confidence)},
          {"cues", strings(reading.sentiment.cues)}}},
        {"emotion",
         {{"label", emotion.isEmpty() ? nlohmann::ordered_json()
                                      : nlohmann::ordered_json(emotion.toStdString())},
          {"confidence", rounded(reading.emotion.confidence)},
          {"cues", strings(reading.emotion.cues)}}},
        {"category",
         {{"label", categoryKey(reading.category.category).toStdString()},
          {"confidence", rounded(reading.category.confidence)},
          {"cues", strings(reading.category.cues)}}},
        {"needs_reply",
         {{"value", reading.needsReply.needsReply},
          {"confidence", rounded(reading.needsReply.confidence)},
          {"cues", strings(reading.needsReply.cues)}}},
        {"risks",
         {{"flags", strings(riskKeys(reading.risks.flags))},
          {"cues", strings(reading.risks.cues)}}},
        {"priority", {{"score", priority.total}, {"reasons", reasons}}},
    };
}

TextRecords::Format formatFor(const QString &format, const QString &file, const QString &column,
                              bool *ok)
{
    *ok = true;
    if (format == u"lines")
        return TextRecords::Format::Lines;
    if (format == u"jsonl")
        return TextRecords::Format::JsonLines;
    if (format == u"csv" || (format.isEmpty() && (!column.isEmpty() || file.endsWith(u".csv"))))
        return TextRecords::Format::Csv;
    if (format.isEmpty() && (file.endsWith(u".jsonl") || file.endsWith(u".ndjson")))
        return TextRecords::Format::JsonLines;
    if (format.isEmpty())
        return TextRecords::Format::Detect;
    *ok = false;
    return TextRecords::Format::Lines;
}

} // namespace

int classify(const QString &workspace, const QString &file, const QString &format,
             const QString &column)
{
    bool formatOk = false;
    const TextRecords::Format recordFormat = formatFor(format, file, column, &formatOk);
    if (!formatOk) {
        err() << Tr::tr("--format: \"%1\" is not lines, jsonl or csv.").arg(format) << Qt::endl;
        return Usage;
    }
    if (recordFormat == TextRecords::Format::Csv && column.isEmpty()) {
        err() << Tr::tr("A CSV file needs --column NAME: the column that holds the text.")
              << Qt::endl;
        return Usage;
    }

    MentionReader reader;
    PriorityWeights weights;
    if (QFileInfo::exists(workspace)) {
        try {
            Database db = Workspace::openForReading(workspace);
            QString problem;
            weights = loadPriorityWeights(db, &problem);
            reader.setLearnedModels(LearnedModelStore::load(db));
            if (!problem.isEmpty())
                err() << problem << Qt::endl;
        } catch (const StoreError &e) {
            err() << e.message() << Qt::endl;
            return Failed;
        }
    }

    const bool fromStdin = file.isEmpty() || file == u"-";
    const QString name = fromStdin ? Tr::tr("standard input") : file;
    QFile input;
    const bool opened = fromStdin ? input.open(stdin, QIODevice::ReadOnly)
                                  : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << Tr::tr("Cannot read %1: %2").arg(name, input.errorString()) << Qt::endl;
        return Failed;
    }
    QTextStream stream(&input);
    stream.setEncoding(QStringConverter::Utf8);
    TextRecords records(stream, recordFormat, column);
    if (const QString problem = records.headerProblem(); !problem.isEmpty()) {
        err() << Tr::tr("%1: %2").arg(name, problem) << Qt::endl;
        return Usage;
    }
    int rejected = 0;
    while (const std::optional<TextRecord> record = records.next()) {
        if (!record->problem.isEmpty()) {
            err() << Tr::tr("%1:%2: skipped: %3").arg(name).arg(record->line).arg(record->problem)
                  << Qt::endl;
            ++rejected;
            // One result per input record, always: a skipped one says so in its place.
            const nlohmann::ordered_json skipped = {{"line", record->line},
                                                    {"skipped", record->problem.toStdString()}};
            out() << QString::fromStdString(
                skipped.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
                  << u'\n';
            continue;
        }
        const MentionReading reading = reader.read(record->text);
        const PriorityBreakdown priority =
            scorePriority(prioritySignalsOf(firstCaseReading(reading, 0), {}), weights);
        out() << QString::fromStdString(
            readingJson(record->line, record->text, reading, priority)
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
              << u'\n';
    }
    out().flush();
    return rejected ? SomeLinesRejected : Ok;
}

} // namespace earshot::cli
