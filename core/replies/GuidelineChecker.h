// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/GuidelineSettings.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace earshot {

enum class GuidelineRule {
    BannedPhrase,
    SignOff,
    Shouting,
    Empathy,
    OverLength,
    UnknownLink,
    CostlyLink, // a public post with a link, on a network that charges more for one (X)
};

// What the checker knows about the reply beyond its text.
struct GuidelineContext {
    QString platform; // network key, for the length rule
    bool customerIsNegative = false;
    QString agentInitials; // for SignOffRule::Initials; empty accepts any initials
    // The reply goes out as a public post (not a private message): what it costs on a network
    // that charges per post is worth a word.
    bool publicPost = false;
};

struct GuidelineWarning {
    GuidelineRule rule = GuidelineRule::BannedPhrase;
    QString explanation; // translated, says what is wrong and how to fix it
    qsizetype start = 0; // the span of the draft it concerns
    qsizetype length = 0;
};

// Brand guideline checks run before a reply is sent. Warnings explain; the agent may fix the
// reply or send it anyway.
class GuidelineChecker final {
public:
    explicit GuidelineChecker(GuidelineSettings settings = {});

    // In the order of the rules above, then by position. An empty draft has no warnings.
    QList<GuidelineWarning> check(const QString &draft, const GuidelineContext &context) const;

private:
    void checkBannedPhrases(const QString &draft, QList<GuidelineWarning> *warnings) const;
    void checkSignOff(const QString &draft, const GuidelineContext &context,
                      QList<GuidelineWarning> *warnings) const;
    void checkShouting(const QString &draft, QList<GuidelineWarning> *warnings) const;
    void checkEmpathy(const QString &draft, const GuidelineContext &context,
                      QList<GuidelineWarning> *warnings) const;
    void checkLength(const QString &draft, const GuidelineContext &context,
                     QList<GuidelineWarning> *warnings) const;
    void checkLinks(const QString &draft, QList<GuidelineWarning> *warnings) const;
    void checkLinkCost(const QString &draft, const GuidelineContext &context,
                       QList<GuidelineWarning> *warnings) const;
    bool isAllowedHost(const QString &host) const;

    GuidelineSettings m_settings;
    QRegularExpression m_banned;
    QRegularExpression m_signOffs;
    QRegularExpression m_empathy;
    QStringList m_allowedAce; // allowed domains in their ASCII (punycode) form
};

} // namespace earshot
