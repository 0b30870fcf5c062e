// SPDX-License-Identifier: Apache-2.0
// The built-in sentiment model: shipped and read, stacked on the rules so their signals still
// count, rebuilt the same from the same data and seed, and the languages it reads or says it
// does not.
#include "ListeningPrinters.h"

#include "listening/MentionReader.h"
#include "listening/SentimentAnalyzer.h"
#include "listening/SentimentModel.h"
#include "listening/SentimentModelBuilder.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

const MentionReader &reader()
{
    static const MentionReader r;
    return r;
}

Sentiment readAs(const QString &text)
{
    return reader().read(text).sentiment.label;
}

int side(Sentiment sentiment)
{
    return sentimentClassOf(sentiment) - 1; // -1 negative, 0 neutral, 1 positive
}

// A small labelled corpus of made-up posts, enough for the trainer to learn a few words.
SentimentCorpus smallCorpus()
{
    SentimentCorpus corpus;
    const QStringList good{u"love the new plan"_s, u"great help, thank you"_s,
                           u"works perfectly now"_s, u"the staff were lovely"_s};
    const QStringList bad{u"still waiting for my refund"_s, u"the app crashed again"_s,
                          u"worst service ever"_s, u"charged twice this month"_s};
    const QStringList plain{u"the shop opens at nine"_s, u"new prices from monday"_s,
                            u"is the store open on sunday"_s, u"my order number is 42"_s};
    for (int round = 0; round < 30; ++round) {
        for (const QString &t : good)
            corpus.texts.push_back({t + u' ' + QString::number(round), 2, 0, CorpusPart::Train});
        for (const QString &t : bad)
            corpus.texts.push_back({t + u' ' + QString::number(round), 0, 6, CorpusPart::Train});
        for (const QString &t : plain)
            corpus.texts.push_back({t + u' ' + QString::number(round), 1, 5, CorpusPart::Train});
    }
    return corpus;
}

} // namespace

TEST(SentimentModelTest, TheShippedModelIsEmbeddedAndReads)
{
    const SentimentModel *model = SentimentModel::builtIn();
    ASSERT_NE(model, nullptr) << "resources/models/sentiment.esm is missing or damaged; rebuild "
                                 "it with earshot-cli model rebuild (docs/classifier.md)";
    EXPECT_GT(model->linear().rowCount(), 10000);
    // The same bytes back, and a model of a few megabytes at most.
    const QByteArray bytes = model->toBytes();
    EXPECT_LT(bytes.size(), 4 * 1024 * 1024);
    const std::optional<SentimentModel> again = SentimentModel::fromBytes(bytes);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->toBytes(), bytes);
}

TEST(SentimentModelTest, DamagedBytesAreNoModel)
{
    const SentimentModel *model = SentimentModel::builtIn();
    ASSERT_NE(model, nullptr);
    QByteArray bytes = model->toBytes();
    EXPECT_FALSE(SentimentModel::fromBytes(bytes.left(bytes.size() / 2)).has_value());
    EXPECT_FALSE(SentimentModel::fromBytes(bytes + "x").has_value());
    EXPECT_FALSE(SentimentModel::fromBytes(QByteArray()).has_value());
    bytes[0] = char(bytes[0] ^ 0x55);
    EXPECT_FALSE(SentimentModel::fromBytes(bytes).has_value());
}

// The rules' signals still decide where the words alone would not: negation, contrast, emoji,
// sarcasm and the care vocabulary.
TEST(SentimentModelTest, TheRulesStillCount)
{
    EXPECT_EQ(side(readAs(u"I love this phone, the battery lasts for days!"_s)), 1);
    EXPECT_EQ(side(readAs(u"I am not happy with this phone at all"_s)), -1);
    // Praise, then the problem after "but": mixed at best, never praise.
    EXPECT_LE(side(readAs(u"The staff were friendly but the internet is still down"_s)), 0);
    EXPECT_EQ(side(readAs(u"Thanks for nothing. Three weeks and still no refund."_s)), -1);
    EXPECT_EQ(side(readAs(u"Been on hold for 47 minutes now 😡"_s)), -1);
    EXPECT_EQ(side(readAs(u"Charged twice for the same order, still waiting for a reply"_s)), -1);
    EXPECT_EQ(side(readAs(u"Sorted now, thanks for the quick fix!"_s)), 1);
    EXPECT_EQ(side(readAs(u"The new store opens on Monday at 9am in the high street"_s)), 0);
    EXPECT_EQ(side(readAs(u"Ich bin total enttäuscht, das Paket ist immer noch nicht da"_s)), -1);
    EXPECT_EQ(side(readAs(u"Vielen Dank, jetzt funktioniert alles wieder super!"_s)), 1);
}

// The model decides the label; the rules' cues stay the reasons an agent sees.
TEST(SentimentModelTest, CuesStayTheRulesCues)
{
    const QString text = u"Worst service ever, still waiting for my refund"_s;
    const SentimentReading rules = SentimentAnalyzer().read(text, u"en"_s);
    const MentionReading reading = reader().read(text);
    EXPECT_EQ(reading.sentiment.cues, rules.cues);
    EXPECT_EQ(sentimentFromScore(reading.sentiment.score), reading.sentiment.label);
    EXPECT_GT(reading.sentiment.confidence, 0.34);
}

TEST(SentimentModelTest, TheSameDataAndSeedBuildTheSameBytes)
{
    const SentimentCorpus corpus = smallCorpus();
    SentimentBuildOptions options;
    options.bits = 14;
    options.minCount = 1;
    const QByteArray first = buildSentimentModel(corpus, options).toBytes();
    const QByteArray second = buildSentimentModel(corpus, options).toBytes();
    EXPECT_EQ(first, second);
    EXPECT_EQ(describeModelDifference(first, second), QString());
    options.seed += 1;
    const QByteArray other = buildSentimentModel(corpus, options).toBytes();
    ASSERT_NE(other, first); // another order of examples, other weights
    EXPECT_FALSE(describeModelDifference(first, other).isEmpty());

    const std::optional<SentimentModel> model = SentimentModel::fromBytes(first);
    ASSERT_TRUE(model.has_value());
    const SentimentAnalyzer rules;
    const QString bad = u"still waiting for my refund 99"_s;
    const QString good = u"love the new plan 99"_s;
    EXPECT_EQ(side(model->read(bad, u"en"_s, rules.read(bad, u"en"_s)).label), -1);
    EXPECT_EQ(side(model->read(good, u"en"_s, rules.read(good, u"en"_s)).label), 1);
}

TEST(SentimentModelTest, TheSplitDependsOnTheTextOnly)
{
    int test = 0;
    int dev = 0;
    for (int i = 0; i < 3200; ++i) {
        const QString text = u"post number %1"_s.arg(i);
        EXPECT_EQ(corpusPartOf(text), corpusPartOf(QString(text)));
        test += corpusPartOf(text) == CorpusPart::Test ? 1 : 0;
        dev += corpusPartOf(text) == CorpusPart::Dev ? 1 : 0;
    }
    // One in sixteen each, give or take.
    EXPECT_GT(test, 120);
    EXPECT_LT(test, 280);
    EXPECT_GT(dev, 120);
    EXPECT_LT(dev, 280);
}

TEST(SentimentModelTest, MissingDatasetsSayWhichFile)
{
    QString error;
    EXPECT_FALSE(loadSentimentCorpus(u"/nonexistent/datasets"_s, &error).has_value());
    EXPECT_TRUE(error.contains(u"semeval-2013-2016-en.jsonl"_s)) << error.toStdString();
}

// French, Spanish, Italian, Portuguese and Dutch are read with their own words; a language
// without words is "not read", never a neutral observation.
TEST(SentimentModelTest, TheSevenLanguagesAreRead)
{
    struct Case {
        const char16_t *text;
        const char *lang;
        int side;
    };
    const Case cases[] = {
        {u"Je suis très déçu, ma commande n'est toujours pas arrivée et personne ne répond", "fr",
         -1},
        {u"Merci beaucoup pour votre aide, tout fonctionne parfaitement maintenant !", "fr", 1},
        {u"Estoy harto, llevo una semana sin internet y nadie me da una respuesta", "es", -1},
        {u"Muchas gracias por la ayuda, el servicio fue excelente y muy rápido", "es", 1},
        {u"Che schifo, il pacco non è mai arrivato e il servizio clienti non risponde", "it", -1},
        {u"Grazie mille, siete stati gentilissimi e tutto funziona di nuovo", "it", 1},
        {u"Péssimo atendimento, estou sem internet há dias e ninguém resolve nada", "pt", -1},
        {u"Muito obrigado pela ajuda, o problema foi resolvido e está tudo ótimo", "pt", 1},
        {u"Ik ben echt teleurgesteld, al weken storing en nog steeds geen antwoord", "nl", -1},
        {u"Hartelijk dank voor de snelle hulp, alles werkt weer prima", "nl", 1},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        const MentionReading reading = reader().read(text);
        EXPECT_EQ(reading.language.code, QString::fromLatin1(c.lang)) << text.toStdString();
        EXPECT_TRUE(reading.read) << text.toStdString();
        EXPECT_EQ(side(reading.sentiment.label), c.side) << text.toStdString();
    }
}

TEST(SentimentModelTest, OtherLanguagesAreNotRead)
{
    for (const QString &text :
         {u"私の電話が昨日から動きません。娘に電話できません。助けてください。"_s,
          u"Мой интернет не работает уже три дня, никто не отвечает на звонки"_s,
          u"الإنترنت لا يعمل منذ ثلاثة أيام ولا أحد يرد على اتصالاتي"_s}) {
        const MentionReading reading = reader().read(text);
        EXPECT_FALSE(reading.read) << text.toStdString();
        EXPECT_FALSE(reading.language.code.isEmpty()) << text.toStdString();
        EXPECT_FALSE(languageIsRead(reading.language.code));
    }
    // Too short to tell: the network's tag decides, region and all.
    EXPECT_FALSE(reader().read(u"ありがとう"_s, u"ja"_s).read);
    EXPECT_EQ(reader().read(u"ありがとう"_s, u"ja"_s).language.code, u"ja"_s);
    EXPECT_TRUE(reader().read(u"obrigado!"_s, u"pt-BR"_s).read);
    EXPECT_TRUE(reader().read(u"ok"_s).read);
}
