// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/GuidelineSettings.h"

#include <nlohmann/json.hpp>

using namespace earshot;
using nlohmann::json;

namespace {

QString error(const char *text)
{
    QString message;
    const auto settings = guidelineSettingsFromJson(json::parse(text), &message);
    return settings ? QStringLiteral("<accepted>") : message;
}

} // namespace

TEST(GuidelineSettings, SurviveARoundTripThroughJson)
{
    GuidelineSettings settings;
    settings.bannedPhrases = {QStringLiteral("cheap"), QStringLiteral("Ärger")};
    settings.signOffRule = SignOffRule::OneOf;
    settings.signOffs = {QStringLiteral("Best, Fernline")};
    settings.shoutingWords = 4;
    settings.acronyms = {QStringLiteral("FERN")};
    settings.empathyPhrases = {QStringLiteral("sorry")};
    settings.allowedDomains = {QStringLiteral("fernline.com")};

    const std::string text = guidelineSettingsToJson(settings).dump();
    QString message;
    const auto read = guidelineSettingsFromJson(json::parse(text), &message);
    ASSERT_TRUE(read) << message.toStdString();
    EXPECT_EQ(*read, settings);
}

TEST(GuidelineSettings, MissingKeysKeepTheirDefaultsAndUnknownKeysAreIgnored)
{
    QString message;
    const auto read = guidelineSettingsFromJson(
        json::parse(R"({"future_rule": true, "sign_off": {"rule": "initials"}})"), &message);
    ASSERT_TRUE(read) << message.toStdString();
    GuidelineSettings expected;
    expected.signOffRule = SignOffRule::Initials;
    EXPECT_EQ(*read, expected);
    EXPECT_EQ(*guidelineSettingsFromJson(json::object(), &message), GuidelineSettings{});
}

TEST(GuidelineSettings, AWrongValueIsNamedByItsPath)
{
    EXPECT_EQ(error(R"([])"), QStringLiteral("brand guidelines must be a JSON object"));
    EXPECT_EQ(error(R"({"banned_phrases": "cheap"})"),
              QStringLiteral("banned_phrases: must be a list of texts"));
    EXPECT_EQ(error(R"({"banned_phrases": ["ok", 3]})"),
              QStringLiteral("banned_phrases[1]: must be a text"));
    EXPECT_EQ(error(R"({"sign_off": {"rule": "sometimes"}})"),
              QStringLiteral("sign_off.rule: must be \"none\", \"initials\" or \"one_of\""));
    EXPECT_EQ(error(R"({"shouting": {"min_words": "three"}})"),
              QStringLiteral("shouting.min_words: must be a whole number from 0 to 20"));
    EXPECT_EQ(error(R"({"shouting": {"min_words": 99}})"),
              QStringLiteral("shouting.min_words: must be a whole number from 0 to 20"));
    EXPECT_EQ(error(R"({"shouting": []})"), QStringLiteral("shouting: must be an object"));
    EXPECT_EQ(error(R"({"allowed_domains": null})"), QStringLiteral("<accepted>"));
}
