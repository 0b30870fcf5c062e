// SPDX-License-Identifier: Apache-2.0
#include "replies/PersonName.h"

#include <QSet>
#include <QStringList>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Forms of address and honours in the languages Earshot's teams answer in, lower case, without a
// full stop. They come before a name and are never one.
bool isTitle(const QString &word)
{
    static const QSet<QString> titles{
        u"mr"_s,   u"mrs"_s,    u"ms"_s,   u"miss"_s, u"mx"_s,   u"dr"_s,   u"prof"_s,
        u"cllr"_s, u"clr"_s,    u"sir"_s,  u"dame"_s, u"lord"_s, u"lady"_s, u"rev"_s,
        u"revd"_s, u"fr"_s,     u"herr"_s, u"frau"_s, u"hr"_s,   u"mme"_s,  u"mlle"_s,
        u"m"_s,    u"sr"_s,     u"sra"_s,  u"srta"_s, u"don"_s,  u"doña"_s, u"dott"_s,
        u"sig"_s,  u"sig.ra"_s, u"capt"_s, u"col"_s,  u"gen"_s,  u"hon"_s};
    QString key = word.toLower();
    while (key.endsWith(u'.'))
        key.chop(1);
    return titles.contains(key);
}

// Letters (with marks), apostrophes and hyphens inside: "Zoë", "O'Brien", "Jean-Luc".
QString lettersOnly(const QString &word)
{
    qsizetype start = 0;
    qsizetype end = word.size();
    while (start < end && !word.at(start).isLetter())
        ++start;
    while (end > start && !word.at(end - 1).isLetter() && !word.at(end - 1).isMark())
        --end;
    const QString core = word.mid(start, end - start);
    for (const QChar c : core) {
        if (!c.isLetter() && !c.isMark() && c != u'\'' && c != u'\u2019' && c != u'-')
            return {};
    }
    return core;
}

// "jturner_88", "@anna", "anna.k": a username written as a name.
bool looksLikeUsername(const QString &word, const QString &handle)
{
    if (word.contains(u'@') || word.contains(u'_') || word.contains(u'.'))
        return true;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    const QString bareHandle = handle.section(u'@', 0, 0).section(u'.', 0, 0);
    return !bareHandle.isEmpty() && word.compare(bareHandle, Qt::CaseInsensitive) == 0
           && word == word.toLower();
}

} // namespace

QString firstNameOf(const QString &displayName, const QString &handle)
{
    const QStringList words = displayName.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (isTitle(word))
            continue;
        if (looksLikeUsername(word, handle))
            return {};
        const QString name = lettersOnly(word);
        if (name.isEmpty())
            continue; // an emoji or a symbol around the name
        // "FERNLINE", "BT": an acronym or a shout, not a first name.
        if (name.size() > 1 && name == name.toUpper() && name != name.toLower())
            return {};
        return name;
    }
    return {};
}

} // namespace earshot
