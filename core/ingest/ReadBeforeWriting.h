// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"
#include "listening/MentionReader.h"

namespace earshot {

// Reads a mention (language, sentiment, category, needs a reply, risks) before it goes to the
// writer, so the writer's transaction holds no classifier. The cues are dropped: they are not
// stored (reading the text again gives them) and would cost the queue memory.
void readBeforeWriting(const MentionReader &reader, Mention &mention);

} // namespace earshot
