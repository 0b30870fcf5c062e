// SPDX-License-Identifier: Apache-2.0
// Outside text kept to itself: direction controls cannot reach past their piece, hidden ones
// are found and shown, and long posts are cut between graphemes.
#include "TestSupport.h"

#include "replies/Graphemes.h"
#include "text/OutsideText.h"

using namespace earshot;

namespace {

const QString rlo = QStringLiteral("\u202e");
const QString pdf = QStringLiteral("\u202c");
const QString fsi = QStringLiteral("\u2068");
const QString pdi = QStringLiteral("\u2069");

TEST(OutsideTextTest, AnOpenOverrideIsClosedInsideTheIsolate)
{
    EXPECT_EQ(isolated(QStringLiteral("Mallory") + rlo),
              fsi + QStringLiteral("Mallory") + rlo + pdf + pdi);
}

TEST(OutsideTextTest, PlainTextIsOnlyWrapped)
{
    EXPECT_EQ(isolated(QStringLiteral("Ada Lovelace")), fsi + QStringLiteral("Ada Lovelace") + pdi);
    EXPECT_EQ(isolated(QString()), fsi + pdi);
}

TEST(OutsideTextTest, AStrayPopCannotCloseOurIsolate)
{
    // A PDI of its own would end our isolate early and let the override after it leak out.
    EXPECT_EQ(isolated(QStringLiteral("a") + pdi + rlo + QStringLiteral("b")),
              fsi + QStringLiteral("a") + rlo + QStringLiteral("b") + pdf + pdi);
    EXPECT_EQ(balancedDirectionControls(pdf + QStringLiteral("x")), QStringLiteral("x"));
}

TEST(OutsideTextTest, BalancedControlsStayAsWritten)
{
    const QString written = QStringLiteral("refund ") + rlo + QStringLiteral("gnp.exe") + pdf
                            + QStringLiteral(" and \u2067עברית\u2069 too");
    EXPECT_EQ(balancedDirectionControls(written), written);
}

TEST(OutsideTextTest, APopDirectionalIsolateClosesTheEmbeddingsInsideIt)
{
    EXPECT_EQ(balancedDirectionControls(QStringLiteral("\u2067a") + rlo + QStringLiteral("b") + pdi
                                        + QStringLiteral("c")),
              QStringLiteral("\u2067a") + rlo + QStringLiteral("b") + pdf + pdi
                  + QStringLiteral("c"));
}

TEST(OutsideTextTest, AnOverrideDoesNotCrossALineBreak)
{
    EXPECT_EQ(balancedDirectionControls(rlo + QStringLiteral("a\nb")),
              rlo + QStringLiteral("a") + pdf + QStringLiteral("\nb"));
}

TEST(OutsideTextTest, FindsEveryHiddenControl)
{
    const QString text =
        QStringLiteral("refund ") + rlo + QStringLiteral("gnp.exe") + pdf
        + QStringLiteral(" re\u200bfund \u2066x\u2069 \u200e\u200f\u061c\u2060\ufeff");
    const QList<qsizetype> found = hiddenControls(text);
    QStringList names;
    for (const qsizetype at : found)
        names.append(hiddenControlName(text.at(at).unicode()));
    EXPECT_EQ(names,
              QStringList({QStringLiteral("RLO"), QStringLiteral("PDF"), QStringLiteral("ZWSP"),
                           QStringLiteral("LRI"), QStringLiteral("PDI"), QStringLiteral("LRM"),
                           QStringLiteral("RLM"), QStringLiteral("ALM"), QStringLiteral("WJ"),
                           QStringLiteral("BOM")}));
}

TEST(OutsideTextTest, JoinersThatShapeWritingAreNotHidden)
{
    // A family emoji, a Persian word with a non-joiner, a Devanagari conjunct with a joiner.
    EXPECT_TRUE(hiddenControls(QStringLiteral("👨\u200d👩\u200d👧")).isEmpty());
    EXPECT_TRUE(hiddenControls(QStringLiteral("می\u200cخواهم")).isEmpty());
    EXPECT_TRUE(hiddenControls(QStringLiteral("क्\u200dष")).isEmpty());
    // Between Latin letters a joiner only hides a word.
    EXPECT_EQ(hiddenControls(QStringLiteral("re\u200dfund")), QList<qsizetype>({2}));
    EXPECT_EQ(hiddenControls(QStringLiteral("\u200d👩")), QList<qsizetype>({0}));
}

TEST(OutsideTextTest, MarkersShowWhatWasHidden)
{
    EXPECT_EQ(withVisibleControls(QStringLiteral("refund ") + rlo + QStringLiteral("gnp.exe") + pdf
                                  + QStringLiteral(" please")),
              QStringLiteral("refund ⟨RLO⟩gnp.exe⟨PDF⟩ please"));
    EXPECT_EQ(withVisibleControls(QStringLiteral("nothing hidden")),
              QStringLiteral("nothing hidden"));
    EXPECT_EQ(hiddenControlMarker(0x200b), QStringLiteral("⟨ZWSP⟩"));
}

TEST(GraphemeCutTest, KeepsShortTextWhole)
{
    EXPECT_EQ(graphemeCut(QStringLiteral("short"), 10), 5);
}

TEST(GraphemeCutTest, NeverSplitsAnEmojiOrAFlag)
{
    // "ab" then a family (8 units) and a flag (4 units).
    const QString text = QStringLiteral("ab👨\u200d👩\u200d👧🇩🇪");
    EXPECT_EQ(graphemeCut(text, 2), 2);
    EXPECT_EQ(graphemeCut(text, 5), 2);
    EXPECT_EQ(graphemeCut(text, 10), 10);
    EXPECT_EQ(graphemeCut(text, 12), 10);
    EXPECT_EQ(graphemeCut(text, 13), 10);
    EXPECT_EQ(graphemeCut(text, 14), 14);
}

TEST(GraphemeCutTest, KeepsABaseWithItsAccent)
{
    EXPECT_EQ(graphemeCut(QStringLiteral("cafe\u0301s"), 4), 3);
}

TEST(GraphemeCutTest, LooksOnlyAtWhatIsKept)
{
    // A megabyte after the cut does not change where it falls.
    const QString text = QStringLiteral("hello world") + QString(1'000'000, QLatin1Char('x'));
    EXPECT_EQ(graphemeCut(text, 5), 5);
}

} // namespace
