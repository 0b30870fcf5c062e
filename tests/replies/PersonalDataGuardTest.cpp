// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/PersonalDataGuard.h"

using namespace earshot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The one finding in `text`, as "kind:text", or how many there were.
QString only(const char *text)
{
    const QList<PersonalDataFinding> findings = PersonalDataGuard::scan(s(text));
    if (findings.size() != 1)
        return QStringLiteral("%1 findings").arg(findings.size());
    static const char *kinds[] = {"email", "phone", "order", "account", "iban", "card"};
    return QString::fromLatin1(kinds[int(findings[0].kind)]) + u':' + findings[0].text;
}

} // namespace

TEST(PersonalDataGuard, FindsEmailAddresses)
{
    EXPECT_EQ(only("Mail us your receipt at anna.smith+care@example.co.uk, thanks"),
              s("email:anna.smith+care@example.co.uk"));
    EXPECT_EQ(only("Schreib an jürgen@beispiel.de."), s("email:jürgen@beispiel.de"));
}

TEST(PersonalDataGuard, ReportsWhereTheFindingIs)
{
    const QString text = s("Hi Anna, is anna@example.com right?");
    const QList<PersonalDataFinding> findings = PersonalDataGuard::scan(text);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].start, 12);
    EXPECT_EQ(findings[0].length, 16);
    EXPECT_EQ(text.mid(findings[0].start, findings[0].length), findings[0].text);
}

TEST(PersonalDataGuard, FindsPhoneNumbersInInternationalAndLocalFormats)
{
    EXPECT_EQ(only("Call +49 30 1234567 today"), s("phone:+49 30 1234567"));
    EXPECT_EQ(only("Ring +1 (555) 123-4567."), s("phone:+1 (555) 123-4567"));
    EXPECT_EQ(only("Unter (030) 1234567 erreichbar"), s("phone:(030) 1234567"));
    EXPECT_EQ(only("is 0171 2345678 yours?"), s("phone:0171 2345678"));
    EXPECT_EQ(only("is 555-123-4567 yours?"), s("phone:555-123-4567"));
    EXPECT_EQ(only("we will call you on 5551234567"), s("phone:5551234567"));
    EXPECT_EQ(only("+442079460958"), s("phone:+442079460958"));
    EXPECT_EQ(only("Telefon: 030/1234567"), s("phone:030/1234567"));
    EXPECT_EQ(only("Call 1-800-555-0199."), s("phone:1-800-555-0199"));
    EXPECT_EQ(only("٠١٧١ ٢٣٤٥٦٧٨"), s("phone:٠١٧١ ٢٣٤٥٦٧٨")); // Arabic-Indic digits
}

TEST(PersonalDataGuard, FindsOrderAndAccountNumbersNamedAsSuch)
{
    EXPECT_EQ(only("Your order 12345678 is on its way"), s("order:12345678"));
    EXPECT_EQ(only("order no. 12345678 shipped"), s("order:12345678"));
    EXPECT_EQ(only("Order #AB-123456 shipped"), s("order:AB-123456"));
    EXPECT_EQ(only("I found account no. 55-1234 for you"), s("account:55-1234"));
    EXPECT_EQ(only("your account number is 98765432"), s("account:98765432"));
    EXPECT_EQ(only("Ihre Kundennummer 4711081 ist aktiv"), s("account:4711081"));
}

TEST(PersonalDataGuard, FindsIbansAndCardNumbersThatPassTheirChecks)
{
    EXPECT_EQ(only("Refund goes to DE89 3704 0044 0532 0130 00 today"),
              s("iban:DE89 3704 0044 0532 0130 00"));
    EXPECT_EQ(only("GB82WEST12345698765432"), s("iban:GB82WEST12345698765432"));
    EXPECT_EQ(only("card 4111 1111 1111 1111."), s("card:4111 1111 1111 1111"));
    EXPECT_EQ(only("card 4111-1111-1111-1111"), s("card:4111-1111-1111-1111"));
    EXPECT_EQ(only("4111111111111111"), s("card:4111111111111111"));
    // A wrong check digit: not an IBAN, not a card.
    EXPECT_EQ(only("DE88 3704 0044 0532 0130 00"), s("0 findings"));
    EXPECT_EQ(only("4111 1111 1111 1112"), s("0 findings"));
}

TEST(PersonalDataGuard, StaysQuietOnOrdinaryReplies)
{
    const char *ordinary[] = {
        "It costs $1,299.99 or €1.234,56 with VAT.",
        "That's 12345.67 EUR in total, or 1299.99.",
        "Our hours are 09:00-17:30, or 09.00 - 17.30 Uhr.",
        "Delivered on 2024-05-12, 12.05.2024 or 12/05/2024.",
        "We have served 1,234,567 customers from 2019-2024.",
        "10 000 000 downloads and 1.234.567 users",
        "Your case is #1042, see also #10421234.",
        "Your order of 3 items, order 1042, ships in 2-3 days.",
        "Thanks @anna@example.social for the tip!",
        "Details at https://example.com/orders/12345678 and example.com/a/5551234567",
        "Our server is at 192.168.100.200",
        "Version 1.2.3 fixed it at 10:30.",
        "Thank you so much, have a lovely day!",
    };
    for (const char *text : ordinary)
        EXPECT_TRUE(PersonalDataGuard::scan(s(text)).isEmpty())
            << text << " -> " << only(text).toStdString();
}

TEST(PersonalDataGuard, FindsEachOfSeveralPiecesOnce)
{
    const QList<PersonalDataFinding> findings = PersonalDataGuard::scan(
        s("Order 12345678 for anna@example.com, phone +49 171 2345678, card 4111111111111111"));
    ASSERT_EQ(findings.size(), 4);
    EXPECT_EQ(findings[0].kind, PersonalDataKind::OrderNumber);
    EXPECT_EQ(findings[1].kind, PersonalDataKind::Email);
    EXPECT_EQ(findings[2].kind, PersonalDataKind::Phone);
    EXPECT_EQ(findings[3].kind, PersonalDataKind::CardNumber);
}

TEST(PersonalDataGuard, TheWarningSaysWhatWasFoundAndSuggestsAPrivateMessage)
{
    const QList<PersonalDataFinding> findings = PersonalDataGuard::scan(s("anna@example.com"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(personalDataWarning(findings[0]),
              s("This public reply contains what looks like an e-mail address: anna@example.com. "
                "Send it as a private message instead?"));
}
