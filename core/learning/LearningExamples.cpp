// SPDX-License-Identifier: Apache-2.0
#include "learning/LearningExamples.h"

#include <QPair>
#include <QSet>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

QString learningFieldKey(LearnedModel::Field field)
{
    return field == LearnedModel::Field::Sentiment ? u"sentiment"_s : u"category"_s;
}

std::optional<LearnedModel::Field> learningFieldFromKey(const QString &key)
{
    if (key == u"sentiment")
        return LearnedModel::Field::Sentiment;
    if (key == u"category")
        return LearnedModel::Field::Category;
    return std::nullopt;
}

LearningExamples::LearningExamples(Database &db)
    : m_db(db)
{}

bool LearningExamples::add(const LearningExample &example)
{
    const QString label = learningLabel(example.field, example.label);
    if (label.isEmpty() || example.text.trimmed().isEmpty())
        return false;
    if (!m_insert)
        m_insert.emplace(m_db,
                         "INSERT INTO learning_examples (field, label, text, source, case_id, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    m_insert->bind(1, learningFieldKey(example.field))
        .bind(2, label)
        .bind(3, example.text)
        .bind(4, example.source)
        .bindOptional(5, example.caseId)
        .bind(6, example.createdAtMs ? example.createdAtMs : m_db.clock().nowMs())
        .run();
    return true;
}

int LearningExamples::count(LearnedModel::Field field)
{
    Statement s(m_db, "SELECT count(*) FROM learning_examples WHERE field = ?");
    s.bind(1, learningFieldKey(field));
    return s.step() ? int(s.toInt(0)) : 0;
}

std::vector<LabelledText> LearningExamples::newest(LearnedModel::Field field, int limit)
{
    Statement s(m_db, "SELECT label, text, case_id FROM learning_examples WHERE field = ? "
                      "ORDER BY id DESC LIMIT ?");
    s.bind(1, learningFieldKey(field)).bind(2, limit);
    std::vector<LabelledText> examples;
    // An agent who corrected the same message of a case twice meant the second: newest first,
    // so the earlier correction of that text is the one left out.
    QSet<QPair<std::int64_t, QString>> corrected;
    while (s.step()) {
        const QString text = s.toString(1);
        if (const std::optional<std::int64_t> caseId = s.toOptionalInt(2)) {
            if (corrected.contains({*caseId, text}))
                continue;
            corrected.insert({*caseId, text});
        }
        examples.push_back({s.toString(0), text});
    }
    std::reverse(examples.begin(), examples.end());
    return examples;
}

void LearningExamples::removeAll()
{
    m_db.exec("DELETE FROM learning_examples");
}

} // namespace earshot
