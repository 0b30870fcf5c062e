// SPDX-License-Identifier: Apache-2.0
#include "replies/GuidelineSettings.h"

#include "Tr.h"

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

constexpr int maxShoutingWords = 20;

json toJson(const QStringList &list)
{
    json array = json::array();
    for (const QString &item : list)
        array.push_back(item.toStdString());
    return array;
}

QString signOffRuleKey(SignOffRule rule)
{
    switch (rule) {
    case SignOffRule::Initials:
        return u"initials"_s;
    case SignOffRule::OneOf:
        return u"one_of"_s;
    case SignOffRule::None:
        break;
    }
    return u"none"_s;
}

// Reads the value at `key` if present; a present value of the wrong type is an error.
class Reader {
public:
    Reader(const json &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    const json *find(const char *key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    QString where(const char *key) const { return m_path + QLatin1String(key); }

    Reader child(const json &object, const char *key) const
    {
        return Reader(object, where(key) + u'.', m_error);
    }

    bool fail(const QString &message) const
    {
        *m_error = message;
        return false;
    }

    bool readList(const char *key, QStringList *out) const
    {
        const json *value = find(key);
        if (!value)
            return true;
        if (!value->is_array())
            return fail(Tr::tr("%1: must be a list of texts").arg(where(key)));
        QStringList list;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const json &item = (*value)[i];
            if (!item.is_string())
                return fail(Tr::tr("%1[%2]: must be a text").arg(where(key)).arg(i));
            const QString text =
                QString::fromStdString(item.get_ref<const std::string &>()).trimmed();
            if (!text.isEmpty())
                list.append(text);
        }
        *out = list;
        return true;
    }

    const json *readObject(const char *key) const
    {
        const json *value = find(key);
        if (value && !value->is_object()) {
            fail(Tr::tr("%1: must be an object").arg(where(key)));
            return nullptr;
        }
        return value;
    }

private:
    const json &m_object;
    QString m_path;
    QString *m_error;
};

bool readSignOff(const Reader &reader, GuidelineSettings *settings)
{
    const json *object = reader.readObject("sign_off");
    if (!object)
        return !reader.find("sign_off");
    const Reader inner = reader.child(*object, "sign_off");
    if (const json *rule = inner.find("rule")) {
        const QString key =
            rule->is_string() ? QString::fromStdString(rule->get<std::string>()) : QString();
        if (key == u"none")
            settings->signOffRule = SignOffRule::None;
        else if (key == u"initials")
            settings->signOffRule = SignOffRule::Initials;
        else if (key == u"one_of")
            settings->signOffRule = SignOffRule::OneOf;
        else
            return inner.fail(Tr::tr("%1: must be \"none\", \"initials\" or \"one_of\"")
                                  .arg(inner.where("rule")));
    }
    return inner.readList("phrases", &settings->signOffs);
}

bool readShouting(const Reader &reader, GuidelineSettings *settings)
{
    const json *object = reader.readObject("shouting");
    if (!object)
        return !reader.find("shouting");
    const Reader inner = reader.child(*object, "shouting");
    if (const json *words = inner.find("min_words")) {
        if (!words->is_number_integer() || words->get<std::int64_t>() < 0
            || words->get<std::int64_t>() > maxShoutingWords)
            return inner.fail(Tr::tr("%1: must be a whole number from 0 to %2")
                                  .arg(inner.where("min_words"))
                                  .arg(maxShoutingWords));
        settings->shoutingWords = words->get<int>();
    }
    return inner.readList("acronyms", &settings->acronyms);
}

} // namespace

QStringList GuidelineSettings::defaultBannedPhrases()
{
    return {u"calm down"_s,       u"as I said"_s,       u"as I already said"_s,
            u"per my last"_s,     u"not our problem"_s, u"not my problem"_s,
            u"you should have"_s, u"obviously"_s,       u"no offence"_s};
}

QStringList GuidelineSettings::defaultAcronyms()
{
    return {u"FAQ"_s,  u"API"_s,   u"URL"_s, u"USA"_s,  u"USB"_s,  u"PDF"_s, u"ATM"_s,  u"PIN"_s,
            u"SMS"_s,  u"MMS"_s,   u"VAT"_s, u"GDPR"_s, u"IBAN"_s, u"BIC"_s, u"CEO"_s,  u"HTML"_s,
            u"HTTP"_s, u"HTTPS"_s, u"DNS"_s, u"VPN"_s,  u"SIM"_s,  u"ETA"_s, u"ASAP"_s, u"FYI"_s,
            u"EUR"_s,  u"USD"_s,   u"GBP"_s, u"CHF"_s,  u"DHL"_s,  u"UPS"_s, u"DPD"_s,  u"GLS"_s,
            u"UTC"_s,  u"GMT"_s,   u"CET"_s, u"CEST"_s, u"IMEI"_s, u"OTP"_s, u"RMA"_s,  u"SKU"_s,
            u"DVD"_s,  u"LTE"_s,   u"NFC"_s, u"CSV"_s};
}

QStringList GuidelineSettings::defaultEmpathyPhrases()
{
    return {u"sorry"_s,
            u"apologies"_s,
            u"apologise"_s,
            u"apologize"_s,
            u"apology"_s,
            u"we regret"_s,
            u"I understand"_s,
            u"we understand"_s,
            u"understandable"_s,
            u"frustrating"_s,
            u"frustration"_s,
            u"inconvenience"_s,
            u"I can imagine"_s,
            u"I hear you"_s,
            u"thank you for your patience"_s,
            u"thanks for your patience"_s,
            u"not the experience"_s,
            u"disappointing"_s,
            u"let you down"_s};
}

bool GuidelineSettings::operator==(const GuidelineSettings &other) const
{
    return bannedPhrases == other.bannedPhrases && signOffRule == other.signOffRule
           && signOffs == other.signOffs && shoutingWords == other.shoutingWords
           && acronyms == other.acronyms && empathyPhrases == other.empathyPhrases
           && allowedDomains == other.allowedDomains;
}

json guidelineSettingsToJson(const GuidelineSettings &settings)
{
    return json{
        {"banned_phrases", toJson(settings.bannedPhrases)},
        {"sign_off",
         {{"rule", signOffRuleKey(settings.signOffRule).toStdString()},
          {"phrases", toJson(settings.signOffs)}}},
        {"shouting",
         {{"min_words", settings.shoutingWords}, {"acronyms", toJson(settings.acronyms)}}},
        {"empathy_phrases", toJson(settings.empathyPhrases)},
        {"allowed_domains", toJson(settings.allowedDomains)},
    };
}

std::optional<GuidelineSettings> guidelineSettingsFromJson(const json &object, QString *error)
{
    if (!object.is_object()) {
        *error = Tr::tr("brand guidelines must be a JSON object");
        return std::nullopt;
    }
    GuidelineSettings settings;
    const Reader reader(object, QString(), error);
    if (!reader.readList("banned_phrases", &settings.bannedPhrases)
        || !readSignOff(reader, &settings) || !readShouting(reader, &settings)
        || !reader.readList("empathy_phrases", &settings.empathyPhrases)
        || !reader.readList("allowed_domains", &settings.allowedDomains))
        return std::nullopt;
    return settings;
}

} // namespace earshot
