// SPDX-License-Identifier: Apache-2.0
#include "learning/LearningTrainer.h"

#include "learning/LearningExamples.h"
#include "listening/MentionReader.h"

namespace earshot {

namespace {

void describe(FieldLearning *learning, const std::shared_ptr<const LearnedModel> &model,
              std::int64_t nowMs)
{
    if (!model)
        return;
    learning->trainedOn = model->exampleCount();
    learning->builtInAccuracy = model->builtInAccuracy();
    learning->heldOutAccuracy = model->heldOutAccuracy();
    learning->blendWeight = model->blendWeight();
    learning->trainedAtMs = nowMs;
}

template <typename BuiltIn>
std::shared_ptr<const LearnedModel> trainField(LearningExamples &examples,
                                               LearnedModel::Field field, const BuiltIn &builtIn,
                                               const TrainingOptions &options, int *count)
{
    *count = examples.count(field);
    if (!builtIn || *count < options.minExamples)
        return {};
    std::optional<LearnedModel> model =
        trainModel(examples.newest(field, maxTrainingExamples), builtIn, options);
    return model ? std::make_shared<const LearnedModel>(std::move(*model)) : nullptr;
}

} // namespace

BuiltInReaders mentionReaderBuiltIns()
{
    // Shared by the copies of the functions; read() is const and thread-safe.
    const auto reader = std::make_shared<const MentionReader>();
    return {[reader](QStringView text) { return reader->read(text).sentiment; },
            [reader](QStringView text) { return reader->read(text).category; }};
}

TrainingRun trainAll(Database &db, const BuiltInReaders &builtIn, std::int64_t nowMs,
                     const TrainingOptions &options)
{
    TrainingRun run;
    run.trainedAtMs = nowMs;
    LearningExamples examples(db);
    run.models.sentiment = trainField(examples, LearnedModel::Field::Sentiment, builtIn.sentiment,
                                      options, &run.summary.sentiment.examples);
    run.models.category = trainField(examples, LearnedModel::Field::Category, builtIn.category,
                                     options, &run.summary.category.examples);
    describe(&run.summary.sentiment, run.models.sentiment, nowMs);
    describe(&run.summary.category, run.models.category, nowMs);
    return run;
}

} // namespace earshot
