// SPDX-License-Identifier: Apache-2.0
#include "ingest/ReadBeforeWriting.h"

namespace earshot {

void readBeforeWriting(const MentionReader &reader, Mention &mention)
{
    mention.reading = reader.read(mention.text, mention.lang);
    MentionReading &reading = *mention.reading;
    for (QStringList *cues :
         {&reading.sentiment.cues, &reading.emotion.cues, &reading.category.cues,
          &reading.needsReply.cues, &reading.risks.cues})
        cues->clear();
}

} // namespace earshot
