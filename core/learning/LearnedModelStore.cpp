// SPDX-License-Identifier: Apache-2.0
#include "learning/LearnedModelStore.h"

#include "learning/LearningExamples.h"

namespace earshot {

bool LearnedModelStore::save(Database &db, const LearnedModel &model, std::int64_t trainedAtMs)
{
    if (LearningExamples(db).count(model.field()) < model.exampleCount())
        return false;
    Statement s(db, "INSERT INTO learned_models (field, model, examples, trained_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (field) DO UPDATE SET model = excluded.model, "
                    "examples = excluded.examples, trained_at = excluded.trained_at");
    s.bind(1, learningFieldKey(model.field()))
        .bindBlob(2, model.toBytes())
        .bind(3, model.exampleCount())
        .bind(4, trainedAtMs)
        .run();
    return true;
}

LearnedModels LearnedModelStore::load(Database &db)
{
    LearnedModels models;
    Statement s(db, "SELECT field, model FROM learned_models");
    while (s.step()) {
        const std::optional<LearnedModel::Field> field = learningFieldFromKey(s.toString(0));
        std::optional<LearnedModel> model = LearnedModel::fromBytes(s.toBlob(1));
        if (!field || !model || model->field() != *field)
            continue;
        auto shared = std::make_shared<const LearnedModel>(std::move(*model));
        (*field == LearnedModel::Field::Sentiment ? models.sentiment : models.category) = shared;
    }
    return models;
}

std::int64_t LearnedModelStore::latestTrainedAt(Database &db)
{
    return db.queryInt("SELECT coalesce(max(trained_at), 0) FROM learned_models");
}

void LearnedModelStore::reset(Database &db)
{
    LearningExamples(db).removeAll();
    db.exec("DELETE FROM learned_models");
}

} // namespace earshot
