// SPDX-License-Identifier: Apache-2.0
#include "../listening/LearningFixtures.h"
#include "AnswerCatcher.h"
#include "TestSupport.h"

#include "learning/LearnedModelStore.h"
#include "learning/LearningExamples.h"
#include "store/Workspace.h"
#include "workspace/BackgroundTrainer.h"
#include "workspace/LearningJobs.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

TEST(BackgroundTrainerTest, ABurstOfCorrectionsTrainsOnceAndIsSavedByTheWriter)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    {
        Database db = Workspace::openForWriting(path);
        Transaction transaction(db);
        LearningExamples examples(db);
        for (const LabelledText &correction : zappSentimentExamples(60)) {
            LearningExample example;
            example.label = correction.label;
            example.text = correction.text;
            example.source = QStringLiteral("a-mira");
            examples.add(example);
        }
        transaction.commit();
    }
    StoreWriter writer(path);
    BackgroundTrainer trainer(path, {fixedSentiment, fixedCategory}, &writer);
    trainer.setDebounce(std::chrono::milliseconds(100));
    QSignalSpy trained(&trainer, &BackgroundTrainer::trained);
    QSignalSpy failed(&trainer, &BackgroundTrainer::failed);
    for (int i = 0; i < 5; ++i)
        trainer.request();
    ASSERT_TRUE(trained.wait(20000));
    EXPECT_EQ(trainer.runsStarted(), 1);
    EXPECT_TRUE(failed.isEmpty());
    const auto models = trained.front().at(0).value<LearnedModels>();
    const auto summary = trained.front().at(1).value<LearningSummary>();
    ASSERT_TRUE(models.sentiment);
    EXPECT_FALSE(models.category);
    EXPECT_EQ(summary.sentiment.examples, 60);

    // Saved before it was announced: what the ingest pipeline would load is there.
    Database reader = Workspace::openForReading(path);
    EXPECT_EQ(LearnedModelStore::latestTrainedAt(reader), summary.sentiment.trainedAtMs);
    ASSERT_TRUE(LearnedModelStore::load(reader).sentiment);

    AnswerCatcher<WriterAnswer<bool>> forgotten;
    writer.run<bool>(forgetLearningTask(), forgotten.context(), forgotten.callback());
    ASSERT_TRUE(forgotten.wait(10000));
    EXPECT_TRUE(forgotten.answer().ok()) << forgotten.answer().error.toStdString();
    EXPECT_EQ(LearnedModelStore::latestTrainedAt(reader), 0);
    EXPECT_EQ(LearningExamples(reader).count(LearnedModel::Field::Sentiment), 0);

    // With nothing left to learn from, a request saves and announces nothing. A run starts only
    // after the one before it is done (announced or not), so the third run's start proves the
    // second finished: whatever it would announce has been announced by then.
    trainer.request();
    ASSERT_TRUE(QTest::qWaitFor([&] { return trainer.runsStarted() == 2; }, 10000));
    trainer.request();
    ASSERT_TRUE(QTest::qWaitFor([&] { return trainer.runsStarted() == 3; }, 10000));
    EXPECT_EQ(trained.count(), 1);
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(LearnedModelStore::latestTrainedAt(reader), 0);
}
