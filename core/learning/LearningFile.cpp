// SPDX-License-Identifier: Apache-2.0
#include "learning/LearningFile.h"

#include "Tr.h"
#include "learning/LearningExamples.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace earshot {

using json = nlohmann::json;

LearningFile::LearningFile(ProblemReporter reporter, int batchLines)
    : m_reporter(std::move(reporter))
    , m_batchLines(std::max(1, batchLines))
{}

LearningFileSummary LearningFile::importInto(Database &db, std::istream &input)
{
    LearningFileSummary summary;
    LearningExamples examples(db);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Transaction> transaction;
    std::string line;
    while (std::getline(input, line)) {
        ++summary.lines;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue; // an empty line is no example, and no mistake either
        const json object = json::parse(line, nullptr, false);
        QString problem;
        if (!object.is_object() || !object.contains("text") || !object["text"].is_string()) {
            problem = Tr::tr("not a JSON object with a \"text\"");
        } else {
            const QString text = QString::fromStdString(object["text"].get<std::string>());
            int added = 0;
            for (const auto field :
                 {LearnedModel::Field::Sentiment, LearnedModel::Field::Category}) {
                const std::string key = learningFieldKey(field).toStdString();
                if (!object.contains(key))
                    continue;
                const QString label = object[key].is_string()
                                          ? QString::fromStdString(object[key].get<std::string>())
                                          : QString();
                if (!transaction)
                    transaction.emplace(db);
                LearningExample example;
                example.field = field;
                example.label = label;
                example.text = text;
                example.source = QStringLiteral("file");
                example.createdAtMs = now;
                if (examples.add(example)) {
                    ++added;
                    ++(field == LearnedModel::Field::Sentiment ? summary.sentiment
                                                               : summary.category);
                } else if (text.trimmed().isEmpty()) {
                    problem = Tr::tr("the text is empty");
                } else {
                    problem = Tr::tr("\"%1\" is not a %2 Earshot knows")
                                  .arg(label, learningFieldKey(field));
                }
            }
            if (added == 0 && problem.isEmpty())
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
