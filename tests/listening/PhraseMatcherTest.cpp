// SPDX-License-Identifier: Apache-2.0
#include "listening/PhraseMatcher.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

enum Tag { Cancel = 1, Lawyer, Refund, So, Kuendigen, Anwalt, Join };

PhraseMatcher makeMatcher()
{
    PhraseMatcher m;
    m.addPhrases(u"en"_s, {
                              {u"{cancel|cancelling} my contract", Cancel},
                              {u"cancel", Cancel},
                              {u"{lawyer|sue you}", Lawyer},
                              {u"refund", Refund, PhraseEntry::Negation::Ignored},
                              {u"so good", So},
                              {u"switching to you", Join},
                          });
    m.addPhrases(u"de"_s, {{u"kündigen", Kuendigen}, {u"anwalt", Anwalt}});
    return m;
}

// The tags found and the text each quotes, as "tag:quote".
QStringList found(const PhraseMatcher &m, QStringView text, QStringView lang = u"en")
{
    const PostWords words(text);
    QStringList out;
    for (const PhraseHit &hit : m.find(words, lang))
        out.append(QString::number(hit.tag) + u':' + words.quote(hit.firstWord, hit.lastWord));
    return out;
}

} // namespace

TEST(PhraseMatcherTest, QuotesTheLongestPhraseAsWritten)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_EQ(found(m, u"I'm CANCELLING my contract!!"),
              QStringList{u"1:CANCELLING my contract"_s});
    EXPECT_EQ(found(m, u"cancel. my contract"), QStringList{u"1:cancel"_s});
}

TEST(PhraseMatcherTest, MatchesWholeWordsOnly)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_TRUE(found(m, u"the cancellation fee, lawyered up").isEmpty());
    EXPECT_EQ(found(m, u"my lawyer-friend"), QStringList{u"2:lawyer"_s});
}

TEST(PhraseMatcherTest, NegationSuppressesWithinReach)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_TRUE(found(m, u"I'm not going to cancel").isEmpty());
    EXPECT_TRUE(found(m, u"I won\u2019t sue you, relax").isEmpty());
    EXPECT_TRUE(found(m, u"I wont sue you").isEmpty());
    // Out of reach, or in another clause: the phrase stands.
    EXPECT_EQ(found(m, u"No signal for a week so I cancel"), QStringList{u"1:cancel"_s});
    EXPECT_EQ(found(m, u"Not happy. Cancel"), QStringList{u"1:Cancel"_s});
    // "Still no refund" is about a refund.
    EXPECT_EQ(found(m, u"still no refund"), QStringList{u"3:refund"_s});
}

// "Don't make me call my lawyer" threatens: it counts as a legal threat.
TEST(PhraseMatcherTest, DontMakeMeIsAThreatNotADenial)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_EQ(found(m, u"don't make me call my lawyer"), QStringList{u"2:lawyer"_s});
}

TEST(PhraseMatcherTest, GermanNegationBeforeAndAfter)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_TRUE(found(m, u"Ich werde nicht kündigen", u"de").isEmpty());
    EXPECT_TRUE(found(m, u"Ich brauche kein Anwalt", u"de").isEmpty());
    EXPECT_TRUE(found(m, u"ich kündigen das nicht", u"de").isEmpty());
    // A "nicht" after a conjunction belongs to the next thought.
    EXPECT_EQ(found(m, u"ich will kündigen weil es nicht geht", u"de"),
              QStringList{u"5:kündigen"_s});
}

TEST(PhraseMatcherTest, TablesByLanguageWithEnglishFallback)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_TRUE(found(m, u"ich will kündigen", u"en").isEmpty());
    EXPECT_EQ(found(m, u"ich will kündigen", u"de"), QStringList{u"5:kündigen"_s});
    // German posts mix in English; other languages and unknown read with English.
    EXPECT_EQ(found(m, u"Mein Anwalt sagt, I will cancel", u"de"),
              (QStringList{u"6:Anwalt"_s, u"1:cancel"_s}));
    EXPECT_EQ(found(m, u"je vais cancel", u"fr"), QStringList{u"1:cancel"_s});
    EXPECT_EQ(found(m, u"cancel", u""), QStringList{u"1:cancel"_s});
}

TEST(PhraseMatcherTest, ToleratesElongation)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_EQ(found(m, u"sooo good"), QStringList{u"4:sooo good"_s});
    EXPECT_EQ(found(m, u"soooooo gooooood"), QStringList{u"4:soooooo gooooood"_s});
}

TEST(PhraseMatcherTest, HandlesAndLinksAreNotWords)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_TRUE(found(m, u"@cancel https://x.com/cancel www.cancel.com").isEmpty());
    EXPECT_EQ(found(m, u"#cancel"), QStringList{u"1:cancel"_s});
}

TEST(PhraseMatcherTest, SurvivesOddText)
{
    const PhraseMatcher m = makeMatcher();
    EXPECT_TRUE(found(m, u"").isEmpty());
    const QString lone =
        u"\uFFFD\uFFFD \U0001F525\U0001F525 "_s + QChar(0xD83D); // a lone surrogate
    EXPECT_TRUE(found(m, lone).isEmpty());
    QString longText;
    for (int i = 0; i < 1000; ++i)
        longText += u"blah blah "_s;
    longText += u"lawyer"_s;
    EXPECT_EQ(found(m, longText), QStringList{u"2:lawyer"_s});
}

TEST(PhraseMatcherTest, ExpandsAlternatives)
{
    EXPECT_EQ(PhraseMatcher::expand(u"{a|b} c{|s}"),
              (QStringList{u"a c"_s, u"a cs"_s, u"b c"_s, u"b cs"_s}));
}
