// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/SpellChecker.h"

#include <QDir>
#include <QFile>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

// Qt lists readable in GoogleTest failure messages.
std::string shown(const QStringList &list)
{
    return list.join(u" | ").toStdString();
}

// The words the checker flags, as the agent would read them underlined.
QStringList flagged(const SpellChecker &checker, const QString &text)
{
    QStringList words;
    for (const WordSpan &span : checker.misspelledWords(text)) {
        EXPECT_EQ(text.mid(span.start, span.length), span.word) << span.word.toStdString();
        words.append(span.word);
    }
    return words;
}

void writeLatin1(const QString &path, const QString &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toLatin1());
}

class SpellCheckerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        english = new SpellChecker(u"en_US"_s);
        german = new SpellChecker(u"de_DE"_s);
    }
    static void TearDownTestSuite()
    {
        delete english;
        delete german;
    }
    void SetUp() override
    {
        // The package list installs both; without them every test below would prove nothing.
        ASSERT_EQ(english->problem(), QString()) << english->problem().toStdString();
        ASSERT_EQ(german->problem(), QString()) << german->problem().toStdString();
    }

    static SpellChecker *english;
    static SpellChecker *german;
};

SpellChecker *SpellCheckerTest::english = nullptr;
SpellChecker *SpellCheckerTest::german = nullptr;

} // namespace

TEST_F(SpellCheckerTest, FindsMisspelledWordsAtTheirUtf16PlaceAfterEmoji)
{
    // 🙂 is one surrogate pair, 👍🏽 two: "Thnks" starts at UTF-16 unit 7, not at
    // character 4.
    const QString text = u"🙂👍🏽 Thnks for waiting, we will chekc your order today."_s;
    const QList<WordSpan> spans = english->misspelledWords(text);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0].start, 7);
    EXPECT_EQ(spans[0].length, 5);
    EXPECT_EQ(spans[0].word, u"Thnks"_s);
    EXPECT_EQ(spans[1].start, text.indexOf(u"chekc"));
    EXPECT_EQ(spans[1].word, u"chekc"_s);
}

TEST_F(SpellCheckerTest, CorrectProseHasNothingFlagged)
{
    EXPECT_EQ(flagged(*english, u"Thanks for your patience. We'll look into it right away!"_s),
              QStringList());
    EXPECT_EQ(flagged(*english, QString()), QStringList());
}

TEST_F(SpellCheckerTest, ApostrophesStayInsideWords)
{
    EXPECT_EQ(flagged(*english, u"We don't know yet, but it’s being fixed and you're first."_s),
              QStringList());
    EXPECT_EQ(flagged(*english, u"It doesnt work"_s), QStringList{u"doesnt"_s});
    EXPECT_TRUE(english->suggestions(u"doesnt"_s).contains(u"doesn't"_s))
        << shown(english->suggestions(u"doesnt"_s));
    // The typographic apostrophe the agent typed is kept in the suggestion.
    EXPECT_TRUE(english->suggestions(u"doesn’tt"_s).contains(u"doesn’t"_s))
        << shown(english->suggestions(u"doesn’tt"_s));
}

TEST_F(SpellCheckerTest, AddressesHandlesTagsAndPlaceholdersAreNotProse)
{
    const QString text =
        u"Hi @zqxwv and @qwzxv@mastodon.social and @frnl.bsky.social, see "
        "https://fernline.example/hlp?qzx=wvq or fernline.com/zqx, write to zqxv@fernline.example "
        "#frnlnfail {frst_name} {frst_name|thre} {?ordr numbr} please."_s;
    EXPECT_EQ(flagged(*english, text), QStringList());
    // The same gibberish as prose is flagged: the rules above are what kept it quiet.
    EXPECT_EQ(flagged(*english, u"zqxwv frnlnfail ordr"_s),
              (QStringList{u"zqxwv"_s, u"frnlnfail"_s, u"ordr"_s}));
}

TEST_F(SpellCheckerTest, NumbersAcronymsAndEmojiAreNotProse)
{
    EXPECT_EQ(
        flagged(*english,
                u"Order 12345, the 3rd box, code ZK4Q9 and abc123 🙂🙃 👨‍👩‍👧"_s),
        QStringList());
    EXPECT_EQ(flagged(*english, u"Our QZX and NHSQW teams read the FAQs."_s), QStringList());
    // Six capitals are a word shouted, not an acronym, and are checked.
    EXPECT_EQ(flagged(*english, u"SORRY, QWZXRT"_s), QStringList{u"QWZXRT"_s});
}

TEST_F(SpellCheckerTest, SuggestionsOfferTheObviousFix)
{
    const QStringList receive = english->suggestions(u"recieve"_s);
    ASSERT_FALSE(receive.isEmpty());
    EXPECT_EQ(receive.first(), u"receive"_s) << shown(receive);
    EXPECT_TRUE(english->suggestions(u"Thnks"_s).contains(u"Thanks"_s))
        << shown(english->suggestions(u"Thnks"_s));
    EXPECT_LE(english->suggestions(u"ab"_s).size(), SpellChecker::maxSuggestions);
}

TEST_F(SpellCheckerTest, GermanUmlautsWithTheGermanDictionary)
{
    EXPECT_EQ(flagged(*german, u"Vielen Dank für Ihre Geduld. Wir melden uns über das Büro, "
                               "mit freundlichen Grüßen."_s),
              QStringList());
    const QString text = u"Entschuldigen Sie die Verzögerng 🙏 beim Versnd."_s;
    const QList<WordSpan> spans = german->misspelledWords(text);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0].start, 22);
    EXPECT_EQ(spans[0].word, u"Verzögerng"_s);
    EXPECT_EQ(spans[1].start, text.indexOf(u"Versnd"));
    EXPECT_TRUE(german->suggestions(u"Verzögerng"_s).contains(u"Verzögerung"_s))
        << shown(german->suggestions(u"Verzögerng"_s));
    EXPECT_TRUE(german->suggestions(u"Buro"_s).contains(u"Büro"_s))
        << shown(german->suggestions(u"Buro"_s));
    // The English dictionary does not know German; the German one knows its abbreviations.
    EXPECT_EQ(flagged(*english, u"Geduld"_s), QStringList{u"Geduld"_s});
    EXPECT_EQ(flagged(*german, u"Bitte nennen Sie uns z.B. die Bestell-Nr. Ihres Pakets."_s),
              QStringList());
}

TEST(SpellChecker, ALatin1DictionaryGetsLatin1AndAnswersInUnicode)
{
    test::TempFolder folder;
    writeLatin1(folder.path(u"xx_XX.aff"_s), u"SET ISO8859-1\nTRY ßüeasrt\n"_s);
    writeLatin1(folder.path(u"xx_XX.dic"_s), u"3\nGrüße\nStraße\nund\n"_s);
    SpellChecker checker(u"xx_XX"_s, {folder.path({})});
    ASSERT_EQ(checker.problem(), QString()) << checker.problem().toStdString();

    EXPECT_EQ(flagged(checker, u"Grüße und Straße"_s), QStringList());
    EXPECT_EQ(flagged(checker, u"Grüße und Strase"_s), QStringList{u"Strase"_s});
    EXPECT_TRUE(checker.suggestions(u"Strase"_s).contains(u"Straße"_s))
        << shown(checker.suggestions(u"Strase"_s));
    // Cyrillic is not in Latin-1, so this dictionary cannot judge the word.
    EXPECT_EQ(flagged(checker, u"Привет und"_s), QStringList());
}

TEST(SpellChecker, AMissingDictionarySaysWhatAndWhereAndFlagsNothing)
{
    test::TempFolder folder;
    const QString empty = folder.path(u"dictionaries"_s);
    ASSERT_TRUE(QDir().mkpath(empty));
    SpellChecker checker(u"fr_FR"_s, {empty, folder.path(u"elsewhere"_s)});
    EXPECT_FALSE(checker.problem().isEmpty());
    EXPECT_TRUE(checker.problem().contains(u"fr_FR"_s)) << checker.problem().toStdString();
    EXPECT_TRUE(checker.problem().contains(empty)) << checker.problem().toStdString();
    EXPECT_TRUE(checker.problem().contains(folder.path(u"elsewhere"_s)))
        << checker.problem().toStdString();
    EXPECT_EQ(flagged(checker, u"zqxwv qwzxv"_s), QStringList());
    EXPECT_EQ(checker.suggestions(u"zqxwv"_s), QStringList());
}

TEST(SpellChecker, ALanguageNameNeverReachesOutsideTheFolders)
{
    SpellChecker checker(u"../hunspell/en_US"_s);
    EXPECT_FALSE(checker.problem().isEmpty());
    EXPECT_TRUE(checker.problem().contains(u"../hunspell/en_US"_s))
        << checker.problem().toStdString();
}

TEST(SpellChecker, WorkspaceWordsAreAcceptedAndSuggested)
{
    SpellChecker checker(u"en_US"_s);
    ASSERT_EQ(checker.problem(), QString());
    EXPECT_EQ(flagged(checker, u"Fernline"_s), QStringList{u"Fernline"_s});

    checker.setWorkspaceWords({u"Fernline"_s, u"Glowdeck"_s});
    EXPECT_EQ(flagged(checker, u"Fernline and the FERNLINE Glowdeck"_s), QStringList());
    EXPECT_TRUE(checker.suggestions(u"Fernlin"_s).contains(u"Fernline"_s))
        << shown(checker.suggestions(u"Fernlin"_s));

    // A workspace that drops a name gets the underline back; a word added in this session stays.
    checker.addWord(u"Glowdeck"_s);
    checker.setWorkspaceWords({});
    EXPECT_EQ(flagged(checker, u"Fernline Glowdeck"_s), QStringList{u"Fernline"_s});
}
