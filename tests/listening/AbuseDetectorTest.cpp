// SPDX-License-Identifier: Apache-2.0
#include "listening/AbuseDetector.h"

#include "ListeningPrinters.h"

#include <gtest/gtest.h>

using namespace earshot;

namespace {

AbuseReading read(const QString &text, const QString &lang = QStringLiteral("en"))
{
    static const AbuseDetector detector;
    return detector.read(text, lang);
}

} // namespace

TEST(AbuseDetectorTest, InsultsAimedAtSomeone)
{
    for (const QString &text :
         {QStringLiteral("you idiot"), QStringLiteral("your staff are useless morons"),
          QStringLiteral("@user is a clown"), QStringLiteral("shut up you stupid bot"),
          QStringLiteral("fuck you and your company"),
          QStringLiteral("your staff are a bunch of clueless idiots")}) {
        const AbuseReading reading = read(text);
        EXPECT_TRUE(reading.abusive) << text.toStdString();
        EXPECT_TRUE(reading.directedAtSomeone) << text.toStdString();
        EXPECT_GT(reading.confidence, 0.6) << text.toStdString();
        EXPECT_FALSE(reading.cues.isEmpty());
    }
    EXPECT_EQ(read(QStringLiteral("you idiot")).cues, QStringList{QStringLiteral("idiot")});
}

TEST(AbuseDetectorTest, ThreatsOfViolence)
{
    const AbuseReading threat = read(QStringLiteral("I will kill you if this isn't fixed"));
    EXPECT_TRUE(threat.abusive);
    EXPECT_TRUE(threat.directedAtSomeone);
    EXPECT_FALSE(read(QStringLiteral("this update is killing my battery")).abusive);
}

TEST(AbuseDetectorTest, SwearingAtAThingIsNotAtSomeone)
{
    const AbuseReading router = read(QStringLiteral("this f***ing router keeps dropping"));
    EXPECT_TRUE(router.abusive);
    EXPECT_FALSE(router.directedAtSomeone);
    EXPECT_LT(router.confidence, 0.6); // below what an insult at a person scores
    EXPECT_TRUE(router.cues.contains(QStringLiteral("f***ing")));
    // A put-down of a thing is a complaint, not abuse.
    EXPECT_FALSE(read(QStringLiteral("useless app, crashes every time")).abusive);
    EXPECT_FALSE(read(QStringLiteral("the checkout is stupid and slow")).directedAtSomeone);
    // "your" points at the thing after it; a person after it is still a person.
    EXPECT_FALSE(read(QStringLiteral("your app is useless")).abusive);
    EXPECT_FALSE(read(QStringLiteral("your chat bot is useless, I want a human")).abusive);
    EXPECT_TRUE(read(QStringLiteral("you are useless")).directedAtSomeone);
    EXPECT_TRUE(read(QStringLiteral("your useless staff never call back")).directedAtSomeone);
}

TEST(AbuseDetectorTest, PoliteOrNegatedTextIsNotAbuse)
{
    for (const QString &text :
         {QStringLiteral("Thanks for the help!"), QStringLiteral("How do I reset my password?"),
          QStringLiteral("you're not an idiot, the form is confusing"), QString(),
          QStringLiteral("https://example.com/idiot"), QStringLiteral("😡😡")}) {
        const AbuseReading reading = read(text);
        EXPECT_FALSE(reading.abusive) << text.toStdString();
        EXPECT_EQ(reading.confidence, 0.0);
        EXPECT_TRUE(reading.cues.isEmpty());
    }
}

TEST(AbuseDetectorTest, German)
{
    const QString de = QStringLiteral("de");
    const AbuseReading idiot = read(QStringLiteral("Du Idiot"), de);
    EXPECT_TRUE(idiot.abusive);
    EXPECT_TRUE(idiot.directedAtSomeone);
    EXPECT_TRUE(read(QStringLiteral("Ihr seid alle unfähig"), de).directedAtSomeone);
    EXPECT_FALSE(read(QStringLiteral("Die App ist leider unfähig zu laden"), de).directedAtSomeone);
    EXPECT_FALSE(read(QStringLiteral("Danke für die Hilfe"), de).abusive);
}

TEST(AbuseDetectorTest, LongTextIsReadSafely)
{
    QString text;
    while (text.size() < 10000)
        text += QStringLiteral("the app \uFFFD is slow. ");
    EXPECT_FALSE(read(text).abusive);
    text += QStringLiteral(" you moron");
    EXPECT_TRUE(read(text).directedAtSomeone);
}
