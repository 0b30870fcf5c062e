// SPDX-License-Identifier: Apache-2.0
#include "replies/ReplyLength.h"

#include "replies/Graphemes.h"
#include "replies/LinkFinder.h"

#include <QList>
#include <QRegularExpression>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

int codePoints(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

// twitter-text v3: these ranges weigh 1, every other code point 2.
int xWeight(char32_t cp)
{
    if (cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f)
        || (cp >= 0x2032 && cp <= 0x2037))
        return 1;
    return 2;
}

// An emoji and everything joined to it (skin tone, ZWJ, flag pair, keycap) counts as one emoji.
// Single text-style symbols such as "★" weigh 2 by their code point anyway.
bool isEmojiCluster(QStringView cluster)
{
    for (const char32_t cp : cluster.toUcs4()) {
        if ((cp >= 0x1f000 && cp <= 0x1faff) || cp == 0xfe0f || cp == 0x20e3)
            return true;
    }
    return false;
}

int weightOf(QStringView cluster)
{
    if (isEmojiCluster(cluster))
        return 2;
    int weight = 0;
    for (const char32_t cp : cluster.toUcs4())
        weight += xWeight(cp);
    return weight;
}

// The links a network counts at a fixed length (its traits' charactersPerUrl); none where links
// count as written.
QList<FoundLink> countedLinks(const PlatformTraits &network, const QString &text)
{
    switch (network.links) {
    case LinkRule::AsWritten:
        return {};
    case LinkRule::SchemeOnly:
        return findLinks(text, LinkStyle::SchemeOnly);
    case LinkRule::SchemeOrBareDomain:
        return findLinks(text, LinkStyle::SchemeOrBareDomain);
    }
    return {};
}

// twitter-text's weighted length.
int weightedLength(const PlatformTraits &network, const QString &draft)
{
    // twitter-text counts the NFC form: "e" + combining acute is one "é".
    const QString text = draft.normalized(QString::NormalizationForm_C);
    const QList<FoundLink> links = countedLinks(network, text);
    const int linkLength = network.charactersPerUrl;
    int used = 0;
    qsizetype pos = 0;
    auto nextLink = links.cbegin();
    for (const qsizetype end : graphemeEnds(text)) {
        if (end <= pos)
            continue; // inside a link already counted
        if (nextLink != links.cend() && nextLink->start < end) {
            used += weightOf(QStringView(text).mid(pos, nextLink->start - pos));
            used += linkLength;
            pos = nextLink->start + nextLink->length;
            ++nextLink;
            continue;
        }
        used += weightOf(QStringView(text).mid(pos, end - pos));
        pos = end;
    }
    return used;
}

int characterLength(const PlatformTraits &network, const QString &text)
{
    const QList<FoundLink> links = countedLinks(network, text);
    int used = codePoints(text);
    for (const FoundLink &link : links)
        used +=
            network.charactersPerUrl - codePoints(QStringView(text).mid(link.start, link.length));
    if (!network.mentionsCountByLocalPart)
        return used;
    // Mastodon counts a remote mention by its local part: "@anna@example.social" is "@anna".
    static const QRegularExpression remoteMention(
        u"(?<![/\\w])@[a-z0-9_]+(@[a-z0-9.-]+[a-z0-9]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = remoteMention.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        const bool inLink = std::any_of(links.begin(), links.end(), [start](const FoundLink &l) {
            return start >= l.start && start < l.start + l.length;
        });
        if (!inLink)
            used -= codePoints(match.capturedView(1));
    }
    return used;
}

} // namespace

ReplyLength ReplyLength::measure(const PlatformTraits &network, const QString &text)
{
    ReplyLength length;
    length.limit = network.replyLimit;
    length.unit = network.unit;
    switch (network.unit) {
    case LengthUnit::WeightedCharacters:
        length.used = weightedLength(network, text);
        break;
    case LengthUnit::Characters:
        length.used = characterLength(network, text);
        break;
    case LengthUnit::Graphemes:
        length.used = int(graphemeEnds(text).size());
        break;
    }
    length.remaining = length.limit - length.used;
    length.over = length.used > length.limit;
    return length;
}

ReplyLength ReplyLength::measure(const QString &platform, const QString &text)
{
    return measure(platformTraits(platform), text);
}

qsizetype ReplyLength::fittingLength(const QString &platform, const QString &text)
{
    return fittingLength(platformTraits(platform), text);
}

qsizetype ReplyLength::fittingLength(const PlatformTraits &network, const QString &text)
{
    if (!measure(network, text).over)
        return text.size();
    // Lengths grow with the text except where a half-typed address turns into a link; a binary
    // search over grapheme boundaries is close enough for marking where the overflow begins.
    const QList<qsizetype> boundaries = graphemeEnds(text);
    qsizetype low = 0;
    qsizetype high = boundaries.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (measure(network, text.left(boundaries.at(mid))).over)
            high = mid;
        else
            low = mid + 1;
    }
    return low == 0 ? 0 : boundaries.at(low - 1);
}

} // namespace earshot
