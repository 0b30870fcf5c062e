// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot {

// The words a case is described with, as stored (untranslated) and as shown (translated), for
// keys that come as text (a correction's value, a filter, an event's payload). The keys and the
// enums they stand for are in one table each: listening/Reading.h (sentiment, category),
// cases/CaseStatus.h (status).

// very negative, negative, neutral, positive, very positive
QStringList sentimentKeys();
bool isSentiment(const QString &key);
QString sentimentTitle(const QString &key); // the key itself when it is none

// The triage question of social care: complaint, claim, question, praise, feedback,
// observation, spam.
QStringList categoryKeys();
bool isCategory(const QString &key);
QString categoryTitle(const QString &key); // the key itself when it is none

// The title of a status key (the key itself when it is none).
QString statusTitle(const QString &key);

// A whole number from 0 to 100.
bool isPriority(const QString &value);

// Tags are compared as written here: trimmed, lower case, inner spaces as "-", at most 40
// characters. Empty when nothing of it is a letter or digit.
QString normalizedTag(const QString &text);

} // namespace earshot
