// SPDX-License-Identifier: Apache-2.0
#include "listening/RiskDetector.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

QStringList risks(const QString &text, const QString &lang = u"en"_s)
{
    return riskKeys(RiskDetector().read(text, lang).flags);
}

} // namespace

TEST(RiskDetectorTest, FlagsEachKindOfRisk)
{
    EXPECT_EQ(risks(u"@ShopMart I'll take you to small claims court"_s), QStringList{u"legal"_s});
    EXPECT_EQ(risks(u"I'm going to sue you for this"_s), QStringList{u"legal"_s});
    EXPECT_EQ(risks(u"cancelling my contract and switching to Vodafone"_s),
              QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"my router started sparking and there was smoke"_s), QStringList{u"safety"_s});
    EXPECT_EQ(risks(u"possible gas leak after your engineer visit"_s), QStringList{u"safety"_s});
    EXPECT_EQ(risks(u"thinking of getting the unlimited plan, how much is it?"_s),
              QStringList{u"purchase"_s});
    EXPECT_EQ(risks(u"I've written to the ombudsman and a journalist at the Guardian"_s),
              QStringList{u"press"_s});
    EXPECT_EQ(risks(u"complaint going to Ofcom"_s), QStringList{u"press"_s});
    // A regulator named in a post that names neither its writer nor us is news.
    EXPECT_TRUE(risks(u"Ofcom fines Acme over slow broadband speeds, regulator says"_s).isEmpty());
    EXPECT_EQ(
        risks(u"Outage compensation is LIVE, claim in 2 minutes → fernline-refunds.example"_s),
        QStringList{u"scam"_s});
    EXPECT_EQ(risks(u"Don't miss out! Claim your refund now at refunds.example"_s),
              QStringList{u"scam"_s});
    EXPECT_EQ(risks(u"Our piece on yesterday's double direct debits is up"_s),
              QStringList{u"press"_s});
}

TEST(RiskDetectorTest, CuesQuoteTheText)
{
    const RiskReading r =
        RiskDetector().read(u"Contacting my LAWYER and the BBC about this"_s, u"en"_s);
    EXPECT_EQ(riskKeys(r.flags), (QStringList{u"legal"_s, u"press"_s}));
    EXPECT_EQ(r.cues, (QStringList{u"LAWYER"_s, u"BBC"_s}));
}

TEST(RiskDetectorTest, NegatedPhrasesRaiseNothing)
{
    EXPECT_TRUE(risks(u"I'm not going to cancel, just tell me why the fee went up"_s).isEmpty());
    EXPECT_TRUE(risks(u"I won't sue you, I just want it fixed"_s).isEmpty());
    EXPECT_TRUE(risks(u"no smoke, no sparks, it just won't turn on"_s).isEmpty());
}

// A conditional threat is still a threat an agent must see before replying.
TEST(RiskDetectorTest, DontMakeMeCallMyLawyerIsALegalThreat)
{
    EXPECT_EQ(risks(u"don't make me call my lawyer"_s), QStringList{u"legal"_s});
}

TEST(RiskDetectorTest, German)
{
    EXPECT_EQ(risks(u"Ich schalte jetzt meinen Anwalt ein"_s, u"de"_s), QStringList{u"legal"_s});
    EXPECT_EQ(risks(u"Ich will meinen Vertrag kündigen und wechsle zu O2"_s, u"de"_s),
              QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"Rauch aus dem Ladegerät!"_s, u"de"_s), QStringList{u"safety"_s});
    EXPECT_EQ(risks(u"Beschwerde bei der Verbraucherzentrale und der BNetzA"_s, u"de"_s),
              QStringList{u"press"_s});
    EXPECT_EQ(risks(u"Was kostet der Tarif, wenn ich zu euch wechsle?"_s, u"de"_s),
              QStringList{u"purchase"_s});
    EXPECT_TRUE(risks(u"Ich werde nicht kündigen, keine Sorge"_s, u"de"_s).isEmpty());
    EXPECT_TRUE(risks(u"Ich brauche kein Anwalt dafür"_s, u"de"_s).isEmpty());
    EXPECT_TRUE(risks(u"Ich kündige meinen Vertrag nicht"_s, u"de"_s).isEmpty());
    EXPECT_EQ(risks(u"Ich überlege, zu einem anderen Anbieter zu wechseln."_s, u"de"_s),
              QStringList{u"churn"_s});
    // Arriving from another provider is a new customer, not a goodbye.
    EXPECT_TRUE(risks(u"Ich komme von einem anderen Anbieter zu euch"_s, u"de"_s)
                    .filter(u"churn"_s)
                    .isEmpty());
    EXPECT_EQ(risks(u"Meine Mutter ist 85 und hat seit gestern kein Telefon, sie hat einen "
                    u"Hausnotruf."_s,
                    u"de"_s),
              QStringList{u"safety"_s});
}

TEST(RiskDetectorTest, ANewCustomerIsNoChurn)
{
    EXPECT_TRUE(risks(u"Just switched to @TelcoHelp, signal is great"_s).isEmpty());
}

TEST(RiskDetectorTest, ChangingPlansIsNoChurn)
{
    EXPECT_TRUE(risks(u"switched to the 60gb plan, panic officially cancelled"_s).isEmpty());
    EXPECT_TRUE(risks(u"switching to your app for the bill from now on"_s).isEmpty());
    EXPECT_EQ(risks(u"fed up, switching to Vodafone next month"_s), QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"I'm switching to a cheaper provider"_s), QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"switched to the competition, bye"_s), QStringList{u"churn"_s});
}

// A vulnerable customer cut off cannot call for help: the lead sees it as a safety matter.
TEST(RiskDetectorTest, AVulnerableCustomerCutOffIsASafetyMatter)
{
    EXPECT_EQ(risks(u"I'm disabled and rely on my landline, it's been dead for 5 days"_s),
              QStringList{u"safety"_s});
    EXPECT_EQ(risks(u"my dad is housebound and his care alarm needs the line"_s),
              QStringList{u"safety"_s});
    EXPECT_TRUE(risks(u"I rely on my phone for work, the signal keeps dropping"_s).isEmpty());
    EXPECT_EQ(risks(u"My elderly dad has no phone line and he has a pacemaker monitor"_s),
              QStringList{u"safety"_s});
    EXPECT_EQ(risks(u"power cut for 6 hours and mum's oxygen concentrator is on battery"_s),
              QStringList{u"safety"_s});
    EXPECT_TRUE(risks(u"my elderly dad loves the new channels"_s).isEmpty());
    EXPECT_TRUE(risks(u"the heart monitor on my new watch is spot on"_s).isEmpty());
}

// Before the decision is the moment to keep a customer: the sideways ways of saying it count.
TEST(RiskDetectorTest, ThinkingOfLeavingIsChurn)
{
    EXPECT_EQ(risks(u"third bill error this year, seriously considering leaving"_s),
              QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"tempted to go elsewhere tbh, thinking of cancelling"_s),
              QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"shopping around for other providers now, this is a joke"_s),
              QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"any chance of a discount? the competition offers double the speed"_s),
              QStringList{u"churn"_s});
    EXPECT_EQ(risks(u"I can get the same package cheaper elsewhere"_s), QStringList{u"churn"_s});
    EXPECT_TRUE(risks(u"considering switching to your fibre plan, is it worth it?"_s)
                    .filter(u"churn"_s)
                    .isEmpty());
    EXPECT_TRUE(risks(u"I'm not thinking of leaving, just want this fixed"_s).isEmpty());
}

TEST(RiskDetectorTest, OddTextRaisesNothing)
{
    EXPECT_TRUE(risks(u""_s).isEmpty());
    EXPECT_TRUE(risks(u"https://example.com/fire-sale"_s).isEmpty());
    EXPECT_TRUE(risks(u"🔥🔥🔥"_s).isEmpty());
    EXPECT_TRUE(risks(u"\uFFFD\uFFFD\uFFFD"_s).isEmpty());
    QString longText;
    while (longText.size() < 10000)
        longText += u"waiting and waiting for the engineer. "_s;
    EXPECT_TRUE(risks(longText).isEmpty());
    EXPECT_EQ(risks(longText + u" Then it exploded."_s), QStringList{u"safety"_s});
}

// Using something up fast is said with fire words; it is no danger to anyone.
TEST(RiskDetectorTest, BurningThroughDataIsNoSafetyRisk)
{
    EXPECT_TRUE(
        risks(u"is there a student discount?? i'm burning through 30gb by the 20th"_s).isEmpty());
    EXPECT_TRUE(risks(u"these fees burnt a hole in my pocket"_s).isEmpty());
    // A charger that burns is still one.
    EXPECT_EQ(risks(u"the charger burned my hand"_s), QStringList{u"safety"_s});
}
