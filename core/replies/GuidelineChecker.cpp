// SPDX-License-Identifier: Apache-2.0
#include "replies/GuidelineChecker.h"

#include "Tr.h"
#include "platforms/PlatformTraits.h"
#include "replies/LinkFinder.h"
#include "replies/ProseWords.h"
#include "replies/ReplyLength.h"

#include <QUrl>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Whole words and phrases, any case, any run of spaces between the words. Longer phrases come
// first so "as I already said" is quoted whole rather than as a shorter phrase inside it.
QRegularExpression phrasesPattern(QStringList phrases)
{
    if (phrases.isEmpty())
        return {};
    std::sort(phrases.begin(), phrases.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString &phrase : phrases) {
        QStringList words;
        for (const QString &word : phrase.split(u' ', Qt::SkipEmptyParts))
            words.append(QRegularExpression::escape(word));
        alternatives.append(words.join(u"\\s+"_s));
    }
    return QRegularExpression(u"(?<![\\p{L}\\p{M}\\p{N}_])(?:"_s + alternatives.join(u'|')
                                  + u")(?![\\p{L}\\p{M}\\p{N}_])"_s,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

QString aceHost(QString host)
{
    host = host.trimmed().toLower();
    while (host.startsWith(u'.') || host.startsWith(u"*."))
        host.remove(0, host.startsWith(u'.') ? 1 : 2);
    while (host.endsWith(u'.'))
        host.chop(1);
    // Compared in punycode, so "exаmple.com" with a Cyrillic "а" is not example.com.
    return QString::fromLatin1(QUrl::toAce(host));
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxQuote = 60;
    return text.size() > maxQuote ? text.left(maxQuote).toString() + u'…' : text.toString();
}

} // namespace

GuidelineChecker::GuidelineChecker(GuidelineSettings settings)
    : m_settings(std::move(settings))
    , m_banned(phrasesPattern(m_settings.bannedPhrases))
    , m_signOffs(phrasesPattern(m_settings.signOffs))
    , m_empathy(phrasesPattern(m_settings.empathyPhrases))
{
    for (const QString &domain : std::as_const(m_settings.allowedDomains)) {
        const QString ace = aceHost(domain);
        if (!ace.isEmpty())
            m_allowedAce.append(ace);
    }
    for (QString &acronym : m_settings.acronyms)
        acronym = acronym.toUpper();
}

QList<GuidelineWarning> GuidelineChecker::check(const QString &draft,
                                                const GuidelineContext &context) const
{
    QList<GuidelineWarning> warnings;
    if (draft.trimmed().isEmpty())
        return warnings;
    checkBannedPhrases(draft, &warnings);
    checkSignOff(draft, context, &warnings);
    checkShouting(draft, &warnings);
    checkEmpathy(draft, context, &warnings);
    checkLength(draft, context, &warnings);
    checkLinks(draft, &warnings);
    checkLinkCost(draft, context, &warnings);
    return warnings;
}

void GuidelineChecker::checkBannedPhrases(const QString &draft,
                                          QList<GuidelineWarning> *warnings) const
{
    if (m_settings.bannedPhrases.isEmpty())
        return;
    auto it = m_banned.globalMatch(draft);
    while (it.hasNext()) {
        const auto m = it.next();
        warnings->append({GuidelineRule::BannedPhrase,
                          Tr::tr("\"%1\" is on the brand's list of words not to use in replies.")
                              .arg(m.captured()),
                          m.capturedStart(), m.capturedLength()});
    }
}

void GuidelineChecker::checkSignOff(const QString &draft, const GuidelineContext &context,
                                    QList<GuidelineWarning> *warnings) const
{
    qsizetype end = draft.size();
    while (end > 0 && draft.at(end - 1).isSpace())
        --end;
    const QString text = draft.left(end);
    if (m_settings.signOffRule == SignOffRule::Initials) {
        const QString initials = context.agentInitials.trimmed();
        const QRegularExpression ending(
            initials.isEmpty() ? u"(?<!\\S)\\^\\p{L}{1,4}$"_s
                               : u"(?<!\\S)\\^"_s + QRegularExpression::escape(initials) + u'$',
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        if (ending.match(text).hasMatch())
            return;
        warnings->append({GuidelineRule::SignOff,
                          initials.isEmpty()
                              ? Tr::tr("End the reply with your initials after a ^, as in ^AB.")
                              : Tr::tr("End the reply with your initials: ^%1.").arg(initials),
                          end, 0});
    } else if (m_settings.signOffRule == SignOffRule::OneOf && !m_settings.signOffs.isEmpty()) {
        if (m_signOffs.match(text).hasMatch())
            return;
        warnings->append({GuidelineRule::SignOff,
                          Tr::tr("Sign the reply with one of the brand's sign-offs: %1.")
                              .arg(m_settings.signOffs.join(u" / "_s)),
                          end, 0});
    }
}

void GuidelineChecker::checkShouting(const QString &draft, QList<GuidelineWarning> *warnings) const
{
    if (m_settings.shoutingWords <= 0)
        return;
    const QList<FoundLink> links = findLinks(draft, LinkStyle::SchemeOrBareDomain);
    static const QRegularExpression word(u"(?<![\\p{L}\\p{M}\\p{N}_])[@#]?\\p{L}[\\p{L}\\p{M}]*"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    qsizetype runStart = -1;
    qsizetype runEnd = 0;
    int runWords = 0;
    const auto closeRun = [&] {
        if (runWords >= m_settings.shoutingWords) {
            warnings->append({GuidelineRule::Shouting,
                              Tr::tr("\"%1\" is in capitals, which reads as shouting; write it in "
                                     "normal case.")
                                  .arg(quoted(QStringView(draft).mid(runStart, runEnd - runStart))),
                              runStart, runEnd - runStart});
        }
        runStart = -1;
        runWords = 0;
    };
    auto nextLink = links.cbegin();
    auto it = word.globalMatch(draft);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString text = m.captured();
        const qsizetype start = m.capturedStart();
        // Handles, hashtags, addresses and known acronyms neither count nor break a run.
        while (nextLink != links.cend() && nextLink->start + nextLink->length <= start)
            ++nextLink;
        const bool inLink = nextLink != links.cend() && nextLink->start <= start;
        if (inLink || text.startsWith(u'@') || text.startsWith(u'#')
            || m_settings.acronyms.contains(text))
            continue;
        int letters = 0;
        bool upper = false;
        bool lower = false;
        for (const char32_t cp : text.toUcs4()) {
            if (!QChar::isLetter(cp))
                continue;
            ++letters;
            upper = upper || QChar::isUpper(cp);
            lower = lower || QChar::isLower(cp);
        }
        if (!upper || lower) {
            closeRun();
            continue;
        }
        if (letters < 3)
            continue; // "I", "OK", "IS" between capitalised words keep the run going
        if (runStart < 0)
            runStart = start;
        runEnd = m.capturedEnd();
        ++runWords;
    }
    closeRun();
}

void GuidelineChecker::checkEmpathy(const QString &draft, const GuidelineContext &context,
                                    QList<GuidelineWarning> *warnings) const
{
    // A draft of only the handle the composer starts with says nothing yet to judge.
    if (!context.customerIsNegative || m_settings.empathyPhrases.isEmpty()
        || m_empathy.match(draft).hasMatch() || proseWords(draft).isEmpty())
        return;
    warnings->append({GuidelineRule::Empathy,
                      Tr::tr("The customer is unhappy and the reply has no apology or word of "
                             "empathy, such as \"%1\".")
                          .arg(m_settings.empathyPhrases.first()),
                      0, draft.size()});
}

void GuidelineChecker::checkLength(const QString &draft, const GuidelineContext &context,
                                   QList<GuidelineWarning> *warnings) const
{
    const ReplyLength length = ReplyLength::measure(context.platform, draft);
    if (!length.over)
        return;
    const qsizetype fits = ReplyLength::fittingLength(context.platform, draft);
    const QString network = platformTitle(context.platform);
    const int excess = -length.remaining;
    const QString explanation =
        network.isEmpty()
            ? Tr::tr("The reply is %1 over the limit of %2.").arg(excess).arg(length.limit)
            : Tr::tr("The reply is %1 over the limit of %2 for %3.")
                  .arg(excess)
                  .arg(length.limit)
                  .arg(network);
    warnings->append({GuidelineRule::OverLength, explanation, fits, draft.size() - fits});
}

bool GuidelineChecker::isAllowedHost(const QString &host) const
{
    const QString ace = aceHost(host);
    return std::any_of(m_allowedAce.begin(), m_allowedAce.end(), [&ace](const QString &domain) {
        return ace == domain || ace.endsWith(u'.' + domain);
    });
}

void GuidelineChecker::checkLinks(const QString &draft, QList<GuidelineWarning> *warnings) const
{
    if (m_allowedAce.isEmpty())
        return;
    for (const FoundLink &link : findLinks(draft, LinkStyle::SchemeOrBareDomain)) {
        if (isAllowedHost(link.host))
            continue;
        warnings->append({GuidelineRule::UnknownLink,
                          Tr::tr("The link goes to %1, which is not one of the brand's own "
                                 "sites; check the address before sending it.")
                              .arg(link.host),
                          link.start, link.length});
    }
}

void GuidelineChecker::checkLinkCost(const QString &draft, const GuidelineContext &context,
                                     QList<GuidelineWarning> *warnings) const
{
    // X's API charges for every post created, and many times more for one with a link.
    if (!context.publicPost || context.platform != u"x"_s)
        return;
    const QList<FoundLink> links = findLinks(draft, LinkStyle::SchemeOrBareDomain);
    if (links.isEmpty())
        return;
    warnings->append({GuidelineRule::CostlyLink,
                      Tr::tr("A reply on X with a link costs much more than one without (X "
                             "charges posts with links at a higher rate); leave the link out if "
                             "the reply works without it."),
                      links.first().start, links.first().length});
}

} // namespace earshot
