// SPDX-License-Identifier: Apache-2.0
#include "listening/LanguageDetector.h"
#include "listening/PlainEnglish.h"
#include "listening/PostWords.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

LanguageReading detect(const QString &text)
{
    return LanguageDetector().detect(text);
}

} // namespace

TEST(LanguageDetectorTest, NamesCommonLanguagesInIsoCodes)
{
    EXPECT_EQ(detect(u"@SkyNet_UK my broadband has been down since Monday and nobody can tell "
                     u"me why"_s)
                  .code,
              u"en"_s);
    EXPECT_EQ(detect(u"@TelekomHilfe seit drei Tagen kein Internet. Wie lange soll das noch "
                     u"dauern?"_s)
                  .code,
              u"de"_s);
    EXPECT_EQ(detect(u"Bonjour, mon colis n'est toujours pas arrivé après deux semaines"_s).code,
              u"fr"_s);
    EXPECT_EQ(
        detect(u"Hola, mi vuelo fue cancelado y nadie me responde. Quiero un reembolso"_s).code,
        u"es"_s);
    EXPECT_EQ(detect(u"Olá, minha encomenda ainda não chegou, podem me ajudar por favor?"_s).code,
              u"pt"_s);
    EXPECT_EQ(detect(u"ルーターが壊れました。助けてください。いつ直りますか"_s).code, u"ja"_s);
}

TEST(LanguageDetectorTest, MapsCld2CodesToIso)
{
    // CLD2 says "iw" for Hebrew and "zh-Hant" for traditional Chinese.
    EXPECT_EQ(detect(u"שלום, האינטרנט שלי לא עובד כבר שלושה ימים ואף אחד לא עונה"_s).code, u"he"_s);
    EXPECT_EQ(detect(u"我的網路已經斷了三天了，請儘快修復，客服電話一直打不通"_s).code, u"zh"_s);
}

TEST(LanguageDetectorTest, TooShortToTellIsUnknown)
{
    for (const QString &text :
         {u""_s, u"hi there"_s, u"love it"_s, u"@FlyAir thanks!!"_s, u"👍👍👍🔥🔥"_s,
          u"https://bit.ly/3xYz #deal #sale @shop"_s, u"ok ok ok ok"_s,
          u"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"_s}) {
        const LanguageReading r = detect(text);
        EXPECT_TRUE(r.code.isEmpty()) << qPrintable(text) << " read as " << qPrintable(r.code);
        EXPECT_EQ(r.confidence, 0);
    }
}

TEST(LanguageDetectorTest, HandlesAndLinksDoNotSwayIt)
{
    const LanguageReading r =
        detect(u"@Customer_Service_Team @HelpDesk_Online ich warte seit einer Woche auf mein Paket "
               u"https://tracking.example.com/order/12345"_s);
    EXPECT_EQ(r.code, u"de"_s);
}

TEST(LanguageDetectorTest, MixedTextGivesTheDominantLanguageWithLessConfidence)
{
    const LanguageReading pure = detect(
        u"Der Service ist wirklich gut, aber die App stürzt jedes Mal ab, wenn ich sie öffne"_s);
    const LanguageReading mixed = detect(
        u"Der Service ist wirklich gut und die Mitarbeiter im Laden sind sehr freundlich. But the "
        u"app crashes every single time I open it on my phone and nobody helps when I call the "
        u"support line about it"_s);
    EXPECT_EQ(pure.code, u"de"_s);
    // CLD2 weighs German a little higher here (52/47 by letters before links are removed).
    EXPECT_TRUE(mixed.code == u"de"_s || mixed.code == u"en"_s) << qPrintable(mixed.code);
    EXPECT_LT(mixed.confidence, 0.6);
    EXPECT_LT(mixed.confidence, pure.confidence);
    EXPECT_GT(pure.confidence, 0.7);
}

TEST(LanguageDetectorTest, SurvivesReplacementCharactersAndLongText)
{
    const LanguageReading damaged =
        detect(u"My order never arrived \uFFFD\uFFFD and nobody answers the phone "_s
               + QChar(0xD83D) + u" at all"_s);
    EXPECT_EQ(damaged.code, u"en"_s);

    QString longText;
    while (longText.size() < 10000)
        longText += u"The train was late again and the staff were not helpful at all. "_s;
    const LanguageReading r = detect(longText);
    EXPECT_EQ(r.code, u"en"_s);
    EXPECT_GT(r.confidence, 0.8);
}

TEST(LanguageDetectorTest, PlainEnglishIsToldWithoutCld2AndAgreesWithIt)
{
    // The shortcut answers only for posts CLD2 reads as English too.
    const LanguageDetector detector;
    for (const QString &text :
         {u"@SkyNet_UK my broadband has been down since Monday and nobody can tell me why"_s,
          u"Thanks for sorting the refund so quickly, you were really helpful"_s,
          u"I don’t know what happened to my order but it's been two weeks"_s,
          u"got billed for a plan I never asked for, can someone look at it"_s}) {
        const std::optional<LanguageReading> shortcut = plainEnglish(PostWords(text));
        ASSERT_TRUE(shortcut) << qPrintable(text);
        EXPECT_EQ(shortcut->code, u"en"_s);
        EXPECT_EQ(detector.detectWithCld2(text).code, u"en"_s) << qPrintable(text);
        EXPECT_EQ(detector.detect(text).code, u"en"_s);
        EXPECT_GT(shortcut->confidence, 0.6);
    }
    // Left to CLD2: other languages, even with English words in them; accents; mixed posts;
    // too little to tell.
    for (const QString &text : {u"Das ist nicht gut, the app crashes and you never answer"_s,
                                u"Le service est nul, the app crashes and you never answer"_s,
                                u"ang ganda ng service niyo, thanks and you guys rock"_s,
                                u"Mañana the technician comes, you said, and nobody came"_s,
                                u"Ik wacht al twee weken op mijn pakket, of is het kwijt"_s,
                                u"udah bayar tapi belum aktif, if you never try you never know"_s,
                                u"the end"_s, u"@FlyAir thanks!!"_s}) {
        EXPECT_FALSE(plainEnglish(PostWords(text))) << qPrintable(text);
    }
    EXPECT_EQ(
        detect(u"Das ist nicht gut, the app crashes and you never answer"_s).code,
        detector.detectWithCld2(u"Das ist nicht gut, the app crashes and you never answer"_s).code);
}
