// SPDX-License-Identifier: Apache-2.0
#include "workspace/LearningJobs.h"

#include "learning/LearnedModelStore.h"

namespace earshot {

using namespace Qt::StringLiterals;

WriterJob saveLearnedModelsJob(const LearnedModels &models, std::int64_t trainedAtMs)
{
    WriterJob job;
    job.name = u"learning/save/%1"_s.arg(trainedAtMs);
    // A model can be trained again from the examples: it needs no synchronous=FULL.
    job.durability = Transaction::Durability::Cache;
    job.work = [models, trainedAtMs](Database &db, Ingestor &) {
        WriterJobResult result;
        int saved = 0; // a bit per field saved: 1 sentiment, 2 category
        if (models.sentiment && LearnedModelStore::save(db, *models.sentiment, trainedAtMs))
            saved |= 1;
        if (models.category && LearnedModelStore::save(db, *models.category, trainedAtMs))
            saved |= 2;
        result.answer = saved;
        return result;
    };
    return job;
}

WriterJob forgetLearningJob()
{
    WriterJob job;
    job.name = u"learning/reset"_s;
    job.durability = Transaction::Durability::PersonWrote;
    job.work = [](Database &db, Ingestor &) {
        LearnedModelStore::reset(db);
        return WriterJobResult{};
    };
    return job;
}

} // namespace earshot
