// SPDX-License-Identifier: Apache-2.0
#include "listening/SentimentAnalyzer.h"

#include "ListeningPrinters.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace earshot;

namespace {

class SentimentAnalyzerTest : public ::testing::Test {
protected:
    SentimentReading read(const QString &text, const QString &lang = QStringLiteral("en")) const
    {
        return m_analyzer.read(text, lang);
    }
    double score(const QString &text, const QString &lang = QStringLiteral("en")) const
    {
        return read(text, lang).score;
    }
    bool negative(const QString &text, const QString &lang = QStringLiteral("en")) const
    {
        const Sentiment s = read(text, lang).label;
        return s == Sentiment::Negative || s == Sentiment::VeryNegative;
    }
    bool positive(const QString &text, const QString &lang = QStringLiteral("en")) const
    {
        const Sentiment s = read(text, lang).label;
        return s == Sentiment::Positive || s == Sentiment::VeryPositive;
    }

    SentimentAnalyzer m_analyzer;
};

} // namespace

TEST_F(SentimentAnalyzerTest, PraiseAndComplaintReadAsSuch)
{
    EXPECT_TRUE(positive(QStringLiteral("I love this app, the new design is great")));
    EXPECT_TRUE(negative(QStringLiteral("This is the worst service I have ever had")));
    EXPECT_EQ(read(QStringLiteral("My parcel arrives on Tuesday")).label, Sentiment::Neutral);
    const SentimentReading reading = read(QStringLiteral("I love this app"));
    EXPECT_TRUE(reading.cues.contains(QStringLiteral("love")))
        << reading.cues.join(u'|').toStdString();
    EXPECT_EQ(reading.label, sentimentFromScore(reading.score));
}

TEST_F(SentimentAnalyzerTest, NegationTurnsTheWordAround)
{
    const SentimentReading notHappy = read(QStringLiteral("I am not happy with the service"));
    EXPECT_TRUE(negative(QStringLiteral("I am not happy with the service")));
    EXPECT_TRUE(notHappy.cues.contains(QStringLiteral("not happy")));
    EXPECT_LT(score(QStringLiteral("the update isn't great")), 0);
    EXPECT_LT(score(QStringLiteral("the update isn’t great")), 0); // typographic apostrophe
    EXPECT_TRUE(negative(QStringLiteral("the app never works")));
    EXPECT_TRUE(negative(QStringLiteral("called three times and no help at all")));
    EXPECT_GT(score(QStringLiteral("I'm not worried anymore")), 0);
}

TEST_F(SentimentAnalyzerTest, ABadThingThatEndedIsRelief)
{
    // Said to be over, a bad thing is good news and a good one bad news.
    const SentimentReading relief =
        read(QStringLiteral("switched to the 60gb plan, 20th of the month panic is officially "
                            "cancelled"));
    EXPECT_GT(relief.score, 0) << relief.cues.join(u'|').toStdString();
    EXPECT_TRUE(relief.cues.contains(QStringLiteral("panic is officially cancelled")));
    EXPECT_GT(score(QStringLiteral("the outage is finally over")), 0);
    EXPECT_LT(score(QStringLiteral("the fun is over")), 0);
    EXPECT_GT(score(QStringLiteral("der Ärger ist endlich vorbei"), QStringLiteral("de")), 0);
    // Without a linking word "over" is a preposition; a cancelled thing that was no feeling
    // is still bad news.
    EXPECT_TRUE(negative(QStringLiteral("upset over the delay again")));
    EXPECT_TRUE(negative(QStringLiteral("my flight was cancelled")));
    EXPECT_TRUE(negative(QStringLiteral("so stressed, my flight got cancelled")));
}

TEST_F(SentimentAnalyzerTest, IntensifiersStressAndDowntonersSoften)
{
    EXPECT_GT(score(QStringLiteral("the support was very good")),
              score(QStringLiteral("the support was good")));
    EXPECT_GT(score(QStringLiteral("extremely helpful agent")),
              score(QStringLiteral("helpful agent")));
    EXPECT_GT(score(QStringLiteral("the app is slightly annoying")),
              score(QStringLiteral("the app is annoying")));
    EXPECT_GT(score(QStringLiteral("kinda bad experience")),
              score(QStringLiteral("bad experience")));
    // "so" stresses; it is no feeling of its own.
    EXPECT_EQ(read(QStringLiteral("so")).label, Sentiment::Neutral);
}

TEST_F(SentimentAnalyzerTest, TheClauseAfterButWeighsMore)
{
    EXPECT_TRUE(negative(QStringLiteral("nice app but it crashes every time I open it")));
    EXPECT_TRUE(positive(QStringLiteral("the wait was annoying but the agent was brilliant")));
    EXPECT_TRUE(negative(QStringLiteral("Good prices, however the delivery was a disaster")));
}

TEST_F(SentimentAnalyzerTest, EmojiAndEmoticonsCarryFeeling)
{
    EXPECT_TRUE(negative(QStringLiteral("my order 😡")));
    EXPECT_TRUE(negative(QStringLiteral("waiting again 😭")));
    EXPECT_TRUE(positive(QStringLiteral("thank you 🙏")));
    EXPECT_TRUE(positive(QStringLiteral("the new version ❤️")));
    EXPECT_TRUE(positive(QStringLiteral("fixed 👍")));
    EXPECT_TRUE(positive(QStringLiteral("got it working :)")));
    EXPECT_TRUE(positive(QStringLiteral("got it working :-D")));
    EXPECT_TRUE(negative(QStringLiteral("still no parcel :(")));
    const SentimentReading reading = read(QStringLiteral("my order 😡"));
    EXPECT_TRUE(reading.cues.contains(QStringLiteral("😡")));
    // A time is no face: "8:30" must not read as ":3" or similar.
    EXPECT_EQ(read(QStringLiteral("Opening at 8:30 on Monday")).label, Sentiment::Neutral);
}

TEST_F(SentimentAnalyzerTest, ElongationAndCapitalsStress)
{
    EXPECT_LT(score(QStringLiteral("this is sooo bad")), score(QStringLiteral("this is so bad")));
    EXPECT_GT(score(QStringLiteral("that was goooood")), 0);
    EXPECT_LT(score(QStringLiteral("WORST service ever")),
              score(QStringLiteral("worst service ever")));
    const SentimentReading caps = read(QStringLiteral("WORST service ever"));
    ASSERT_FALSE(caps.cues.isEmpty());
    EXPECT_TRUE(caps.cues.front().startsWith(QStringLiteral("WORST")))
        << caps.cues.front().toStdString();
    // A whole post in capitals is shouting, not stress on one word: it still reads negative.
    EXPECT_TRUE(negative(QStringLiteral("THIS IS THE WORST SERVICE EVER")));
    EXPECT_GT(score(QStringLiteral("great job!!!")), score(QStringLiteral("great job")));
}

TEST_F(SentimentAnalyzerTest, SarcasmMarkersTurnPraiseIntoComplaint)
{
    EXPECT_TRUE(negative(QStringLiteral("great, another outage")));
    EXPECT_TRUE(negative(QStringLiteral("thanks for nothing")));
    EXPECT_TRUE(negative(QStringLiteral("love spending my evening on hold /s")));
    EXPECT_TRUE(negative(QStringLiteral("yeah right, best support ever")));
    EXPECT_TRUE(negative(QStringLiteral("my flight got cancelled, just what I needed")));
    EXPECT_TRUE(read(QStringLiteral("great, another outage"))
                    .cues.contains(QStringLiteral("great, another")));
    EXPECT_TRUE(negative(QStringLiteral("would be great if someone actually replied")));
}

// Praise standing alone as the last sentence, right after a complaint, is the complaint again;
// after good news it is praise, and thanks closing a complaint is politeness.
TEST_F(SentimentAnalyzerTest, ADeadpanLastWordAfterAComplaintIsSarcasm)
{
    EXPECT_TRUE(negative(QStringLiteral("been on hold for 47 minutes now. brilliant.")));
    EXPECT_TRUE(negative(QStringLiteral("No signal since Monday. Just great 🙃")));
    EXPECT_TRUE(read(QStringLiteral("been on hold for 47 minutes now. Brilliant."))
                    .cues.contains(QStringLiteral("Brilliant")));
    EXPECT_TRUE(positive(QStringLiteral("The engineer fixed it in ten minutes. Brilliant!")));
    EXPECT_TRUE(positive(QStringLiteral("Line was down all morning, fixed now. Brilliant.")));
    EXPECT_TRUE(positive(QStringLiteral("Brilliant.")));
    EXPECT_FALSE(negative(QStringLiteral("My router is broken, please send a new one. Thanks.")));
}

TEST_F(SentimentAnalyzerTest, CustomerServiceVocabulary)
{
    EXPECT_TRUE(negative(QStringLiteral("still waiting for my refund")));
    EXPECT_TRUE(negative(QStringLiteral("you charged twice for one order")));
    EXPECT_TRUE(negative(QStringLiteral("the app is down again")));
    EXPECT_TRUE(negative(QStringLiteral("flight delayed and no response from anyone")));
    EXPECT_TRUE(negative(QStringLiteral("been on hold for an hour")));
    EXPECT_TRUE(negative(QStringLiteral("the app won't load since the update")));
    EXPECT_TRUE(negative(QStringLiteral("I've called 4 times and got 4 different answers")));
    EXPECT_TRUE(negative(QStringLiteral("that's the third engineer no-show this week")));
    EXPECT_TRUE(negative(QStringLiteral("the speed is nowhere near what I'm paying for")));
    EXPECT_TRUE(negative(QStringLiteral("my mum has been without a phone for a week")));
    EXPECT_TRUE(negative(QStringLiteral("Nothing works. Nothing.")));
    EXPECT_TRUE(negative(QStringLiteral("my order says delivered but nothing arrived")));
    EXPECT_TRUE(negative(QStringLiteral("12 years a customer and this is how you treat me?")));
    EXPECT_TRUE(positive(QStringLiteral("can't fault the service today, sorted in minutes")));
    EXPECT_TRUE(positive(QStringLiteral("thanks for the quick fix")));
    EXPECT_TRUE(positive(QStringLiteral("all sorted now, thank you")));
    EXPECT_TRUE(positive(QStringLiteral("issue resolved, works now")));
    EXPECT_TRUE(read(QStringLiteral("still waiting for my refund"))
                    .cues.contains(QStringLiteral("still waiting")));
}

TEST_F(SentimentAnalyzerTest, AServiceThatStoppedSaidTheWayCustomersSayIt)
{
    for (const char *post :
         {"My internet has not worked since yesterday.", "Internet down since yesterday",
          "wifi keeps dropping every 10 minutes", "line keeps cutting out mid call",
          "Can't log in to my account since the update", "locked out of the app again",
          "Nothing is loading on the app", "my bill has gone up by £10 without warning",
          "The router you sent is faulty", "Promised a callback yesterday, nobody called.",
          "Your website keeps logging me out", "internet is really slow tonight",
          "Order 44821 still hasn't been dispatched"}) {
        EXPECT_TRUE(negative(QString::fromUtf8(post))) << post;
    }
    EXPECT_TRUE(read(QStringLiteral("wifi keeps dropping"))
                    .cues.contains(QStringLiteral("keeps dropping")));
    // The same words in ordinary posts complain about nothing.
    for (const char *post :
         {"the slow cooker is on, dinner at six", "I was told to DM you my account number",
          "Have I been charged yet for the upgrade?", "What's going on at the store Saturday?",
          "speeds have gone up by 50% since the upgrade", "been down the shop for milk"}) {
        EXPECT_FALSE(negative(QString::fromUtf8(post))) << post;
    }
}

TEST_F(SentimentAnalyzerTest, OnlyTheQuestionItselfIsAskedNotFelt)
{
    // The complaint before the question is a plain statement: it counts in full.
    const QString complaint = QStringLiteral("Router blinking red, no internet.");
    EXPECT_DOUBLE_EQ(score(complaint + QStringLiteral(" What should I do?")), score(complaint));
    EXPECT_TRUE(negative(QStringLiteral("My internet has not worked since yesterday. What is "
                                        "going on?")));
    // Words inside the question still count for less than said outright.
    EXPECT_GT(score(QStringLiteral("is the app down again?")),
              score(QStringLiteral("the app is down again.")));
    // A full stop inside a price or an address does not end the sentence.
    EXPECT_GT(score(QStringLiteral("why is my bill £10.50 higher, is it down to the outage?")),
              score(QStringLiteral("my bill is £10.50 higher, it is down to the outage.")));
}

TEST_F(SentimentAnalyzerTest, NamesSayLittle)
{
    // "Dead" in a title and "Super" in a team name are not the writer's feelings.
    EXPECT_GT(score(QStringLiteral("I am watching The Walking Dead tonight")), -0.15);
    EXPECT_TRUE(negative(QStringLiteral("the support here is dead slow and useless")));
}

// A tag of several capitalised words says what its words say; a tag in one case is one word.
TEST_F(SentimentAnalyzerTest, HashtagsOfSeveralWordsAreReadAsThoseWords)
{
    EXPECT_TRUE(negative(QStringLiteral("#NotHappy with the service")));
    EXPECT_TRUE(negative(QStringLiteral("third delay this month #WorstServiceEver")));
    EXPECT_TRUE(positive(QStringLiteral("sorted in five minutes #GreatService")));
    EXPECT_TRUE(negative(QStringLiteral("another delay #fail")));
    EXPECT_TRUE(negative(QStringLiteral("another delay #FAIL")));
    EXPECT_FALSE(negative(QStringLiteral("tickets for the #nothappy tour")));
    EXPECT_EQ(read(QStringLiteral("#NotHappy")).cues, QStringList{QStringLiteral("NotHappy")});
}

TEST_F(SentimentAnalyzerTest, EmptyLinkOnlyAndEmojiOnlyPosts)
{
    const SentimentReading empty = read(QString());
    EXPECT_EQ(empty.label, Sentiment::Neutral);
    EXPECT_TRUE(empty.cues.isEmpty());
    const SentimentReading link = read(QStringLiteral("https://example.com/great/love-it?x=bad"));
    EXPECT_EQ(link.label, Sentiment::Neutral);
    EXPECT_TRUE(link.cues.isEmpty());
    EXPECT_TRUE(negative(QStringLiteral("😭😭😭")));
    EXPECT_TRUE(positive(QStringLiteral("😍🎉")));
    // A row of one emoji is one feeling stressed, not a pile of opinions.
    EXPECT_LT(score(QStringLiteral("😭😭😭😭😭😭")), 1.0);
}

TEST_F(SentimentAnalyzerTest, LongAndDamagedTextIsReadSafely)
{
    QString longText;
    while (longText.size() < 10000)
        longText += QStringLiteral("the agent was helpful but the app crashed again. ");
    const SentimentReading reading = read(longText);
    EXPECT_GE(reading.score, -1.0);
    EXPECT_LE(reading.score, 1.0);
    EXPECT_LE(reading.cues.size(), 8);

    const QString damaged = QStringLiteral("great service \uFFFD\uFFFD thanks \uFFFD");
    EXPECT_TRUE(positive(damaged));
    const QString lone = QString(QChar(0xD83D)) + QStringLiteral(" terrible"); // cut surrogate
    EXPECT_TRUE(negative(lone));
}

TEST_F(SentimentAnalyzerTest, GermanHasItsOwnWords)
{
    // Kundenservice: what German care posts complain with, and their sarcasm.
    EXPECT_TRUE(negative(QStringLiteral("Der Techniker ist nicht gekommen. Zum dritten Mal."),
                         QStringLiteral("de")));
    EXPECT_TRUE(
        negative(QStringLiteral("Mein Internet geht seit gestern nicht."), QStringLiteral("de")));
    EXPECT_TRUE(
        negative(QStringLiteral("Super, schon wieder Störung. Toll."), QStringLiteral("de")));
    EXPECT_TRUE(negative(QStringLiteral("Internet geht seit gestern nicht. Was ist los?"),
                         QStringLiteral("de")));
    EXPECT_TRUE(negative(QStringLiteral("Kein Internet seit heute Morgen"), QStringLiteral("de")));
    for (const char *post :
         {"Die Leitung ist tot, ich will mein Geld zurück.",
          "Niemand ruft zurück, obwohl es versprochen wurde.", "Die App stürzt nach dem Update ab.",
          "Eure Mitarbeiter sind unfähige Idioten.",
          "Ich bin seit 10 Jahren Kunde und so werde ich behandelt."}) {
        EXPECT_TRUE(negative(QString::fromUtf8(post), QStringLiteral("de"))) << post;
    }
    EXPECT_TRUE(negative(QStringLiteral("Ich kann mich nicht einloggen seit dem Update"),
                         QStringLiteral("de")));
    EXPECT_TRUE(negative(QStringLiteral("Ich kündige, mir reicht's"), QStringLiteral("de")));
    const QString de = QStringLiteral("de");
    EXPECT_TRUE(positive(QStringLiteral("Das ist wirklich gut, danke!"), de));
    EXPECT_TRUE(negative(QStringLiteral("Ich bin enttäuscht, das ist eine Frechheit"), de));
    EXPECT_TRUE(negative(QStringLiteral("Das ist nicht gut"), de));
    EXPECT_TRUE(negative(QStringLiteral("Kein guter Service"), de));
    EXPECT_TRUE(negative(QStringLiteral("Das gefällt mir nicht"), de));
    EXPECT_TRUE(negative(QStringLiteral("Die App funktioniert nicht"), de));
    EXPECT_TRUE(positive(QStringLiteral("Super Service, vielen Dank 👍"), de));
    // German words are not English ones: "die", "war", "Gift" mean nothing bad here.
    EXPECT_EQ(read(QStringLiteral("Die Lieferung war heute da"), de).label, Sentiment::Neutral);
    EXPECT_TRUE(
        read(QStringLiteral("Das ist nicht gut"), de).cues.contains(QStringLiteral("nicht gut")));
    // Every German noun has a capital: "Die App" is no name like "Star Wars".
    EXPECT_TRUE(negative(QStringLiteral("Die App stürzt nach dem Update ab."), de));
    EXPECT_TRUE(negative(QStringLiteral("Die Hotline ist eine Frechheit"), de));
    // A joke and a pounce are not faults.
    EXPECT_FALSE(negative(QStringLiteral("Ich lach mich tot, herrlich"), de));
}

TEST_F(SentimentAnalyzerTest, LanguagesWithoutListsUseEnglishAndEmoji)
{
    EXPECT_TRUE(negative(QStringLiteral("c'est nul 😡"), QStringLiteral("fr")));
    EXPECT_TRUE(positive(QStringLiteral("merci beaucoup ❤️"), QStringLiteral("fr")));
    EXPECT_TRUE(negative(QStringLiteral("worst delivery ever"), QString()));
    // Mixed text: the English words and the emoji still count.
    EXPECT_TRUE(positive(QStringLiteral("Merci, great support 👍"), QStringLiteral("fr")));
}

TEST_F(SentimentAnalyzerTest, ConfidenceFollowsClarity)
{
    const SentimentReading clear = read(QStringLiteral("I hate this update, it is awful"));
    const SentimentReading mixed = read(QStringLiteral("I love the app, I hate the update"));
    EXPECT_GT(clear.confidence, mixed.confidence);
    for (const SentimentReading &r : {clear, mixed, read(QString())}) {
        EXPECT_GE(r.confidence, 0.0);
        EXPECT_LE(r.confidence, 1.0);
    }
}

TEST_F(SentimentAnalyzerTest, OneAnalyzerServesManyThreads)
{
    const QString text = QStringLiteral("not happy, still waiting for my refund 😡");
    const SentimentReading expected = read(text);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 500; ++i) {
                const SentimentReading r = m_analyzer.read(text, QStringLiteral("en"));
                if (r.score != expected.score || r.cues != expected.cues)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}
