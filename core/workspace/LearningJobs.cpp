// SPDX-License-Identifier: Apache-2.0
#include "workspace/LearningJobs.h"

#include "learning/LearnedModelStore.h"

namespace earshot {

WriterTask<SavedModels> saveLearnedModelsTask(const LearnedModels &models, std::int64_t trainedAtMs)
{
    WriterTask<SavedModels> task;
    task.name = "learning: save models";
    // Training is background work, and a model can be trained again from the examples: the
    // bulk lane, and no synchronous=FULL.
    task.lane = WriterLane::Bulk;
    task.durability = Transaction::Durability::Cache;
    task.work = [models, trainedAtMs](WriterContext &c) {
        SavedModels saved;
        saved.sentiment =
            models.sentiment && LearnedModelStore::save(c.db, *models.sentiment, trainedAtMs);
        saved.category =
            models.category && LearnedModelStore::save(c.db, *models.category, trainedAtMs);
        return saved;
    };
    return task;
}

WriterTask<bool> forgetLearningTask()
{
    WriterTask<bool> task;
    task.name = "learning: forget";
    task.work = [](WriterContext &c) {
        LearnedModelStore::reset(c.db);
        return true;
    };
    return task;
}

} // namespace earshot
