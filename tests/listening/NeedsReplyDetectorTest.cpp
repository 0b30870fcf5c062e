// SPDX-License-Identifier: Apache-2.0
#include "listening/NeedsReplyDetector.h"
#include "listening/CategoryClassifier.h"
#include "listening/RiskDetector.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

NeedsReplyReading needsReply(const QString &text, double sentiment = 0,
                             const QString &lang = u"en"_s)
{
    SentimentReading s;
    s.score = sentiment;
    s.label = sentimentFromScore(sentiment);
    const CategoryReading category =
        CategoryClassifier().read(text, lang, s, RiskDetector().read(text, lang));
    return NeedsReplyDetector().read(text, lang, category);
}

} // namespace

TEST(NeedsReplyDetectorTest, QuestionsRequestsAndComplaintsNeedOne)
{
    EXPECT_TRUE(needsReply(u"how do I reset my router?"_s).needsReply);
    EXPECT_TRUE(needsReply(u"@TelcoHelp please help, no internet since Monday"_s, -0.4).needsReply);
    EXPECT_TRUE(needsReply(u"@ShopMart I want a refund"_s, -0.3).needsReply);
    EXPECT_TRUE(needsReply(u"@brand still no answer??"_s, -0.3).needsReply);
    EXPECT_TRUE(needsReply(u"@brand still no answer"_s).needsReply);
    // Time gone by since a promise is a chase, however calmly said.
    EXPECT_TRUE(
        needsReply(u"@brand I was told my case was escalated. That was 3 weeks ago."_s).needsReply);
    EXPECT_FALSE(needsReply(u"bought the router three weeks ago and love it"_s, 0.7).needsReply);
    // Asking to be put through is asking, without a question mark.
    EXPECT_TRUE(needsReply(u"Your chat bot is going round in circles. Let me speak to a human."_s)
                    .needsReply);
    EXPECT_TRUE(needsReply(u"I will be reporting this to the ombudsman."_s).needsReply);
    // Sarcasm shaped like a suggestion.
    EXPECT_TRUE(
        needsReply(u"@brand would be great if someone actually replied"_s, -0.6).needsReply);
}

TEST(NeedsReplyDetectorTest, PraiseObservationsAndSpamNeedNone)
{
    EXPECT_FALSE(needsReply(u"love you guys!"_s, 0.8).needsReply);
    EXPECT_FALSE(needsReply(u"Boarding now with @FlyAir, off to Rome"_s).needsReply);
    EXPECT_FALSE(needsReply(u"follow me, check out my page bit.ly/x #deal"_s).needsReply);
}

TEST(NeedsReplyDetectorTest, ResolvedNeedsNone)
{
    const NeedsReplyReading r = needsReply(u"thanks, sorted now"_s, 0.5);
    EXPECT_FALSE(r.needsReply);
    EXPECT_TRUE(r.cues.contains(u"sorted now"_s));
    EXPECT_FALSE(needsReply(u"danke, funktioniert wieder"_s, 0.5, u"de"_s).needsReply);
    // Resolved, then a new question: it needs one.
    EXPECT_TRUE(needsReply(u"sorted now, but how do I stop it happening again?"_s).needsReply);
}

TEST(NeedsReplyDetectorTest, IndependentOfHowPositiveItIs)
{
    EXPECT_TRUE(needsReply(u"you're the best, can you check my line for me?"_s, 0.9).needsReply);
    EXPECT_FALSE(needsReply(u"you're the best"_s, 0.9).needsReply);
}

TEST(NeedsReplyDetectorTest, OddText)
{
    EXPECT_FALSE(needsReply(u""_s).needsReply);
    EXPECT_FALSE(needsReply(u"😀😀😀"_s).needsReply);
    EXPECT_FALSE(needsReply(u"https://example.com"_s).needsReply);
}
