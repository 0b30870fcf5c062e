// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseVocabulary.h"

#include "cases/CaseStatus.h"
#include "listening/Reading.h"

#include <algorithm>

namespace earshot {

QStringList sentimentKeys()
{
    return keysIn(sentimentKeyTable);
}

bool isSentiment(const QString &key)
{
    return sentimentFromKey(key).has_value();
}

QString sentimentTitle(const QString &key)
{
    const std::optional<Sentiment> sentiment = sentimentFromKey(key);
    return sentiment ? sentimentTitle(*sentiment) : key;
}

QStringList categoryKeys()
{
    return keysIn(categoryKeyTable);
}

bool isCategory(const QString &key)
{
    return categoryFromKey(key).has_value();
}

QString categoryTitle(const QString &key)
{
    const std::optional<Category> category = categoryFromKey(key);
    return category ? categoryTitle(*category) : key;
}

QString statusTitle(const QString &key)
{
    const std::optional<CaseStatus> status = caseStatusFromKey(key);
    return status ? statusTitle(*status) : key;
}

bool isPriority(const QString &value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= 0 && number <= 100;
}

QString normalizedTag(const QString &text)
{
    QString tag = text.simplified().toLower();
    tag.replace(u' ', u'-');
    tag.truncate(40);
    const bool meaningful =
        std::any_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return meaningful ? tag : QString();
}

} // namespace earshot
