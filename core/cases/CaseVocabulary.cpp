// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseVocabulary.h"

#include "Tr.h"

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

QStringList agentSettableStatuses()
{
    return {u"open"_s, u"pending"_s, u"snoozed"_s, u"resolved"_s, u"closed"_s};
}

bool isAgentSettableStatus(const QString &status)
{
    return agentSettableStatuses().contains(status);
}

QStringList sentimentKeys()
{
    return {u"very negative"_s, u"negative"_s, u"neutral"_s, u"positive"_s, u"very positive"_s};
}

bool isSentiment(const QString &key)
{
    return sentimentKeys().contains(key);
}

QString sentimentTitle(const QString &key)
{
    if (key == u"very negative")
        return Tr::tr("Very negative");
    if (key == u"negative")
        return Tr::tr("Negative");
    if (key == u"neutral")
        return Tr::tr("Neutral");
    if (key == u"positive")
        return Tr::tr("Positive");
    if (key == u"very positive")
        return Tr::tr("Very positive");
    return key;
}

QStringList categoryKeys()
{
    return {u"complaint"_s, u"claim"_s,       u"question"_s, u"praise"_s,
            u"feedback"_s,  u"observation"_s, u"spam"_s};
}

bool isCategory(const QString &key)
{
    return categoryKeys().contains(key);
}

QString categoryTitle(const QString &key)
{
    if (key == u"complaint")
        return Tr::tr("Complaint");
    if (key == u"claim")
        return Tr::tr("Claim");
    if (key == u"question")
        return Tr::tr("Question");
    if (key == u"praise")
        return Tr::tr("Praise");
    if (key == u"feedback")
        return Tr::tr("Feedback");
    if (key == u"observation")
        return Tr::tr("Observation");
    if (key == u"spam")
        return Tr::tr("Spam");
    return key;
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
