// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LearnedModel.h"
#include "listening/ModelTrainer.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// "sentiment", "category": how learning_examples and learned_models spell a field.
QString learningFieldKey(LearnedModel::Field field);
std::optional<LearnedModel::Field> learningFieldFromKey(const QString &key);

struct LearningExample {
    LearnedModel::Field field = LearnedModel::Field::Sentiment;
    QString label; // any spelling learningLabel() accepts; stored as the field's key
    QString text;
    QString source; // the agent's key, or "file" for earshot-cli learn
    std::optional<std::int64_t> caseId;
    std::int64_t createdAtMs = 0;
};

// The workspace's own training data (learning_examples). Writes run in the caller's transaction,
// so a correction and its example are saved together or not at all.
class LearningExamples final {
public:
    explicit LearningExamples(Database &db);

    // False, and nothing stored, when the label is none of the field's keys or the text is empty.
    bool add(const LearningExample &example);
    int count(LearnedModel::Field field);
    // The newest `limit` examples of the field, oldest first: what a training run reads. Of two
    // corrections of the same text of the same case, only the later one.
    std::vector<LabelledText> newest(LearnedModel::Field field, int limit);
    void removeAll();

private:
    Database &m_db;
    std::optional<Statement> m_insert; // prepared once: a file of a million lines adds a million
};

} // namespace earshot
