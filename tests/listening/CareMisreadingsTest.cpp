// SPDX-License-Identifier: Apache-2.0
// The misreadings issue 17 quotes, each as the whole reading (MentionReader) makes it. The texts
// are written here, not taken from tests/data/eval, so the rules are checked on posts they were
// not tuned on.
#include "listening/MentionReader.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

const MentionReader &reader()
{
    static const MentionReader instance;
    return instance;
}

MentionReading read(const QString &text)
{
    return reader().read(text);
}

} // namespace

// Money taken twice or more, or debited for something cancelled, is a claim on us that waits for
// an answer, however few feeling words it carries.
TEST(CareMisreadingsTest, MoneyClaimsAreClaims)
{
    for (const QString &text :
         {u"y'all charged my account 8 times ..... uhhh"_s,
          u"my credit card got debited RM676.90 for an order I cancelled last month"_s,
          u"@Acme you took the payment twice this month, £42.50 each time"_s,
          u"@Acme I was charged £19 for a delivery that never came"_s}) {
        const MentionReading reading = read(text);
        EXPECT_EQ(categoryKey(reading.category.category), u"claim"_s) << qPrintable(text);
        EXPECT_TRUE(reading.needsReply.needsReply) << qPrintable(text);
    }
}

// A customer saying the contract will not be renewed is leaving, whatever the grammar.
TEST(CareMisreadingsTest, ChurnStatementsRaiseChurn)
{
    for (const QString &text : {u"our contract is up and we will not be renewed with you guys"_s,
                                u"we won't be renewing our plan with you next year"_s,
                                u"@Acme not renewing. found a better deal elsewhere"_s}) {
        const MentionReading reading = read(text);
        EXPECT_TRUE(hasRisk(reading.risks.flags, Risk::Churn)) << qPrintable(text);
        EXPECT_NE(reading.category.category, Category::Praise) << qPrintable(text);
    }
}

// News that names a fire, a blaze or a broadcaster is no danger to our customers and no
// journalist on a customer's case.
TEST(CareMisreadingsTest, TopicWordsInNewsRaiseNoRisk)
{
    const MentionReading fire =
        read(u"Fire breaks out at a depot near Acme's head office, nobody hurt, police say"_s);
    EXPECT_FALSE(hasRisk(fire.risks.flags, Risk::Safety)) << qPrintable(fire.risks.cues.join(u'|'));
    const MentionReading cnn = read(u"CNN: Acme shares jump after strong quarterly results"_s);
    EXPECT_FALSE(hasRisk(cnn.risks.flags, Risk::PressOrRegulator))
        << qPrintable(cnn.risks.cues.join(u'|'));
    // A customer who takes a case to the press still raises the flag.
    const MentionReading press =
        read(u"@Acme I've sent my story to CNN, three months and no refund"_s);
    EXPECT_TRUE(hasRisk(press.risks.flags, Risk::PressOrRegulator));
    // And real danger to a customer is still safety.
    const MentionReading smoke = read(u"@Acme the charger you sold me caught fire on my desk"_s);
    EXPECT_TRUE(hasRisk(smoke.risks.flags, Risk::Safety));
}

// "would it kill you to" is an idiom of exasperation, not a threat to an agent.
TEST(CareMisreadingsTest, WouldItKillYouIsNoAbuseOfStaff)
{
    const MentionReading reading =
        read(u"@Acme would it kill you to pick up the phone once in a while"_s);
    EXPECT_FALSE(hasRisk(reading.risks.flags, Risk::StaffAbuse))
        << qPrintable(reading.risks.cues.join(u'|'));
    // Known misreading since the built-in model: the post reads neutral and so an observation
    // needing no reply, though the rules hear "would it kill you" as exasperation (issue 17).
}

// "thanks", "please" and "help" in a complaint are manners, not praise.
TEST(CareMisreadingsTest, CourtesyWordsDoNotUndoAComplaint)
{
    for (const QString &text :
         {u"@Acme thanks for the reply yesterday but my order still has not arrived"_s,
          u"@Acme please help, the app has not let me log in for five days"_s,
          u"@Acme Appreciate your help, however the refund is still not on my card"_s,
          u"Thanks so much @Acme for cancelling my booking without telling me 🙂"_s}) {
        const MentionReading reading = read(text);
        EXPECT_EQ(categoryKey(reading.category.category), u"complaint"_s) << qPrintable(text);
        EXPECT_TRUE(reading.needsReply.needsReply) << qPrintable(text);
    }
}
