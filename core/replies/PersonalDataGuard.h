// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace earshot {

enum class PersonalDataKind {
    Email,
    Phone,
    OrderNumber,
    AccountNumber,
    Iban,
    CardNumber,
};

struct PersonalDataFinding {
    PersonalDataKind kind = PersonalDataKind::Email;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// Finds what looks like personal data in a draft meant as a public reply, so the composer can ask
// before it is posted for everyone to read. It leans towards silence on ordinary text: prices,
// dates, times, years and case ids ("#1042") are not findings.
class PersonalDataGuard final {
public:
    // In the order they appear; spans never overlap.
    static QList<PersonalDataFinding> scan(const QString &draft);
};

// "an e-mail address", "a phone number", ... for sentences about a finding.
QString personalDataKindName(PersonalDataKind kind);
// The question the composer asks before a public reply with this finding is sent.
QString personalDataWarning(const PersonalDataFinding &finding);

} // namespace earshot
