// SPDX-License-Identifier: Apache-2.0
#include "../listening/LearningFixtures.h"
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "ingest/Ingestor.h"
#include "learning/LearnedModelStore.h"
#include "learning/LearningExamples.h"
#include "learning/LearningSummary.h"
#include "learning/LearningTrainer.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

namespace {

LearningExample example(LearnedModel::Field field, const QString &label, const QString &text,
                        const QString &source = QStringLiteral("file"))
{
    LearningExample e;
    e.field = field;
    e.label = label;
    e.text = text;
    e.source = source;
    e.createdAtMs = 1'789'999'999'000; // a second before the tests' models are trained
    return e;
}

class LearningStoreTest : public ::testing::Test {
protected:
    LearningStoreTest()
        : db(Workspace::openForWriting(folder.path(QStringLiteral("w.earshot"))))
    {}

    void addExamples(LearnedModel::Field field, const std::vector<LabelledText> &examples)
    {
        Transaction transaction(db);
        LearningExamples store(db);
        for (const LabelledText &e : examples)
            EXPECT_TRUE(store.add(example(field, e.label, e.text)));
        transaction.commit();
    }

    static BuiltInReaders builtIn() { return {fixedSentiment, fixedCategory}; }

    static constexpr std::int64_t now = 1'790'000'000'000;
    TempFolder folder;
    Database db;
};

} // namespace

TEST_F(LearningStoreTest, ExamplesAreKeptCountedAndReadNewestLast)
{
    Transaction transaction(db);
    LearningExamples examples(db);
    using F = LearnedModel::Field;
    EXPECT_TRUE(examples.add(example(F::Sentiment, QStringLiteral("Very_Negative"),
                                     QStringLiteral("first"), QStringLiteral("a-mira"))));
    EXPECT_TRUE(
        examples.add(example(F::Sentiment, QStringLiteral("neutral"), QStringLiteral("second"))));
    EXPECT_FALSE(examples.add(
        example(F::Sentiment, QStringLiteral("complaint"), QStringLiteral("not a sentiment"))));
    EXPECT_FALSE(
        examples.add(example(F::Category, QStringLiteral("question"), QStringLiteral("   "))));
    transaction.commit();
    EXPECT_EQ(examples.count(LearnedModel::Field::Sentiment), 2);
    EXPECT_EQ(examples.count(LearnedModel::Field::Category), 0);
    const std::vector<LabelledText> newest = examples.newest(LearnedModel::Field::Sentiment, 1);
    ASSERT_EQ(newest.size(), 1u);
    EXPECT_EQ(newest.front().text, QStringLiteral("second"));
    const std::vector<LabelledText> all = examples.newest(LearnedModel::Field::Sentiment, 10);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all.front().label, QStringLiteral("very negative"));
}

TEST_F(LearningStoreTest, ASecondCorrectionOfTheSameMessageReplacesTheFirst)
{
    Ingestor ingestor(db);
    const std::int64_t caseId =
        ingestor.ingest({{makeMention(QStringLiteral("1"))}, {}, {}}).caseIds.front();
    Transaction transaction(db);
    LearningExamples examples(db);
    LearningExample first = example(LearnedModel::Field::Sentiment, QStringLiteral("negative"),
                                    QStringLiteral("the Zapp plan"), QStringLiteral("a-mira"));
    first.caseId = caseId;
    ASSERT_TRUE(examples.add(first));
    LearningExample second = first;
    second.label = QStringLiteral("very negative");
    ASSERT_TRUE(examples.add(second));
    // The same words from a file, or in another case, are examples of their own.
    ASSERT_TRUE(examples.add(example(LearnedModel::Field::Sentiment, QStringLiteral("neutral"),
                                     QStringLiteral("the Zapp plan"))));
    transaction.commit();
    const std::vector<LabelledText> read = examples.newest(LearnedModel::Field::Sentiment, 10);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].label, QStringLiteral("very negative"));
    EXPECT_EQ(read[1].label, QStringLiteral("neutral"));
}

TEST_F(LearningStoreTest, CorrectionsInTheWorkspaceChangeLaterReadings)
{
    // Agents correct real cases; the trainer reads them on a reader connection of its own.
    db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
    Ingestor ingestor(db);
    CaseCommands commands(db);
    const std::vector<LabelledText> corrections = zappSentimentExamples(90);
    for (std::size_t i = 0; i < corrections.size(); ++i) {
        Mention mention = makeMention(QString::number(i), u"u%1"_qs.arg(i), now + qint64(i));
        mention.text = corrections[i].text;
        const std::int64_t caseId = ingestor.ingest({{mention}, {}, {}}).caseIds.front();
        CaseCommand correct;
        correct.kind = CaseCommand::Kind::Correct;
        correct.caseId = caseId;
        correct.agentId = 1;
        correct.field = QStringLiteral("sentiment");
        correct.value = corrections[i].label;
        ASSERT_TRUE(commands.execute(correct).ok);
    }
    Database reader = Workspace::openForReading(folder.path(QStringLiteral("w.earshot")));
    const TrainingRun run = trainAll(reader, builtIn(), now);
    ASSERT_TRUE(run.models.sentiment);
    EXPECT_FALSE(run.models.category);
    // A correction to what Earshot read already changes nothing and teaches nothing.
    const int stored = int(db.queryInt("SELECT count(*) FROM learning_examples"));
    EXPECT_GE(stored, 40);
    EXPECT_EQ(run.summary.sentiment.examples, stored);
    EXPECT_EQ(run.summary.sentiment.trainedOn, stored);
    EXPECT_GT(run.summary.sentiment.blendWeight, 0.0);
    EXPECT_GT(run.summary.sentiment.heldOutAccuracy, run.summary.sentiment.builtInAccuracy);

    const QString zapp = QStringLiteral("day three on the Zapp plan");
    EXPECT_EQ(run.models.sentiment->blend(zapp, fixedSentiment(zapp)).label, Sentiment::Negative);
    const QString other = QStringLiteral("the shop on the corner");
    EXPECT_EQ(run.models.sentiment->blend(other, fixedSentiment(other)).label, Sentiment::Neutral);
}

TEST_F(LearningStoreTest, SavedModelsReadBackAndSayWhatTheyLearned)
{
    addExamples(LearnedModel::Field::Sentiment, zappSentimentExamples(120));
    addExamples(LearnedModel::Field::Category, {{QStringLiteral("question"), QStringLiteral("?")}});
    EXPECT_EQ(LearnedModelStore::latestTrainedAt(db), 0);
    EXPECT_TRUE(needsTraining(readLearningSummary(db)));
    const TrainingRun run = trainAll(db, builtIn(), now);
    ASSERT_TRUE(run.models.sentiment);
    ASSERT_FALSE(run.models.category); // one example is not enough
    {
        Transaction transaction(db);
        EXPECT_TRUE(LearnedModelStore::save(db, *run.models.sentiment, now));
        transaction.commit();
    }
    EXPECT_EQ(LearnedModelStore::latestTrainedAt(db), now);

    Database reader = Workspace::openForReading(folder.path(QStringLiteral("w.earshot")));
    const LearnedModels loaded = LearnedModelStore::load(reader);
    ASSERT_TRUE(loaded.sentiment);
    EXPECT_FALSE(loaded.category);
    EXPECT_EQ(loaded.sentiment->toBytes(), run.models.sentiment->toBytes());

    const LearningSummary summary = readLearningSummary(reader);
    EXPECT_EQ(summary.sentiment.examples, 120);
    EXPECT_EQ(summary.sentiment.trainedOn, 120);
    EXPECT_EQ(summary.sentiment.trainedAtMs, now);
    EXPECT_EQ(summary.sentiment.blendWeight, run.models.sentiment->blendWeight());
    EXPECT_EQ(summary.category.examples, 1);
    EXPECT_FALSE(summary.category.hasModel());
    EXPECT_FALSE(needsTraining(summary)); // the model is newer; one category example is too few
    LearningExample later = example(LearnedModel::Field::Sentiment, QStringLiteral("negative"),
                                    QStringLiteral("Zapp, once more"));
    later.createdAtMs = now + 1;
    {
        Transaction transaction(db);
        ASSERT_TRUE(LearningExamples(db).add(later));
        transaction.commit();
    }
    EXPECT_TRUE(needsTraining(readLearningSummary(reader)));
    const QStringList lines = describeLearning(summary);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(
        lines[0].startsWith(QStringLiteral("Sentiment (corrections: 120): on corrections "
                                           "held back, the built-in reading was right 67 %")))
        << lines[0].toStdString();
    EXPECT_EQ(lines[1], QStringLiteral("Category (corrections: 1): nothing learned yet."));
}

TEST_F(LearningStoreTest, ResetForgetsExamplesAndModels)
{
    addExamples(LearnedModel::Field::Sentiment, zappSentimentExamples(60));
    const TrainingRun run = trainAll(db, builtIn(), now);
    ASSERT_TRUE(run.models.sentiment);
    {
        Transaction transaction(db);
        ASSERT_TRUE(LearnedModelStore::save(db, *run.models.sentiment, now));
        transaction.commit();
    }
    {
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        LearnedModelStore::reset(db);
        transaction.commit();
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learning_examples"), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learned_models"), 0);
    EXPECT_EQ(LearnedModelStore::latestTrainedAt(db), 0);
    EXPECT_FALSE(LearnedModelStore::load(db).sentiment);

    // A model that was training while the reset happened is not saved afterwards.
    Transaction transaction(db);
    EXPECT_FALSE(LearnedModelStore::save(db, *run.models.sentiment, now + 1));
    transaction.commit();
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learned_models"), 0);
}

TEST_F(LearningStoreTest, ADamagedStoredModelMeansNothingLearned)
{
    addExamples(LearnedModel::Field::Sentiment, zappSentimentExamples(60));
    const TrainingRun run = trainAll(db, builtIn(), now);
    ASSERT_TRUE(run.models.sentiment);
    {
        Transaction transaction(db);
        ASSERT_TRUE(LearnedModelStore::save(db, *run.models.sentiment, now));
        transaction.commit();
    }
    db.exec("UPDATE learned_models SET model = substr(model, 1, 40)");
    EXPECT_FALSE(LearnedModelStore::load(db).sentiment);
    EXPECT_FALSE(readLearningSummary(db).sentiment.hasModel());
    EXPECT_EQ(readLearningSummary(db).sentiment.examples, 60);
}
