// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace earshot {

enum class SignOffRule {
    None,
    Initials, // the reply ends with "^" and the agent's initials
    OneOf,    // the reply contains one of GuidelineSettings::signOffs
};

// A workspace's brand guidelines. An empty list or a zero turns its check off, so a workspace can
// keep only the rules it wants. A default-constructed value holds the defaults.
struct GuidelineSettings {
    QStringList bannedPhrases = defaultBannedPhrases();
    SignOffRule signOffRule = SignOffRule::None;
    QStringList signOffs;
    int shoutingWords = 3; // this many consecutive capitalised words of 3+ letters are shouting
    QStringList acronyms = defaultAcronyms();
    QStringList empathyPhrases = defaultEmpathyPhrases();
    QStringList allowedDomains; // empty: links are not checked

    static QStringList defaultBannedPhrases();
    static QStringList defaultAcronyms();
    static QStringList defaultEmpathyPhrases();

    bool operator==(const GuidelineSettings &other) const;
};

nlohmann::json guidelineSettingsToJson(const GuidelineSettings &settings);
// Missing keys keep their defaults and unknown keys are ignored, so settings written by another
// version still load. A key of the wrong type is an error: *error names it ("shouting.min_words:
// must be a whole number from 0 to 20").
std::optional<GuidelineSettings> guidelineSettingsFromJson(const nlohmann::json &json,
                                                           QString *error);

} // namespace earshot
