// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot {

// The words a case is described with, as stored (untranslated) and as shown (translated).

// open, pending, snoozed, resolved, closed: "new" is only where a case starts.
bool isAgentSettableStatus(const QString &status);
QStringList agentSettableStatuses();

// very negative, negative, neutral, positive, very positive
QStringList sentimentKeys();
bool isSentiment(const QString &key);
QString sentimentTitle(const QString &key);

// The triage question of social care: complaint, claim, question, praise, feedback,
// observation, spam.
QStringList categoryKeys();
bool isCategory(const QString &key);
QString categoryTitle(const QString &key);

// A whole number from 0 to 100.
bool isPriority(const QString &value);

// Tags are compared as written here: trimmed, lower case, inner spaces as "-", at most 40
// characters. Empty when nothing of it is a letter or digit.
QString normalizedTag(const QString &text);

} // namespace earshot
