// SPDX-License-Identifier: Apache-2.0
#include "replies/MentionPrefix.h"

#include "platforms/PlatformTraits.h"

#include <QRegularExpression>

namespace earshot {

using namespace Qt::StringLiterals;

MentionPrefix::MentionPrefix(const QString &platform, const QString &handle,
                             const QString &homeInstance)
    : m_homeInstance(homeInstance.trimmed().toLower())
{
    QString bare = handle.trimmed();
    while (bare.startsWith(u'@'))
        bare.remove(0, 1);
    const MentionPrefixRule rule = platformTraits(platform).prefix;
    if (bare.isEmpty() || rule == MentionPrefixRule::None)
        return;
    if (rule == MentionPrefixRule::FullAddress) {
        const qsizetype at = bare.indexOf(u'@');
        m_user = at < 0 ? bare : bare.left(at);
        m_domain = at < 0 ? m_homeInstance : bare.mid(at + 1).toLower();
        // The full address reaches the person from any instance the reply is federated to.
        m_prefix = u'@' + m_user + (m_domain.isEmpty() ? QString() : u'@' + m_domain) + u' ';
        return;
    }
    m_user = bare;
    m_prefix = u'@' + m_user + u' ';
}

bool MentionPrefix::mentions(const QString &word) const
{
    const qsizetype at = word.indexOf(u'@', 1);
    const QString user = at < 0 ? word.mid(1) : word.mid(1, at - 1);
    if (user.compare(m_user, Qt::CaseInsensitive) != 0)
        return false;
    if (m_domain.isEmpty())
        return true;
    // "@anna" without a domain means the person on the brand's own instance.
    if (at < 0)
        return m_domain == m_homeInstance;
    return word.mid(at + 1).compare(m_domain, Qt::CaseInsensitive) == 0;
}

bool MentionPrefix::isPresentIn(const QString &draft) const
{
    if (m_prefix.isEmpty())
        return true;
    static const QRegularExpression leadingMention(u"\\G\\s*(@[\\w.-]+(?:@[\\w.-]*\\w)?)"_s,
                                                   QRegularExpression::UseUnicodePropertiesOption);
    qsizetype pos = 0;
    for (;;) {
        const auto match = leadingMention.match(draft, pos);
        if (!match.hasMatch())
            return false;
        QString word = match.captured(1);
        while (word.endsWith(u'.'))
            word.chop(1);
        if (mentions(word))
            return true;
        pos = match.capturedEnd();
    }
}

QString MentionPrefix::applyTo(const QString &draft) const
{
    if (isPresentIn(draft))
        return draft;
    qsizetype firstText = 0;
    while (firstText < draft.size() && draft.at(firstText).isSpace())
        ++firstText;
    return m_prefix + draft.mid(firstText);
}

} // namespace earshot
