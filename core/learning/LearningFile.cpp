// SPDX-License-Identifier: Apache-2.0
#include "learning/LearningFile.h"

#include "Tr.h"
#include "learning/LearningExamples.h"
#include "json/JsonInput.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace earshot {

using json = nlohmann::json;

namespace {

// The same example (field, label as stored, text) read from a file again, as after `learn` was
// interrupted and run once more, is not added twice. 64 bits of hash per example: a million
// examples take 30 MB at most and collide with a chance of about 1 in 30 million.
std::uint64_t fileExampleKey(LearnedModel::Field field, const QString &label, const QString &text)
{
    const QByteArray key = learningFieldKey(field).toUtf8() + '\x1f'
                           + learningLabel(field, label).toUtf8() + '\x1f' + text.toUtf8();
    return std::hash<std::string_view>()(
        std::string_view(key.constData(), std::size_t(key.size())));
}

std::unordered_set<std::uint64_t> fileExampleKeys(Database &db)
{
    std::unordered_set<std::uint64_t> keys;
    Statement s(db, "SELECT field, label, text FROM learning_examples WHERE source = 'file'");
    while (s.step()) {
        if (const auto field = learningFieldFromKey(s.toString(0)))
            keys.insert(fileExampleKey(*field, s.toString(1), s.toString(2)));
    }
    return keys;
}

} // namespace

LearningFile::LearningFile(ProblemReporter reporter, int batchLines)
    : m_reporter(std::move(reporter))
    , m_batchLines(std::max(1, batchLines))
{}

LearningFileSummary LearningFile::importInto(Database &db, std::istream &input)
{
    LearningFileSummary summary;
    LearningExamples examples(db);
    std::unordered_set<std::uint64_t> known = fileExampleKeys(db);
    const std::int64_t now = db.clock().nowMs();
    std::optional<Transaction> transaction;
    std::string line;
    while (std::getline(input, line)) {
        ++summary.lines;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue; // an empty line is no example, and no mistake either
        const JsonInput parsed = parseJsonInput(line);
        const json &object = parsed.value;
        QString problem;
        if (!parsed.ok()) {
            problem = parsed.error->reasonAtColumn();
        } else if (!object.is_object() || !object.contains("text") || !object["text"].is_string()) {
            problem = Tr::tr("not a JSON object with a \"text\"");
        } else {
            const QString text = QString::fromStdString(object["text"].get<std::string>());
            int handled = 0;
            for (const auto field :
                 {LearnedModel::Field::Sentiment, LearnedModel::Field::Category}) {
                const std::string key = learningFieldKey(field).toStdString();
                if (!object.contains(key))
                    continue;
                const QString label = object[key].is_string()
                                          ? QString::fromStdString(object[key].get<std::string>())
                                          : QString();
                const std::uint64_t exampleKey = fileExampleKey(field, label, text);
                if (known.count(exampleKey)) {
                    ++handled; // learned from a file before: counted, not added again
                    ++summary.known;
                    continue;
                }
                if (!transaction)
                    transaction.emplace(db);
                LearningExample example;
                example.field = field;
                example.label = label;
                example.text = text;
                example.source = QStringLiteral("file");
                example.createdAtMs = now;
                if (examples.add(example)) {
                    ++handled;
                    known.insert(exampleKey);
                    ++(field == LearnedModel::Field::Sentiment ? summary.sentiment
                                                               : summary.category);
                } else if (text.trimmed().isEmpty()) {
                    problem = Tr::tr("the text is empty");
                } else {
                    problem = Tr::tr("\"%1\" is not a %2 Earshot knows")
                                  .arg(label, learningFieldKey(field));
                }
            }
            if (handled == 0 && problem.isEmpty())
                problem = Tr::tr("no \"sentiment\" or \"category\" to learn");
        }
        if (!problem.isEmpty()) {
            ++summary.rejected;
            m_reporter(summary.lines, problem);
        }
        if (transaction && summary.lines % m_batchLines == 0) {
            transaction->commit();
            transaction.reset();
        }
    }
    if (transaction)
        transaction->commit();
    return summary;
}

} // namespace earshot
