// SPDX-License-Identifier: Apache-2.0
#include "replies/PersonalDataGuard.h"

#include "Tr.h"
#include "replies/LinkFinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;

QString digitsOf(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

// ISO 13616: move the first four characters to the end, letters become 10..35, mod 97 is 1.
bool passesIbanCheck(const QString &iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.toUpper().unicode() - u'A' + 10;
        remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder == 1;
}

bool looksLikeDate(QStringView text)
{
    static const QRegularExpression date(
        u"^(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}"
        "|(?:19|20)\\d{2}\\s*[-\u2013]\\s*(?:19|20)\\d{2})$"_s);
    return date.match(text).hasMatch();
}

// "1.234.567" or "10 000 000": a large number written with thousands separators.
bool looksLikeGroupedNumber(QStringView text)
{
    static const QRegularExpression grouped(u"^[1-9]\\d{0,2}(?:([., \u00a0\u202f])\\d{3})"
                                            "(?:\\1\\d{3})*$"_s);
    return grouped.match(text).hasMatch();
}

// "09.00 - 17.30" opening hours, "1299.99" an amount.
bool looksLikeTimeOrAmount(QStringView text)
{
    static const QRegularExpression shape(
        u"^(?:\\d{1,2}[.:]\\d{2}(?:\\s*[-\u2013]\\s*\\d{1,2}[.:]\\d{2})?|\\d+[.,]\\d{1,2})$"_s);
    return shape.match(text).hasMatch();
}

bool looksLikeIpAddress(QStringView text)
{
    static const QRegularExpression ip(u"^\\d{1,3}(?:\\.\\d{1,3}){3}$"_s);
    return ip.match(text).hasMatch();
}

bool hasCurrencyAround(const QString &text, qsizetype start, qsizetype end)
{
    static const QRegularExpression before(u"(?:[$€£¥₹]|\\b(?:EUR|USD|GBP|CHF|JPY))\\s?$"_s);
    static const QRegularExpression after(
        u"^\\s?(?:[$€£¥₹]|(?:EUR|USD|GBP|CHF|JPY|dollars?|euros?|pounds?)\\b)"_s, caseless);
    return before
               .match(QStringView(text).mid(std::max<qsizetype>(0, start - 5),
                                            std::min<qsizetype>(start, 5)))
               .hasMatch()
           || after.match(QStringView(text).mid(end, 9)).hasMatch();
}

class Scanner {
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    {
        for (const FoundLink &link : findLinks(text, LinkStyle::SchemeOrBareDomain))
            m_taken.append({link.start, link.start + link.length});
    }

    bool isFree(qsizetype start, qsizetype end) const
    {
        return std::none_of(m_taken.begin(), m_taken.end(), [&](const auto &span) {
            return start < span.second && span.first < end;
        });
    }

    void add(PersonalDataKind kind, qsizetype start, qsizetype end)
    {
        m_taken.append({start, end});
        m_findings.append({kind, start, end - start, m_text.mid(start, end - start)});
    }

    void findEmails();
    void findIbans();
    void findCards();
    void findReferences();
    void findPhones();

    QList<PersonalDataFinding> findings()
    {
        std::sort(m_findings.begin(), m_findings.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        return m_findings;
    }

private:
    const QString &m_text;
    QList<std::pair<qsizetype, qsizetype>> m_taken;
    QList<PersonalDataFinding> m_findings;
};

void Scanner::findEmails()
{
    // The lookbehind keeps a Mastodon mention ("@anna@example.social") from being an address.
    static const QRegularExpression email(
        u"(?<![\\w.%+@-])[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,63}(?![\\w@-])"_s, unicode);
    auto it = email.globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        add(PersonalDataKind::Email, m.capturedStart(), m.capturedEnd());
    }
}

void Scanner::findIbans()
{
    static const QRegularExpression iban(
        u"(?<![\\w-])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\\w-])"_s);
    auto it = iban.globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString compact = m.captured();
        compact.remove(u' ');
        // "RF" starts a creditor reference, which shares the check but names no account.
        if (!compact.startsWith(u"RF") && compact.size() >= 15 && compact.size() <= 34
            && passesIbanCheck(compact) && isFree(m.capturedStart(), m.capturedEnd()))
            add(PersonalDataKind::Iban, m.capturedStart(), m.capturedEnd());
    }
}

void Scanner::findCards()
{
    static const QRegularExpression card(
        u"(?<![\\w#.,/+(-])\\d(?:[ -]?\\d){12,18}(?![\\w-]|[.,/]\\d)"_s);
    auto it = card.globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (passesLuhn(digitsOf(m.capturedView())) && isFree(m.capturedStart(), m.capturedEnd()))
            add(PersonalDataKind::CardNumber, m.capturedStart(), m.capturedEnd());
    }
}

void Scanner::findReferences()
{
    // A keyword, a few filler words ("order no.", "account number is"), then an id with at least
    // five digits: short numbers after "order" are usually quantities or case ids.
    static const QRegularExpression reference(
        u"\\b(?:(order|booking|invoice|tracking|reference|ref|shipment|parcel|ticket|bestellung|"
        "bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|sendung)|(account|acct|"
        "customer|membership|member|contract|policy|konto|kontonummer|kundennummer|vertrag|"
        "vertragsnummer))\\b(?:\\s*(?:no\\.?|nr\\.?|num\\.?|number|id|#|:|is|was|ending in))*"
        "\\s*[#:]?\\s*((?<![\\w-])[A-Z]{0,4}-?\\d[\\d-]*[A-Z\\d]*(?![\\w-]))"_s,
        caseless | unicode);
    auto it = reference.globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(3);
        const qsizetype end = m.capturedEnd(3);
        if (digitsOf(m.capturedView(3)).size() < 5 || looksLikeDate(m.capturedView(3))
            || hasCurrencyAround(m_text, start, end) || !isFree(start, end))
            continue;
        add(m.capturedLength(2) > 0 ? PersonalDataKind::AccountNumber
                                    : PersonalDataKind::OrderNumber,
            start, end);
    }
}

void Scanner::findPhones()
{
    // Digits, spaces, dots, dashes and parentheses; a comma or colon ends the candidate, which
    // keeps "1,299" and "10:30" out. '#' before it marks a case id, a currency sign a price.
    static const QRegularExpression candidate(
        u"(?<![\\w#@$€£¥₹.,/:+-])(\\+|\\(\\+?)?\\d[\\d ()./\\-\u00a0]{4,}\\d(?![\\w%/:-]|[.,]\\d)"_s,
        unicode);
    static const QRegularExpression keywordBefore(
        u"\\b(?:call|phone|tel|telephone|mobile|cell|whatsapp|text|sms|fax|number|ring|"
        "telefon|handy|anrufen|nummer)\\b[^\\d\\n]{0,20}$"_s,
        caseless | unicode);
    auto it = candidate.globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringView match = m.capturedView();
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        // A trailing space or dot belongs to the sentence, not the number.
        while (end > start && !m_text.at(end - 1).isDigit())
            --end;
        match = QStringView(m_text).mid(start, end - start);
        const QString digits = digitsOf(match);
        if (digits.size() < 7 || digits.size() > 15 || looksLikeDate(match)
            || looksLikeGroupedNumber(match) || looksLikeIpAddress(match)
            || looksLikeTimeOrAmount(match) || hasCurrencyAround(m_text, start, end)
            || !isFree(start, end))
            continue;
        const bool international = match.startsWith(u'+') || match.startsWith(u"(+");
        const bool trunkPrefix = match.startsWith(u'0') || match.startsWith(u"(0");
        const bool grouped = match.contains(u'(') || match.contains(u' ') || match.contains(u'-')
                             || match.contains(u'.') || match.contains(u'/');
        const bool keyword = keywordBefore
                                 .match(QStringView(m_text).mid(std::max<qsizetype>(0, start - 30),
                                                                std::min<qsizetype>(start, 30)))
                                 .hasMatch();
        // A bare run of digits with no sign of being a phone number is more likely an amount
        // or an id; the order and account rule covers ids that are named.
        if (international || trunkPrefix || grouped || keyword)
            add(PersonalDataKind::Phone, start, end);
    }
}

} // namespace

QList<PersonalDataFinding> PersonalDataGuard::scan(const QString &draft)
{
    Scanner scanner(draft);
    // Most specific first: a card number is also a long run of digits.
    scanner.findEmails();
    scanner.findIbans();
    scanner.findCards();
    scanner.findReferences();
    scanner.findPhones();
    return scanner.findings();
}

QString personalDataKindName(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::Email:
        return Tr::tr("an e-mail address");
    case PersonalDataKind::Phone:
        return Tr::tr("a phone number");
    case PersonalDataKind::OrderNumber:
        return Tr::tr("an order or reference number");
    case PersonalDataKind::AccountNumber:
        return Tr::tr("an account or customer number");
    case PersonalDataKind::Iban:
        return Tr::tr("a bank account number (IBAN)");
    case PersonalDataKind::CardNumber:
        return Tr::tr("a payment card number");
    }
    return {};
}

QString personalDataWarning(const PersonalDataFinding &finding)
{
    return Tr::tr("This public reply contains what looks like %1: %2. Send it as a private "
                  "message instead?")
        .arg(personalDataKindName(finding.kind), finding.text);
}

} // namespace earshot
