// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/ScenarioReader.h"

#include "Tr.h"
#include "cases/CaseStatus.h"
#include "platforms/PlatformTraits.h"
#include "platforms/simulation/TrainingScenarioReader.h"
#include "json/JsonInput.h"
#include "json/JsonLocator.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

namespace earshot {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

constexpr int maxTextLength = 10000;
// A scenario rehearses replies, so only networks whose replies Earshot knows.
const QStringList scenarioPlatforms = replyPlatformKeys();
const QStringList agentRoles{u"agent"_s, u"lead"_s, u"trainer"_s, u"admin"_s};
// Every status but snoozed, which would need a time to wake at.
const QStringList caseStatuses = [] {
    QStringList keys;
    for (const KeyEntry<CaseStatus> &entry : caseStatusKeyTable) {
        if (entry.value != CaseStatus::Snoozed)
            keys.append(QLatin1String(entry.key));
    }
    return keys;
}();

class Validator {
public:
    Validator(const std::string &text, const QString &name)
        : m_text(text)
        , m_name(name)
    {}

    [[noreturn]] void fail(const JsonPath &path, const QString &reason) const
    {
        const int line = lineOfJsonPath(m_text, path);
        throw ScenarioError(
            u"%1:%2: %3: %4"_s.arg(m_name).arg(line).arg(formatJsonPath(path), reason));
    }

    const json &member(const json &object, const JsonPath &at, const char *key,
                       json::value_t type) const
    {
        const JsonPath path = at + key;
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            fail(path, Tr::tr("is missing"));
        const bool ok =
            type == json::value_t::number_integer ? it->is_number_integer() : it->type() == type;
        if (!ok)
            fail(path, Tr::tr("has the wrong type (expected %1)").arg(typeName(type)));
        return *it;
    }

    QString string(const json &object, const JsonPath &at, const char *key, bool required,
                   const QString &fallback = {}, int maxLength = 400) const
    {
        if (!required && (!object.contains(key) || object[key].is_null()))
            return fallback;
        const auto &value = member(object, at, key, json::value_t::string);
        const QString out = QString::fromStdString(value.get<std::string>());
        if (required && out.trimmed().isEmpty())
            fail(at + key, Tr::tr("is empty"));
        if (out.size() > maxLength)
            fail(at + key, Tr::tr("is longer than %1 characters").arg(maxLength));
        return out;
    }

    QString oneOf(const json &object, const JsonPath &at, const char *key, bool required,
                  const QStringList &allowed, const QString &fallback = {}) const
    {
        const QString value = string(object, at, key, required, fallback);
        if (!value.isEmpty() && !allowed.contains(value))
            fail(at + key, Tr::tr("\"%1\" is not one of: %2").arg(value, allowed.join(u", ")));
        return value;
    }

    std::int64_t integer(const json &object, const JsonPath &at, const char *key) const
    {
        return member(object, at, key, json::value_t::number_integer).get<std::int64_t>();
    }

    const json &array(const json &object, const JsonPath &at, const char *key) const
    {
        return member(object, at, key, json::value_t::array);
    }

private:
    static QString typeName(json::value_t type)
    {
        switch (type) {
        case json::value_t::string:
            return Tr::tr("a string");
        case json::value_t::array:
            return Tr::tr("a list");
        case json::value_t::object:
            return Tr::tr("an object");
        case json::value_t::number_integer:
            return Tr::tr("a whole number");
        default:
            return Tr::tr("another type");
        }
    }

    const std::string &m_text;
    QString m_name;
};

class Reader {
public:
    Reader(const std::string &text, const QString &name)
        : m_text(text)
        , m_name(name)
        , m_check(text, name)
    {}

    Scenario read()
    {
        JsonInput input = parseJsonInput(m_text);
        if (!input.ok())
            throw ScenarioError(input.error->located(m_text, m_name));
        const json root = std::move(input.value);
        const JsonPath top;
        if (!root.is_object())
            m_check.fail(top, Tr::tr("a scenario must be a JSON object"));
        if (m_check.string(root, top, "format", true) != u"earshot-scenario")
            m_check.fail(top + "format", Tr::tr("must be \"earshot-scenario\""));
        const std::int64_t version = m_check.integer(root, top, "version");
        if (version == 2)
            return readTrainingScenario(m_text, m_name, root);
        if (version != 1)
            m_check.fail(top + "version", Tr::tr("this Earshot reads scenario versions 1 and 2"));
        m_scenario.title = m_check.string(root, top, "title", true);
        m_scenario.description = m_check.string(root, top, "description", false, {}, 2000);

        const json &brand = m_check.member(root, top, "brand", json::value_t::object);
        m_scenario.brandName = m_check.string(brand, top + "brand", "name", true);
        readAccounts(brand, top + "brand");
        if (root.contains("agents"))
            readAgents(m_check.array(root, top, "agents"), top + "agents");
        readPeople(m_check.array(root, top, "people"), top + "people");

        const json &mentions = m_check.array(root, top, "mentions");
        for (std::size_t i = 0; i < mentions.size(); ++i)
            m_scenario.mentions.push_back(readMention(mentions[i], top + "mentions" + i, false));

        if (root.contains("live"))
            readLive(m_check.member(root, top, "live", json::value_t::object), top + "live");
        return std::move(m_scenario);
    }

private:
    void readAccounts(const json &brand, const JsonPath &at)
    {
        const json &accounts = m_check.array(brand, at, "accounts");
        QSet<QString> keys;
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            const JsonPath path = at + "accounts" + i;
            requireObject(accounts[i], path);
            ScenarioAccount a;
            a.key = uniqueKey(accounts[i], path, keys);
            a.platform = m_check.oneOf(accounts[i], path, "platform", true, scenarioPlatforms);
            a.handle = m_check.string(accounts[i], path, "handle", true);
            a.name = m_check.string(accounts[i], path, "name", false, a.handle);
            m_scenario.accounts.push_back(a);
        }
    }

    void readAgents(const json &agents, const JsonPath &at)
    {
        QSet<QString> keys;
        for (std::size_t i = 0; i < agents.size(); ++i) {
            const JsonPath path = at + i;
            requireObject(agents[i], path);
            ScenarioAgent a;
            a.key = uniqueKey(agents[i], path, keys);
            a.name = m_check.string(agents[i], path, "name", true);
            a.role = m_check.oneOf(agents[i], path, "role", false, agentRoles, u"agent"_s);
            m_scenario.agents.push_back(a);
        }
    }

    void readPeople(const json &people, const JsonPath &at)
    {
        QSet<QString> keys;
        QSet<QString> handles;
        for (std::size_t i = 0; i < people.size(); ++i) {
            const JsonPath path = at + i;
            requireObject(people[i], path);
            ScenarioPerson p;
            p.key = uniqueKey(people[i], path, keys);
            p.name = m_check.string(people[i], path, "name", true);
            const json &list = m_check.array(people[i], path, "handles");
            if (list.empty())
                m_check.fail(path + "handles", Tr::tr("a person needs at least one handle"));
            for (std::size_t j = 0; j < list.size(); ++j) {
                const JsonPath hp = path + "handles" + j;
                requireObject(list[j], hp);
                ScenarioHandle h;
                h.platform = m_check.oneOf(list[j], hp, "platform", true, scenarioPlatforms);
                h.id = m_check.string(list[j], hp, "id", true);
                h.handle = m_check.string(list[j], hp, "handle", true);
                h.followers =
                    list[j].contains("followers") ? m_check.integer(list[j], hp, "followers") : 0;
                if (h.followers < 0)
                    m_check.fail(hp + "followers", Tr::tr("must be at least 0"));
                if (handles.contains(h.platform + u'\n' + h.id))
                    m_check.fail(hp + "id", Tr::tr("another person already has this id"));
                handles.insert(h.platform + u'\n' + h.id);
                p.handles.push_back(h);
            }
            m_scenario.people.push_back(p);
        }
    }

    void readLive(const json &live, const JsonPath &at)
    {
        const json &interval = m_check.array(live, at, "interval_seconds");
        if (interval.size() != 2 || !interval[0].is_number_integer()
            || !interval[1].is_number_integer() || interval[0].get<int>() < 1
            || interval[1].get<int>() < interval[0].get<int>())
            m_check.fail(at + "interval_seconds",
                         Tr::tr("must be two whole numbers [min, max] with 1 <= min <= max"));
        m_scenario.liveMinSeconds = interval[0].get<int>();
        m_scenario.liveMaxSeconds = interval[1].get<int>();
        const json &mentions = m_check.array(live, at, "mentions");
        for (std::size_t i = 0; i < mentions.size(); ++i)
            m_scenario.live.push_back(readMention(mentions[i], at + "mentions" + i, true));
        if (live.contains("answers")) {
            const json &answers = m_check.array(live, at, "answers");
            for (std::size_t i = 0; i < answers.size(); ++i) {
                if (!answers[i].is_string() || answers[i].get<std::string>().empty())
                    m_check.fail(at + "answers" + i, Tr::tr("must be a text that is not empty"));
                m_scenario.answers.push_back(QString::fromStdString(answers[i].get<std::string>()));
            }
        }
    }

    ScenarioMention readMention(const json &object, const JsonPath &path, bool live)
    {
        requireObject(object, path);
        ScenarioMention m;
        m.id = m_check.string(object, path, "id", true);
        m.platform = m_check.oneOf(object, path, "platform", true, scenarioPlatforms);
        if (m_mentionIds.contains(m.platform + u'\n' + m.id))
            m_check.fail(path + "id", Tr::tr("\"%1\" is used twice on %2").arg(m.id, m.platform));
        m_mentionIds.insert(m.platform + u'\n' + m.id);

        m.author = m_check.string(object, path, "author", true);
        const ScenarioPerson *person = m_scenario.personByKey(m.author);
        if (!person)
            m_check.fail(path + "author",
                         Tr::tr("\"%1\" is not a person in this scenario").arg(m.author));
        const bool hasHandle =
            std::any_of(person->handles.begin(), person->handles.end(),
                        [&m](const ScenarioHandle &h) { return h.platform == m.platform; });
        if (!hasHandle)
            m_check.fail(path + "author",
                         Tr::tr("\"%1\" has no handle on %2").arg(m.author, m.platform));

        m.account = m_check.string(object, path, "account", true);
        const ScenarioAccount *account = m_scenario.accountByKey(m.account);
        if (!account)
            m_check.fail(path + "account",
                         Tr::tr("\"%1\" is not a brand account in this scenario").arg(m.account));
        if (account->platform != m.platform)
            m_check.fail(path + "account", Tr::tr("\"%1\" is an account on %2, not on %3")
                                               .arg(m.account, account->platform, m.platform));

        if (live) {
            if (object.contains("at"))
                m_check.fail(path + "at", Tr::tr("live mentions arrive as they come; no \"at\""));
        } else {
            m.atSeconds = m_check.integer(object, path, "at");
            if (m.atSeconds > 0)
                m_check.fail(path + "at", Tr::tr("must be 0 or less (seconds before the start)"));
        }
        m.text = m_check.string(object, path, "text", true, {}, maxTextLength);
        m.lang = m_check.string(object, path, "lang", false, {}, 16);
        m.inReplyTo = m_check.string(object, path, "in_reply_to", false);
        m.conversation = m_check.string(object, path, "conversation", false);
        m.isPrivate = m_check.oneOf(object, path, "visibility", false, {u"public"_s, u"private"_s},
                                    u"public"_s)
                      == u"private";
        const QString status = m_check.oneOf(object, path, "status", false, caseStatuses,
                                             caseStatusKey(CaseStatus::New));
        // oneOf lets an empty string through; no status is spelled so.
        const std::optional<CaseStatus> known = caseStatusFromKey(status);
        if (!known)
            m_check.fail(path + "status",
                         Tr::tr("\"%1\" is not one of: %2").arg(status, caseStatuses.join(u", ")));
        m.status = known.value_or(CaseStatus::New);
        if (live && object.contains("status"))
            m_check.fail(path + "status", Tr::tr("live mentions always arrive as new"));
        m.assign = m_check.string(object, path, "assign", false);
        if (!m.assign.isEmpty() && !m_scenario.agentByKey(m.assign))
            m_check.fail(path + "assign",
                         Tr::tr("\"%1\" is not an agent in this scenario").arg(m.assign));
        return m;
    }

    void requireObject(const json &value, const JsonPath &path) const
    {
        if (!value.is_object())
            m_check.fail(path, Tr::tr("must be an object"));
    }

    QString uniqueKey(const json &object, const JsonPath &path, QSet<QString> &keys) const
    {
        const QString key = m_check.string(object, path, "key", true);
        if (keys.contains(key))
            m_check.fail(path + "key", Tr::tr("\"%1\" is used twice").arg(key));
        keys.insert(key);
        return key;
    }

    const std::string &m_text;
    QString m_name;
    Validator m_check;
    Scenario m_scenario;
    QSet<QString> m_mentionIds;
};

} // namespace

Scenario ScenarioReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ScenarioError(Tr::tr("Cannot read scenario %1: %2").arg(path, file.errorString()));
    return readData(file.readAll(), QFileInfo(path).fileName());
}

Scenario ScenarioReader::readData(const QByteArray &data, const QString &name)
{
    const std::string text = data.toStdString();
    return Reader(text, name).read();
}

} // namespace earshot
