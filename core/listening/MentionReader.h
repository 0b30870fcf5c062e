// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/AbuseDetector.h"
#include "listening/CategoryClassifier.h"
#include "listening/EmotionDetector.h"
#include "listening/LanguageDetector.h"
#include "listening/LearnedModel.h"
#include "listening/NeedsReplyDetector.h"
#include "listening/Reading.h"
#include "listening/RiskDetector.h"
#include "listening/SentimentAnalyzer.h"

#include <QStringView>

namespace earshot {

// The whole reading of one mention, as the ingest pipeline and `earshot-cli classify` make it:
// language first (the word lists depend on it), then sentiment, emotion, abuse, category,
// risks and needs-a-reply, then what this workspace's agents taught (LearnedModels).
// read() is const and thread-safe; setLearnedModels() is not: call it between batches.
class MentionReader final {
public:
    MentionReader();

    // langHint: the network's language tag, used only when the text is too short to tell.
    MentionReading read(QStringView text, const QString &langHint = {}) const;

    void setLearnedModels(LearnedModels models);

private:
    LanguageDetector m_language;
    SentimentAnalyzer m_sentiment;
    EmotionDetector m_emotion;
    AbuseDetector m_abuse;
    CategoryClassifier m_category;
    NeedsReplyDetector m_needsReply;
    RiskDetector m_risks;
    LearnedModels m_learned;
};

} // namespace earshot
