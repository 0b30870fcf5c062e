// SPDX-License-Identifier: Apache-2.0
#include "listening/MentionReader.h"

#include "listening/SentimentModel.h"

namespace earshot {

MentionReader::MentionReader() = default;

void MentionReader::setLearnedModels(LearnedModels models)
{
    m_learned = std::move(models);
}

MentionReading MentionReader::read(QStringView text, const QString &langHint) const
{
    MentionReading reading;
    reading.language = m_language.detect(text);
    // Word lists depend on the language; the network's tag helps only where the text is too
    // short to tell (its tags are often the account's default, not the post's language).
    const QString lang = reading.language.code.isEmpty() ? langHint : reading.language.code;
    reading.read = languageIsRead(lang);
    if (!reading.read && reading.language.code.isEmpty())
        reading.language.code = lang; // too short to tell: the network's tag says which

    reading.sentiment = m_sentiment.read(text, lang);
    if (SentimentModel::trainedFor(lang)) {
        if (const SentimentModel *model = SentimentModel::builtIn())
            reading.sentiment = model->read(text, lang, reading.sentiment);
    }
    if (m_learned.sentiment)
        reading.sentiment = m_learned.sentiment->blend(text, reading.sentiment);
    reading.emotion = m_emotion.read(text, lang);
    reading.risks = m_risks.read(text, lang);

    const AbuseReading abuse = m_abuse.read(text, lang);
    if (abuse.abusive && abuse.directedAtSomeone) {
        reading.risks.flags |= riskFlag(Risk::StaffAbuse);
        reading.risks.cues += abuse.cues;
    }

    reading.category = m_category.read(text, lang, reading.sentiment, reading.risks);
    if (m_learned.category)
        reading.category = m_learned.category->blend(text, reading.category);
    reading.needsReply = m_needsReply.read(text, lang, reading.category);
    return reading;
}

} // namespace earshot
