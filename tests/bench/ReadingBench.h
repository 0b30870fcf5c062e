// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace earshot::bench {

// How fast one thread reads posts (language, sentiment, emotion, abuse, risks, category,
// needs-a-reply): the whole MentionReader, side by side with CLD2's language detection alone,
// the part no reading can skip. Prints mentions per second, microseconds per post and the ratio.
void benchReading(const QStringList &texts);

// One text a line from `path` (for example real posts), or empty when it cannot be read.
QStringList textsFromFile(const QString &path);

} // namespace earshot::bench
