// SPDX-License-Identifier: Apache-2.0
#include "LearningFixtures.h"

#include "listening/HashedFeatures.h"
#include "listening/LearnedModel.h"
#include "listening/ModelTrainer.h"

#include <gtest/gtest.h>

#include <random>

using namespace earshot;
using namespace earshot::test;

namespace {

LearnedModel trainedZappModel()
{
    const std::optional<LearnedModel> model =
        trainModel(zappSentimentExamples(120), SentimentBuiltIn(fixedSentiment));
    EXPECT_TRUE(model.has_value());
    return *model;
}

} // namespace

TEST(LearnedModelTest, CorrectionsChangeLaterReadingsOfTheBrandsWords)
{
    const LearnedModel model = trainedZappModel();
    EXPECT_EQ(model.field(), LearnedModel::Field::Sentiment);
    EXPECT_EQ(model.exampleCount(), 120);
    EXPECT_GT(model.blendWeight(), 0.0);
    EXPECT_GT(model.heldOutAccuracy(), model.builtInAccuracy());
    EXPECT_NEAR(model.builtInAccuracy(), 80.0 / 120.0, 1e-9); // wrong on every Zapp correction

    const QString zapp = QStringLiteral("My sister is on the Zapp plan since Monday");
    const SentimentReading builtIn = fixedSentiment(zapp);
    ASSERT_EQ(builtIn.label, Sentiment::Neutral);
    const SentimentReading learned = model.blend(zapp, builtIn);
    EXPECT_EQ(learned.label, Sentiment::Negative);
    EXPECT_EQ(sentimentFromScore(learned.score), Sentiment::Negative);
    EXPECT_TRUE(learned.cues.contains(QStringLiteral("taught by this workspace's agents")));

    for (const QString &unrelated :
         {QStringLiteral("The weather in the park is mild"),
          QStringLiteral("I love the new colours"), QStringLiteral("my parcel arrived broken")}) {
        const SentimentReading plain = fixedSentiment(unrelated);
        const SentimentReading after = model.blend(unrelated, plain);
        EXPECT_EQ(after.label, plain.label) << unrelated.toStdString();
        EXPECT_TRUE(after.cues.isEmpty()) << unrelated.toStdString();
    }
}

TEST(LearnedModelTest, CategoryCorrectionsAreLearnedToo)
{
    std::vector<LabelledText> examples;
    const QStringList &words = fillerWords();
    for (int i = 0; i < 90; ++i) {
        const QString w = words[i % words.size()];
        if (i % 3 == 0)
            examples.push_back({QStringLiteral("complaint"),
                                QStringLiteral("the Zapp plan %1 ate my data").arg(w)});
        else if (i % 3 == 1)
            examples.push_back(
                {QStringLiteral("question"), QStringLiteral("can I pay by card %1?").arg(w)});
        else
            examples.push_back(
                {QStringLiteral("praise"), QStringLiteral("thanks %1 for sorting it").arg(w)});
    }
    const std::optional<LearnedModel> model = trainModel(examples, CategoryBuiltIn(fixedCategory));
    ASSERT_TRUE(model);
    EXPECT_EQ(model->field(), LearnedModel::Field::Category);
    EXPECT_GT(model->blendWeight(), 0.0);
    const QString text = QStringLiteral("Zapp plan again, unbelievable");
    EXPECT_EQ(model->blend(text, fixedCategory(text)).category, Category::Complaint);
    const QString question = QStringLiteral("do you open on Sunday?");
    EXPECT_EQ(model->blend(question, fixedCategory(question)).category, Category::Question);
}

// Labels that have nothing to do with the text: the gate (a paired sign test at about 1 %, after
// picking the best of ten weights) lets the model count in at most one data set of twenty. Without
// the gate, 13 of these 20 got a weight by chance. (Measured: 1 of 60 seeds, seed 7.)
TEST(LearnedModelTest, NoiseTeachesNothing)
{
    const QStringList &words = fillerWords();
    const QStringList labels{QStringLiteral("negative"), QStringLiteral("neutral"),
                             QStringLiteral("positive")};
    int fooled = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 random(seed); // the sequence is fixed by the standard for mt19937
        std::vector<LabelledText> examples;
        for (int i = 0; i < 300; ++i) {
            QStringList text;
            for (int w = 0; w < 6; ++w)
                text.append(words[random() % words.size()]);
            examples.push_back({labels[random() % 3], text.join(u' ')});
        }
        const std::optional<LearnedModel> model =
            trainModel(examples, SentimentBuiltIn(fixedSentiment));
        ASSERT_TRUE(model);
        if (model->blendWeight() > 0) {
            ++fooled;
            continue;
        }
        EXPECT_EQ(model->heldOutAccuracy(), model->builtInAccuracy());
        const QString text = QStringLiteral("honestly my phone bill today");
        const SentimentReading plain = fixedSentiment(text);
        EXPECT_EQ(model->blend(text, plain).label, plain.label);
    }
    EXPECT_LE(fooled, 1);
}

TEST(LearnedModelTest, TooFewExamplesOrOneLabelTrainNothing)
{
    EXPECT_FALSE(trainModel(zappSentimentExamples(10), SentimentBuiltIn(fixedSentiment)));
    std::vector<LabelledText> oneLabel = zappSentimentExamples(60);
    for (LabelledText &example : oneLabel)
        example.label = QStringLiteral("negative");
    EXPECT_FALSE(trainModel(oneLabel, SentimentBuiltIn(fixedSentiment)));
}

TEST(LearnedModelTest, LabelsFromFilesMapOntoTheFieldsKeys)
{
    using F = LearnedModel::Field;
    EXPECT_EQ(learningLabel(F::Sentiment, QStringLiteral("Negative")), QStringLiteral("negative"));
    EXPECT_EQ(learningLabel(F::Sentiment, QStringLiteral("very_positive")),
              QStringLiteral("very positive"));
    EXPECT_EQ(learningLabel(F::Sentiment, QStringLiteral("complaint")), QString());
    EXPECT_EQ(learningLabel(F::Category, QStringLiteral(" Spam ")), QStringLiteral("spam"));
    EXPECT_EQ(learningLabel(F::Category, QStringLiteral("rant")), QString());
}

TEST(LearnedModelTest, ThreeLevelLabelsKeepTheBuiltInsStrength)
{
    // A file taught negative for Zapp; a built-in "very negative" on such a text stays very.
    const LearnedModel model = trainedZappModel();
    const QString text = QStringLiteral("the Zapp plan is a disgrace");
    SentimentReading furious;
    furious.label = Sentiment::VeryNegative;
    furious.score = -0.9;
    furious.confidence = 0.8;
    EXPECT_EQ(model.blend(text, furious).label, Sentiment::VeryNegative);
}

TEST(LearnedModelTest, BytesRoundTripToTheSameReadings)
{
    const LearnedModel model = trainedZappModel();
    const QByteArray bytes = model.toBytes();
    const std::optional<LearnedModel> back = LearnedModel::fromBytes(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->toBytes(), bytes);
    EXPECT_EQ(back->field(), model.field());
    EXPECT_EQ(back->exampleCount(), model.exampleCount());
    EXPECT_EQ(back->heldOutAccuracy(), model.heldOutAccuracy());
    EXPECT_EQ(back->builtInAccuracy(), model.builtInAccuracy());
    EXPECT_EQ(back->blendWeight(), model.blendWeight());
    for (const QString &text : {QStringLiteral("the Zapp plan at home"),
                                QStringLiteral("thanks so much"), QStringLiteral("hello")}) {
        const SentimentReading a = model.blend(text, fixedSentiment(text));
        const SentimentReading b = back->blend(text, fixedSentiment(text));
        EXPECT_EQ(a.label, b.label);
        EXPECT_EQ(a.score, b.score);
        EXPECT_EQ(a.confidence, b.confidence);
    }
}

TEST(LearnedModelTest, DamagedBytesAreRefused)
{
    const QByteArray bytes = trainedZappModel().toBytes();
    EXPECT_FALSE(LearnedModel::fromBytes({}));
    for (qsizetype cut : {qsizetype(3), qsizetype(20), bytes.size() / 2, bytes.size() - 1})
        EXPECT_FALSE(LearnedModel::fromBytes(bytes.left(cut))) << cut;
    QByteArray longer = bytes;
    longer.append('\0');
    EXPECT_FALSE(LearnedModel::fromBytes(longer));
    QByteArray newer = bytes;
    newer[4] = char(2); // the format version after the magic
    EXPECT_FALSE(LearnedModel::fromBytes(newer));
    std::mt19937 random(11);
    for (int round = 0; round < 50; ++round) {
        QByteArray noise(64 + int(random() % 4000), '\0');
        for (char &c : noise)
            c = char(random());
        EXPECT_FALSE(LearnedModel::fromBytes(noise));
        QByteArray flipped = bytes; // the right magic and version, damage further in
        flipped[20 + qsizetype(random() % 30)] = char(random());
        const std::optional<LearnedModel> maybe = LearnedModel::fromBytes(flipped);
        if (maybe) // a flipped weight byte can still be a valid model; it must still read
            (void)maybe->blend(u"the Zapp plan", fixedSentiment(u"the Zapp plan"));
    }
}

TEST(LearnedModelTest, TheSameCorrectionsTrainTheSameModel)
{
    // No hidden randomness: a model can be trained again from the examples and compared.
    const std::optional<LearnedModel> model =
        trainModel(zappSentimentExamples(60), SentimentBuiltIn(fixedSentiment));
    ASSERT_TRUE(model);
    const std::optional<LearnedModel> again =
        trainModel(zappSentimentExamples(60), SentimentBuiltIn(fixedSentiment));
    EXPECT_EQ(model->toBytes(), again->toBytes());
}

TEST(LearnedModelTest, BucketsAreTheSameOnEveryMachine)
{
    // Stored models depend on these numbers: a change to the hashing must change the format's
    // version, or every saved model would read nonsense.
    HashedFeatures features;
    hashFeatures(u"Zapp plan 😡", learnedFeatureBits, &features);
    // " zapp plan 😡 ": 14 units, so 12 + 11 + 10 letter n-grams; 3 words ("😡" is one), 2 pairs.
    ASSERT_EQ(features.buckets.size(), 38u);
    EXPECT_EQ(features.buckets.front(), 113865u);
    std::uint64_t sum = 0;
    for (std::uint32_t bucket : features.buckets)
        sum = sum * 31 + bucket;
    EXPECT_EQ(sum, 14371591666400155442ull);
}

TEST(LearnedModelTest, ThreeLevelCorrectionsCountAVeryNegativeReadingAsRight)
{
    // Agents who corrected on three levels wrote "negative"; the built-in said "very negative"
    // for those texts. That is the same answer on their scale, so the built-in is right there.
    std::vector<LabelledText> examples;
    for (int i = 0; i < 60; ++i)
        examples.push_back({QStringLiteral("negative"),
                            QStringLiteral("furious about the outage number %1").arg(i)});
    for (int i = 0; i < 60; ++i)
        examples.push_back(
            {QStringLiteral("neutral"), QStringLiteral("the shop opens at nine number %1").arg(i)});
    const auto veryWhereFurious = [](QStringView text) {
        SentimentReading reading;
        const bool furious = text.startsWith(u"furious");
        reading.label = furious ? Sentiment::VeryNegative : Sentiment::Neutral;
        reading.confidence = 0.8;
        return reading;
    };
    const std::optional<LearnedModel> model =
        trainModel(examples, SentimentBuiltIn(veryWhereFurious));
    ASSERT_TRUE(model);
    EXPECT_DOUBLE_EQ(model->builtInAccuracy(), 1.0);
}
