// SPDX-License-Identifier: Apache-2.0
#include "listening/EmotionDetector.h"

#include "ListeningPrinters.h"

#include <gtest/gtest.h>

using namespace earshot;

namespace {

EmotionReading read(const QString &text, const QString &lang = QStringLiteral("en"))
{
    static const EmotionDetector detector;
    return detector.read(text, lang);
}

Emotion emotionOf(const QString &text, const QString &lang = QStringLiteral("en"))
{
    return read(text, lang).emotion;
}

} // namespace

TEST(EmotionDetectorTest, NamesAClearFeelingWithItsCue)
{
    const EmotionReading angry = read(QStringLiteral("I am furious, this is unacceptable 😡"));
    EXPECT_EQ(angry.emotion, Emotion::Anger);
    EXPECT_FALSE(angry.cues.isEmpty());
    EXPECT_EQ(angry.cues.front(), QStringLiteral("furious"));
    EXPECT_GT(angry.confidence, 0.5);

    EXPECT_EQ(emotionOf(QStringLiteral("Still waiting for a reply, so frustrating")),
              Emotion::Frustration);
    EXPECT_EQ(emotionOf(QStringLiteral("ugh, the app logged me out yet again 🙄")),
              Emotion::Frustration);
    EXPECT_EQ(emotionOf(QStringLiteral("I've called 4 times and got 4 different answers")),
              Emotion::Frustration);
    EXPECT_EQ(emotionOf(QStringLiteral("that's the third engineer no-show this week")),
              Emotion::Frustration);
    EXPECT_EQ(emotionOf(QStringLiteral("I'm really worried my card details were leaked")),
              Emotion::Anxiety);
    EXPECT_EQ(emotionOf(QStringLiteral("Thank you so much for the help 🙏")), Emotion::Gratitude);
    EXPECT_EQ(emotionOf(QStringLiteral("Yay, my new phone arrived and I love it! 🎉")),
              Emotion::Joy);
}

TEST(EmotionDetectorTest, NoneUnlessClear)
{
    EXPECT_EQ(emotionOf(QStringLiteral("The package arrives on Tuesday")), Emotion::None);
    EXPECT_EQ(emotionOf(QStringLiteral("How do I reset my router?")), Emotion::None);
    EXPECT_EQ(emotionOf(QString()), Emotion::None);
    EXPECT_EQ(emotionOf(QStringLiteral("https://example.com/angry")), Emotion::None);
    EXPECT_EQ(read(QString()).confidence, 0.0);
    // Strong opposite feelings in one post: mixed, not one of them.
    EXPECT_EQ(emotionOf(QStringLiteral("thank you, I am so grateful, but I am furious and angry")),
              Emotion::None);
}

TEST(EmotionDetectorTest, NegatedCuesNameNothing)
{
    EXPECT_EQ(emotionOf(QStringLiteral("I'm not angry, just asking when it ships")), Emotion::None);
    EXPECT_EQ(emotionOf(QStringLiteral("not worried at all")), Emotion::None);
    EXPECT_NE(emotionOf(QStringLiteral("I'm not happy about this")), Emotion::Joy);
}

TEST(EmotionDetectorTest, AFeelingThatEndedIsNotFelt)
{
    EXPECT_EQ(emotionOf(QStringLiteral("20th of the month panic is officially cancelled")),
              Emotion::None);
    EXPECT_EQ(emotionOf(QStringLiteral("so worried, the engineer never came")), Emotion::Anxiety);
}

TEST(EmotionDetectorTest, SarcasmIsNoJoyOrThanks)
{
    EXPECT_NE(emotionOf(QStringLiteral("thanks for nothing")), Emotion::Gratitude);
    EXPECT_NE(emotionOf(QStringLiteral("oh great, love it when the app crashes")), Emotion::Joy);
}

TEST(EmotionDetectorTest, GermanAndOtherLanguages)
{
    const QString de = QStringLiteral("de");
    EXPECT_EQ(emotionOf(QStringLiteral("Vielen Dank für die schnelle Hilfe"), de),
              Emotion::Gratitude);
    EXPECT_EQ(emotionOf(QStringLiteral("Ich bin echt genervt"), de), Emotion::Frustration);
    EXPECT_EQ(emotionOf(QStringLiteral("Ich bin nicht genervt"), de), Emotion::None);
    EXPECT_EQ(emotionOf(QStringLiteral("merci 🙏"), QStringLiteral("fr")), Emotion::Gratitude);
}

TEST(EmotionDetectorTest, LongTextIsReadSafely)
{
    QString text;
    while (text.size() < 10000)
        text += QStringLiteral("furious \uFFFD ");
    EXPECT_EQ(emotionOf(text), Emotion::Anger);
    EXPECT_LE(read(text).confidence, 1.0);
}
