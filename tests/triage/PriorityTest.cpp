// SPDX-License-Identifier: Apache-2.0
// Priorities a lead can read and change: the reasons add up, weights are settings, and a
// mistyped weight is refused with the key named.
#include "cases/Priority.h"
#include "cases/CaseReading.h"
#include "listening/MentionReader.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <numeric>

using namespace earshot;

TEST(PriorityTest, ReasonsAddUpToTheScoreLargestFirst)
{
    PrioritySignals signals;
    signals.risks = riskFlag(Risk::LegalThreat) | riskFlag(Risk::Churn);
    signals.category = Category::Complaint;
    signals.sentiment = Sentiment::VeryNegative;
    signals.influencer = true;
    signals.waitingMs = 5 * 3600 * 1000;
    const PriorityBreakdown breakdown = scorePriority(signals, PriorityWeights());
    const int sum = std::accumulate(breakdown.reasons.begin(), breakdown.reasons.end(), 0,
                                    [](int s, const PriorityReason &r) { return s + r.points; });
    EXPECT_EQ(breakdown.total, std::min(sum, 100));
    ASSERT_FALSE(breakdown.reasons.empty());
    EXPECT_EQ(breakdown.reasons.front().key, QStringLiteral("risk.legal"));
    for (std::size_t i = 1; i < breakdown.reasons.size(); ++i)
        EXPECT_GE(std::abs(breakdown.reasons[i - 1].points), std::abs(breakdown.reasons[i].points));
    const QString text = priorityReasonsText(breakdown);
    EXPECT_TRUE(text.contains(QStringLiteral("Legal threat +25"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Waiting 5 h +10"))) << text.toStdString();
}

TEST(PriorityTest, ScoresStayBetweenZeroAndHundred)
{
    PrioritySignals spam;
    spam.category = Category::Spam;
    spam.employee = true;
    EXPECT_EQ(scorePriority(spam, PriorityWeights()).total, 0);
    PrioritySignals everything;
    everything.risks = 0x7f;
    everything.category = Category::Claim;
    everything.sentiment = Sentiment::VeryNegative;
    everything.vip = everything.influencer = everything.direct = everything.needsReply = true;
    everything.waitingMs = 100LL * 3600 * 1000;
    EXPECT_EQ(scorePriority(everything, PriorityWeights()).total, 100);
}

TEST(PriorityTest, AScamInOurNameOutranksAnOrdinaryComplaint)
{
    // Nobody should answer it as a customer, but someone should act on it before it spreads.
    PrioritySignals scam;
    scam.category = Category::Spam;
    scam.risks = riskFlag(Risk::Scam);
    scam.direct = true;
    PrioritySignals complaint;
    complaint.category = Category::Complaint;
    complaint.sentiment = Sentiment::Negative;
    complaint.direct = complaint.needsReply = true;
    const PriorityBreakdown breakdown = scorePriority(scam, PriorityWeights());
    EXPECT_GT(breakdown.total, scorePriority(complaint, PriorityWeights()).total);
    EXPECT_TRUE(priorityReasonsText(breakdown).contains(QStringLiteral("Scam posing as us +70")));
}

TEST(PriorityTest, WeightsAreSettingsAndTyposAreRefusedByName)
{
    QString error;
    const auto weights =
        PriorityWeights::fromJson(nlohmann::json{{"risk.legal", 40}, {"vip", 0}}, &error);
    ASSERT_TRUE(weights) << error.toStdString();
    EXPECT_EQ(weights->points(QStringLiteral("risk.legal")), 40);
    EXPECT_EQ(weights->points(QStringLiteral("vip")), 0);
    EXPECT_EQ(weights->points(QStringLiteral("risk.churn")),
              PriorityWeights().points(QStringLiteral("risk.churn")));

    EXPECT_FALSE(PriorityWeights::fromJson(nlohmann::json{{"risk.legl", 40}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"risk.legl\""))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("risk.legal"))) << error.toStdString();
    EXPECT_FALSE(PriorityWeights::fromJson(nlohmann::json{{"vip", 300}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"vip\""))) << error.toStdString();
    EXPECT_FALSE(PriorityWeights::fromJson(nlohmann::json{{"vip", "high"}}, &error));
    EXPECT_FALSE(PriorityWeights::fromJson(nlohmann::json::array(), &error));
}

TEST(CaseReadingTest, AWaitingCaseKeepsItsFeelingThroughANudgeAndEveryRisk)
{
    MentionReading outage;
    outage.sentiment.label = Sentiment::VeryNegative;
    outage.category.category = Category::Complaint;
    outage.needsReply.needsReply = true;
    outage.risks.flags = riskFlag(Risk::Churn);
    const CaseReading first = firstCaseReading(outage, 1000);

    MentionReading nudge; // "hello??": neutral, a question
    nudge.sentiment.label = Sentiment::Neutral;
    nudge.category.category = Category::Question;
    const CaseReading waiting = mergeCaseReading(first, nudge, 2000);
    EXPECT_EQ(waiting.sentiment, Sentiment::VeryNegative);
    EXPECT_EQ(waiting.category, Category::Complaint);
    EXPECT_TRUE(waiting.needsReply);
    EXPECT_EQ(waiting.risks, riskFlag(Risk::Churn));
    EXPECT_EQ(waiting.waitingSinceMs, 1000);

    // After our reply the thank-you decides how the customer feels now (relief in a complaint
    // reads neutral, not positive); the conversation stays a complaint; risks stay with the case.
    CaseReading answered = waiting;
    answered.waitingSinceMs.reset();
    MentionReading thanks;
    thanks.sentiment.label = Sentiment::Positive;
    thanks.category.category = Category::Praise;
    thanks.emotion.emotion = Emotion::Gratitude;
    const CaseReading after = mergeCaseReading(answered, thanks, 3000);
    EXPECT_EQ(after.sentiment, Sentiment::Neutral);
    EXPECT_EQ(after.category, Category::Complaint);
    EXPECT_EQ(after.emotion, Emotion::Gratitude);
    EXPECT_EQ(after.waitingSinceMs, 3000);
    EXPECT_EQ(after.risks, riskFlag(Risk::Churn));

    // A more pressing message moves the category: money asked for after a complaint.
    MentionReading claim;
    claim.sentiment.label = Sentiment::Negative;
    claim.category.category = Category::Claim;
    EXPECT_EQ(mergeCaseReading(after, claim, 4000).category, Category::Claim);
    EXPECT_EQ(mergeCaseReading(after, claim, 4000).sentiment, Sentiment::Negative);
}

// Issue 17's example, read by the whole reader: an 81-year-old's phone is dead, then they thank
// us. The case reads "Neutral · Complaint · Gratitude" with no safety risk.
TEST(CaseReadingTest, ACaseIsReadAsAWholeConversation)
{
    const MentionReader reader;
    const MentionReading first = reader.read(
        QStringLiteral("@GridPower hello, I am 81 and my telephone does not work since the "
                       "storm. I cannot ring my daughter. Please can someone help"));
    CaseReading reading = firstCaseReading(first, 1000);
    EXPECT_EQ(reading.category, Category::Complaint);
    reading.waitingSinceMs.reset(); // we answered
    const MentionReading second = reader.read(
        QStringLiteral("Thank you for replying so quickly. The engineer came and it works now. "
                       "Please tell my daughter I am alright."));
    const CaseReading whole = mergeCaseReading(reading, second, 2000);
    EXPECT_EQ(whole.sentiment, Sentiment::Neutral);
    EXPECT_EQ(whole.category, Category::Complaint);
    EXPECT_EQ(whole.emotion, Emotion::Gratitude);
    EXPECT_FALSE(hasRisk(whole.risks, Risk::Safety))
        << riskKeys(whole.risks).join(u',').toStdString();
}

TEST(CaseReadingTest, AnAgentsCorrectionOutlivesTheCustomerWritingAgain)
{
    CaseReading corrected;
    corrected.sentiment = Sentiment::Negative;
    corrected.category = Category::Claim;
    corrected.corrected = CorrectedSentiment | CorrectedCategory;
    MentionReading praise;
    praise.sentiment.label = Sentiment::VeryPositive;
    praise.category.category = Category::Praise;
    const CaseReading merged = mergeCaseReading(corrected, praise, 10);
    EXPECT_EQ(merged.sentiment, Sentiment::Negative);
    EXPECT_EQ(merged.category, Category::Claim);
}

// A case read before (a workspace from an earlier Earshot, or one whose reading was never stored)
// takes any reading; a waiting case keeps its emotion until a message with one comes.
TEST(CaseReadingTest, NothingReadYetLosesToAnyReadingAndEmotionsWaitForAnother)
{
    CaseReading unread;
    unread.waitingSinceMs = 5;
    MentionReading calm;
    calm.sentiment.label = Sentiment::VeryPositive;
    calm.category.category = Category::Spam;
    const CaseReading read = mergeCaseReading(unread, calm, 10);
    EXPECT_EQ(read.sentiment, Sentiment::VeryPositive);
    EXPECT_EQ(read.category, Category::Spam);
    EXPECT_EQ(read.emotion, Emotion::None);
    EXPECT_EQ(storedKey(read.emotion), QString()); // stored as NULL

    MentionReading angry = calm;
    angry.emotion.emotion = Emotion::Anger;
    const CaseReading withAnger = mergeCaseReading(read, angry, 20);
    EXPECT_EQ(withAnger.emotion, Emotion::Anger);
    const CaseReading stillAngry = mergeCaseReading(withAnger, calm, 30);
    EXPECT_EQ(stillAngry.emotion, Emotion::Anger);
    EXPECT_EQ(storedKey(stillAngry.emotion), QStringLiteral("anger"));
    EXPECT_EQ(storedKey(stillAngry.sentiment), QStringLiteral("very positive"));
    EXPECT_EQ(storedKey(std::optional<Category>()), QString());
}

TEST(PriorityTest, TheFastTotalAgreesWithTheReasons)
{
    // The ingest stores priorityTotal; the case desk shows scorePriority: they must not differ.
    QString error;
    const auto changed = PriorityWeights::fromJson(
        nlohmann::json{{"risk.press", 40}, {"category.claim", -5}, {"customer", 30}}, &error);
    ASSERT_TRUE(changed);
    for (const PriorityWeights &weights : {PriorityWeights(), *changed}) {
        for (std::uint32_t bits = 0; bits < 4096; bits += 37) {
            PrioritySignals s;
            s.risks = (bits & 0x3f) | (bits % 3 == 0 ? riskFlag(Risk::Scam) : 0);
            s.category = allCategories()[int(bits % 7)];
            s.sentiment = Sentiment(int(bits % 5));
            s.needsReply = bits & 64;
            s.direct = bits & 128;
            s.vip = bits & 256;
            s.influencer = bits & 512;
            s.customer = bits & 1024;
            s.prospect = bits & 2048;
            s.employee = bits % 11 == 0;
            s.waitingMs = std::int64_t(bits % 50) * 3600 * 1000;
            const PriorityBreakdown breakdown = scorePriority(s, weights);
            EXPECT_EQ(priorityTotal(s, weights), breakdown.total) << bits;
            int sum = 0;
            for (const PriorityReason &reason : breakdown.reasons)
                sum += reason.points;
            EXPECT_EQ(breakdown.total, std::clamp(sum, 0, 100)) << bits;
        }
    }
}
