// SPDX-License-Identifier: Apache-2.0
#include "replies/LinkFinder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

bool isPathChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u > 0x20 && u < 0x7f)
        return !QStringView(u"<>\"{}|\\^`").contains(c);
    // Accented Latin and Cyrillic paths are linked; other scripts end the link, so a Chinese
    // sentence written straight after an address is not swallowed by it.
    return (u >= 0xc0 && u <= 0x24f) || (u >= 0x400 && u <= 0x4ff);
}

bool isAuthorityChar(QChar c)
{
    return isPathChar(c) && !QStringView(u"/?#").contains(c);
}

bool isTrailingPunctuation(QChar c)
{
    return QStringView(u".,;:!?'\"*").contains(c);
}

// Drops what a person writes after an address rather than as part of it.
qsizetype trimmedEnd(const QString &text, qsizetype start, qsizetype end)
{
    while (end > start) {
        const QChar last = text.at(end - 1);
        if (isTrailingPunctuation(last)) {
            --end;
            continue;
        }
        if (last == u')' || last == u']') {
            const QChar open = last == u')' ? u'(' : u'[';
            const QStringView span(text.constData() + start, end - start);
            if (span.count(open) < span.count(last)) {
                --end;
                continue;
            }
        }
        break;
    }
    return end;
}

bool isValidHost(const QString &host)
{
    static const QRegularExpression shape(
        u"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:\\p{L}{2,63}|\\d{1,3})$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return shape.match(host).hasMatch();
}

QString hostOfAuthority(QString authority)
{
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    static const QRegularExpression port(u":\\d*$"_s);
    authority.remove(port);
    while (authority.endsWith(u'.'))
        authority.chop(1);
    return authority.toLower();
}

qsizetype pathEnd(const QString &text, qsizetype from)
{
    if (from < text.size() && QStringView(u"/?#").contains(text.at(from))) {
        while (from < text.size() && isPathChar(text.at(from)))
            ++from;
    }
    return from;
}

void findSchemeLinks(const QString &text, QList<FoundLink> *links)
{
    static const QRegularExpression scheme(u"(?<![A-Za-z0-9_@/.$#])https?://"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    // Each search starts after the previous link: an address glued to the path of another is
    // part of it, and links never overlap.
    qsizetype from = 0;
    for (;;) {
        const auto match = scheme.match(text, from);
        if (!match.hasMatch())
            break;
        const qsizetype start = match.capturedStart();
        qsizetype end = match.capturedEnd();
        from = end;
        while (end < text.size() && isAuthorityChar(text.at(end)))
            ++end;
        const qsizetype authorityEnd = trimmedEnd(text, match.capturedEnd(), end);
        const QString host =
            hostOfAuthority(text.mid(match.capturedEnd(), authorityEnd - match.capturedEnd()));
        if (!isValidHost(host))
            continue;
        end = authorityEnd == end ? trimmedEnd(text, start, pathEnd(text, end)) : authorityEnd;
        links->append({start, end - start, host});
        from = end;
    }
}

// Top-level domains X links without a scheme. Short ones that are also English words ("it",
// "in", "to", "me", "no", "at", "be", "is") are left out: "try it.It works" is not a link.
bool isBareDomainTld(const QString &tld)
{
    static const QSet<QString> known{
        u"com"_s,    u"net"_s,  u"org"_s,  u"info"_s,   u"biz"_s,  u"io"_s,   u"co"_s,
        u"ai"_s,     u"app"_s,  u"dev"_s,  u"tv"_s,     u"us"_s,   u"uk"_s,   u"de"_s,
        u"fr"_s,     u"nl"_s,   u"es"_s,   u"ch"_s,     u"dk"_s,   u"se"_s,   u"fi"_s,
        u"pl"_s,     u"pt"_s,   u"ie"_s,   u"eu"_s,     u"ca"_s,   u"au"_s,   u"nz"_s,
        u"jp"_s,     u"cn"_s,   u"br"_s,   u"mx"_s,     u"ru"_s,   u"shop"_s, u"store"_s,
        u"online"_s, u"site"_s, u"tech"_s, u"help"_s,   u"blog"_s, u"news"_s, u"cloud"_s,
        u"xyz"_s,    u"gg"_s,   u"ly"_s,   u"social"_s, u"gov"_s,  u"edu"_s};
    return known.contains(tld.toLower());
}

void findBareDomains(const QString &text, QList<FoundLink> *links)
{
    // The name itself is ASCII, and no letter of any script may touch it: "fernlіne.com" with a
    // Cyrillic "і" must not turn into a link to "ne.com".
    static const QRegularExpression domain(
        u"(?<![\\p{L}\\p{M}\\p{N}_@./:-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
        "([A-Za-z]{2,63}))(?![\\p{L}\\p{M}\\p{N}_@-])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QList<FoundLink> schemeLinks = *links;
    auto it = domain.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!isBareDomainTld(match.captured(2)))
            continue;
        const qsizetype start = match.capturedStart();
        const bool insideSchemeLink =
            std::any_of(schemeLinks.begin(), schemeLinks.end(), [start](const FoundLink &l) {
                return start >= l.start && start < l.start + l.length;
            });
        if (insideSchemeLink)
            continue;
        qsizetype end = match.capturedEnd(1);
        static const QRegularExpression port(u"\\G:\\d{1,5}"_s);
        const auto portMatch = port.match(text, end);
        if (portMatch.hasMatch())
            end = portMatch.capturedEnd();
        end = trimmedEnd(text, start, pathEnd(text, end));
        links->append({start, end - start, match.captured(1).toLower()});
    }
}

} // namespace

QList<FoundLink> findLinks(const QString &text, LinkStyle style)
{
    QList<FoundLink> links;
    findSchemeLinks(text, &links);
    if (style == LinkStyle::SchemeOrBareDomain) {
        findBareDomains(text, &links);
        std::sort(links.begin(), links.end(),
                  [](const FoundLink &a, const FoundLink &b) { return a.start < b.start; });
    }
    return links;
}

} // namespace earshot
