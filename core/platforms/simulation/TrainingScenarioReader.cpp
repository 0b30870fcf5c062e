// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/TrainingScenarioReader.h"

#include "Tr.h"
#include "platforms/PlatformTraits.h"
#include "platforms/simulation/ScenarioReader.h"
#include "json/JsonLocator.h"

#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <limits>

namespace earshot {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

constexpr int maxTextLength = 10000;
const QStringList agentRoles{u"agent"_s, u"lead"_s, u"trainer"_s, u"admin"_s};
const QStringList moods{u"neutral"_s, u"calmed"_s, u"inflamed"_s};
const QStringList tones{u"empathetic"_s};

// Unlike version 1's reader, which stops at the first problem, this one notes every problem and
// goes on with what it could read, so a trainer fixes a file in one pass.
class Problems {
public:
    Problems(const std::string &text, const QString &name)
        : m_text(text)
        , m_name(name)
    {}

    void add(const JsonPath &path, const QString &reason)
    {
        const int line = lineOfJsonPath(m_text, path);
        m_lines.append(u"%1:%2: %3: %4"_s.arg(m_name).arg(line).arg(formatJsonPath(path), reason));
    }
    bool empty() const { return m_lines.isEmpty(); }
    QString joined() const { return m_lines.join(u'\n'); }

    // The member, if present and of `type`; notes a problem when it is required and missing, or
    // of another type.
    const json *member(const json &object, const JsonPath &at, const char *key, json::value_t type,
                       bool required)
    {
        if (!object.is_object())
            return nullptr;
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required)
                add(at + key, Tr::tr("is missing"));
            return nullptr;
        }
        bool ok = it->type() == type;
        if (type == json::value_t::number_integer)
            ok = it->is_number_integer();
        if (type == json::value_t::number_float)
            ok = it->is_number();
        if (!ok) {
            add(at + key, Tr::tr("has the wrong type (expected %1)").arg(typeName(type)));
            return nullptr;
        }
        return &*it;
    }

    QString string(const json &object, const JsonPath &at, const char *key, bool required,
                   int maxLength = 400)
    {
        const json *value = member(object, at, key, json::value_t::string, required);
        if (!value)
            return {};
        const QString out = QString::fromStdString(value->get<std::string>());
        if (required && out.trimmed().isEmpty())
            add(at + key, Tr::tr("is empty"));
        if (out.size() > maxLength)
            add(at + key, Tr::tr("is longer than %1 characters").arg(maxLength));
        return out;
    }

    QString oneOf(const json &object, const JsonPath &at, const char *key, bool required,
                  const QStringList &allowed, const QString &fallback)
    {
        const QString value = string(object, at, key, required);
        if (value.isEmpty())
            return fallback;
        if (!allowed.contains(value)) {
            add(at + key, Tr::tr("\"%1\" is not one of: %2").arg(value, allowed.join(u", ")));
            return fallback;
        }
        return value;
    }

    std::optional<std::int64_t> integer(const json &object, const JsonPath &at, const char *key,
                                        bool required, std::int64_t min, std::int64_t max)
    {
        const json *value = member(object, at, key, json::value_t::number_integer, required);
        if (!value)
            return std::nullopt;
        const auto out = value->get<std::int64_t>();
        if (out < min || out > max) {
            add(at + key, Tr::tr("must be from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return out;
    }

    std::optional<bool> boolean(const json &object, const JsonPath &at, const char *key)
    {
        const json *value = member(object, at, key, json::value_t::boolean, false);
        return value ? std::optional(value->get<bool>()) : std::nullopt;
    }

    QStringList texts(const json &object, const JsonPath &at, const char *key)
    {
        QStringList out;
        const json *list = member(object, at, key, json::value_t::array, false);
        if (!list)
            return out;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json &item = (*list)[i];
            if (!item.is_string() || item.get<std::string>().empty()) {
                add(at + key + i, Tr::tr("must be a text that is not empty"));
                continue;
            }
            out.append(QString::fromStdString(item.get<std::string>()));
        }
        return out;
    }

    // Each object of the list at `key`, with its path; notes entries that are not objects.
    void eachObject(const json &object, const JsonPath &at, const char *key, bool required,
                    const std::function<void(const json &, const JsonPath &)> &read)
    {
        const json *list = member(object, at, key, json::value_t::array, required);
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const JsonPath path = at + key + i;
            if (!(*list)[i].is_object()) {
                add(path, Tr::tr("must be an object"));
                continue;
            }
            read((*list)[i], path);
        }
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
        case json::value_t::number_float:
            return Tr::tr("a number");
        case json::value_t::boolean:
            return Tr::tr("true or false");
        default:
            return Tr::tr("another type");
        }
    }

    const std::string &m_text;
    QString m_name;
    QStringList m_lines;
};

class TrainingReader {
public:
    TrainingReader(const std::string &text, const QString &name)
        : m_problems(text, name)
    {}

    Scenario read(const json &root)
    {
        const JsonPath top;
        m_scenario.version = 2;
        m_scenario.title = m_problems.string(root, top, "title", true);
        m_scenario.description = m_problems.string(root, top, "description", false, 2000);
        TrainingScript &script = m_script;
        if (const auto seed = m_problems.integer(root, top, "seed", true, 0,
                                                 std::numeric_limits<std::int64_t>::max()))
            script.seed = std::uint64_t(*seed);
        script.durationMinutes =
            int(m_problems.integer(root, top, "duration_minutes", true, 1, 600).value_or(30));
        script.teams = m_problems.texts(root, top, "teams");
        script.language =
            m_problems.oneOf(root, top, "language", false, {u"en"_s, u"de"_s}, u"en"_s);

        if (const json *brand = m_problems.member(root, top, "brand", json::value_t::object, true))
            readBrand(*brand, top + "brand");
        readAgents(root, top);
        readPersonas(root, top);
        m_problems.eachObject(root, top, "injects", true,
                              [this](const json &o, const JsonPath &p) { readInject(o, p); });
        checkInjects(top + "injects");
        m_problems.eachObject(root, top, "branches", false,
                              [this](const json &o, const JsonPath &p) { readBranch(o, p); });
        checkBranches(top + "branches");
        if (const json *noise = m_problems.member(root, top, "noise", json::value_t::object, false))
            readNoise(*noise, top + "noise");
        m_problems.eachObject(root, top, "objectives", false,
                              [this](const json &o, const JsonPath &p) { readObjective(o, p); });
        if (const json *rules =
                m_problems.member(root, top, "rules", json::value_t::object, false)) {
            script.forbiddenPhrases = m_problems.texts(*rules, top + "rules", "forbidden_phrases");
            script.noPersonalDataInPublic =
                m_problems.boolean(*rules, top + "rules", "no_personal_data_in_public")
                    .value_or(true);
        }
        if (!m_problems.empty())
            throw ScenarioError(m_problems.joined());
        m_scenario.training = std::move(m_script);
        return std::move(m_scenario);
    }

private:
    bool isNetwork(const QString &key) const { return replyPlatformKeys().contains(key); }

    QString network(const json &object, const JsonPath &at, const char *key)
    {
        const QString value = m_problems.string(object, at, key, true);
        if (!value.isEmpty() && !isNetwork(value))
            m_problems.add(at + key, Tr::tr("\"%1\" is not a network Earshot knows (%2)")
                                         .arg(value, replyPlatformKeys().join(u", ")));
        return value;
    }

    QString uniqueKey(const json &object, const JsonPath &path, QSet<QString> &keys)
    {
        const QString key = m_problems.string(object, path, "key", true);
        if (!key.isEmpty() && keys.contains(key))
            m_problems.add(path + "key", Tr::tr("\"%1\" is used twice").arg(key));
        keys.insert(key);
        return key;
    }

    void readBrand(const json &brand, const JsonPath &at)
    {
        m_scenario.brandName = m_problems.string(brand, at, "name", true);
        QSet<QString> keys;
        m_problems.eachObject(brand, at, "accounts", true, [&](const json &o, const JsonPath &p) {
            ScenarioAccount a;
            a.key = uniqueKey(o, p, keys);
            a.platform = network(o, p, "platform");
            a.handle = m_problems.string(o, p, "handle", true);
            a.name = m_problems.string(o, p, "name", false);
            if (a.name.isEmpty())
                a.name = a.handle;
            m_scenario.accounts.push_back(a);
        });
    }

    void readAgents(const json &root, const JsonPath &top)
    {
        QSet<QString> keys;
        m_problems.eachObject(root, top, "agents", false, [&](const json &o, const JsonPath &p) {
            ScenarioAgent a;
            a.key = uniqueKey(o, p, keys);
            a.name = m_problems.string(o, p, "name", true);
            a.role = m_problems.oneOf(o, p, "role", false, agentRoles, u"agent"_s);
            m_scenario.agents.push_back(a);
        });
    }

    void readPersonas(const json &root, const JsonPath &top)
    {
        QSet<QString> keys;
        QSet<QString> handles;
        m_problems.eachObject(root, top, "personas", true, [&](const json &o, const JsonPath &p) {
            ScenarioPerson person;
            person.key = uniqueKey(o, p, keys);
            person.name = m_problems.string(o, p, "name", true);
            TrainingPersonaTraits traits;
            traits.key = person.key;
            traits.customer = m_problems.boolean(o, p, "customer").value_or(true);
            traits.temperament = Temperament(temperamentKeys().indexOf(
                m_problems.oneOf(o, p, "temperament", false, temperamentKeys(), u"calm"_s)));
            m_problems.eachObject(o, p, "handles", true, [&](const json &h, const JsonPath &hp) {
                ScenarioHandle handle;
                handle.platform = network(h, hp, "platform");
                handle.id = m_problems.string(h, hp, "id", true);
                handle.handle = m_problems.string(h, hp, "handle", true);
                handle.followers =
                    m_problems.integer(h, hp, "followers", false, 0, 1'000'000'000).value_or(0);
                const QString unique = handle.platform + u'\n' + handle.id;
                if (!handle.id.isEmpty() && handles.contains(unique))
                    m_problems.add(hp + "id", Tr::tr("another person already has this id"));
                handles.insert(unique);
                person.handles.push_back(handle);
            });
            if (person.handles.empty() && o.contains("handles") && o["handles"].is_array())
                m_problems.add(p + "handles", Tr::tr("a person needs at least one handle"));
            m_scenario.people.push_back(person);
            m_script.personas.push_back(traits);
        });
    }

    void readInject(const json &o, const JsonPath &p)
    {
        TrainingInject inject;
        inject.key = uniqueKey(o, p, m_injectKeys);
        m_injectPaths.insert(inject.key, p);
        inject.mentionId = m_problems.string(o, p, "id", false);
        if (inject.mentionId.isEmpty())
            inject.mentionId = inject.key;
        inject.atSeconds = m_problems.integer(o, p, "at", false, 0, 600 * 60);
        if (o.contains("at") && !inject.atSeconds)
            inject.atSeconds = -1; // noted already; keeps it scripted for the checks after
        inject.delaySeconds =
            m_problems.integer(o, p, "delay_seconds", false, 0, 3600).value_or(60);
        inject.persona = m_problems.string(o, p, "persona", true);
        inject.network = network(o, p, "network");
        inject.account = m_problems.string(o, p, "account", true);
        inject.text = m_problems.string(o, p, "text", true, maxTextLength);
        inject.lang = m_problems.string(o, p, "lang", false, 16);
        inject.isPrivate =
            m_problems.oneOf(o, p, "visibility", false, {u"public"_s, u"private"_s}, u"public"_s)
            == u"private";
        inject.inReplyTo = m_problems.string(o, p, "in_reply_to", false);
        inject.mood =
            InjectMood(moods.indexOf(m_problems.oneOf(o, p, "mood", false, moods, u"neutral"_s)));

        const ScenarioPerson *person =
            inject.persona.isEmpty() ? nullptr : m_scenario.personByKey(inject.persona);
        if (!inject.persona.isEmpty() && !person)
            m_problems.add(p + "persona",
                           Tr::tr("\"%1\" is not a persona in this scenario").arg(inject.persona));
        if (person && isNetwork(inject.network)
            && std::none_of(person->handles.begin(), person->handles.end(),
                            [&](const ScenarioHandle &h) { return h.platform == inject.network; }))
            m_problems.add(
                p + "persona",
                Tr::tr("\"%1\" has no handle on %2").arg(inject.persona, inject.network));
        const ScenarioAccount *account =
            inject.account.isEmpty() ? nullptr : m_scenario.accountByKey(inject.account);
        if (!inject.account.isEmpty() && !account)
            m_problems.add(
                p + "account",
                Tr::tr("\"%1\" is not a brand account in this scenario").arg(inject.account));
        if (account && isNetwork(inject.network) && account->platform != inject.network)
            m_problems.add(p + "account",
                           Tr::tr("\"%1\" is an account on %2, not on %3")
                               .arg(inject.account, account->platform, inject.network));
        const QString id = inject.network + u'\n' + inject.mentionId;
        if (m_mentionIds.contains(id))
            m_problems.add(
                p + "id",
                Tr::tr("\"%1\" is used twice on %2").arg(inject.mentionId, inject.network));
        m_mentionIds.insert(id);
        m_script.injects.push_back(inject);
    }

    // What can only be checked with every inject read: references, and times in order.
    void checkInjects(const JsonPath &)
    {
        std::int64_t lastAt = 0;
        for (const TrainingInject &inject : m_script.injects) {
            const JsonPath p = m_injectPaths.value(inject.key);
            if (inject.atSeconds && *inject.atSeconds >= 0) {
                if (*inject.atSeconds < lastAt)
                    m_problems.add(p + "at", Tr::tr("is earlier than the inject before it (%1 s); "
                                                    "keep scripted injects in the order of time")
                                                 .arg(lastAt));
                lastAt = std::max(lastAt, *inject.atSeconds);
            }
            if (inject.inReplyTo.isEmpty())
                continue;
            const TrainingInject *target = m_script.inject(inject.inReplyTo);
            if (!target) {
                m_problems.add(
                    p + "in_reply_to",
                    Tr::tr("\"%1\" is not an inject in this scenario").arg(inject.inReplyTo));
            } else if (target->network != inject.network) {
                m_problems.add(p + "in_reply_to",
                               Tr::tr("\"%1\" is on %2, not on %3")
                                   .arg(inject.inReplyTo, target->network, inject.network));
            } else if (target == &inject) {
                m_problems.add(p + "in_reply_to", Tr::tr("an inject cannot answer itself"));
            } else if (inject.atSeconds && target->atSeconds
                       && *target->atSeconds > *inject.atSeconds) {
                m_problems.add(
                    p + "in_reply_to",
                    Tr::tr("\"%1\" is posted later than this inject").arg(inject.inReplyTo));
            }
        }
    }

    QString injectReference(const json &o, const JsonPath &p, const char *key, bool required)
    {
        const QString value = m_problems.string(o, p, key, required);
        if (!value.isEmpty() && !m_script.inject(value))
            m_problems.add(p + key, Tr::tr("\"%1\" is not an inject in this scenario").arg(value));
        return value;
    }

    BranchCondition readCondition(const json &o, const JsonPath &p)
    {
        BranchCondition c;
        if (const auto n = m_problems.integer(o, p, "replied_within_minutes", false, 1, 600))
            c.repliedWithinMinutes = int(*n);
        const QString in =
            m_problems.oneOf(o, p, "replied_in", false, {u"public"_s, u"private"_s}, {});
        if (!in.isEmpty())
            c.repliedPrivately = in == u"private";
        c.replyContains = m_problems.texts(o, p, "reply_contains");
        c.replyLacks = m_problems.texts(o, p, "reply_lacks");
        c.showsEmpathy = m_problems.boolean(o, p, "shows_empathy");
        c.askedDetailsInPrivate = m_problems.boolean(o, p, "asked_details_in_private");
        c.escalatedTo = m_problems.string(o, p, "escalated_to", false);
        if (!c.escalatedTo.isEmpty())
            checkEscalationTarget(c.escalatedTo, p + "escalated_to");
        c.resolved = m_problems.boolean(o, p, "resolved");
        static const std::vector<std::string> known{
            "replied_within_minutes", "replied_in",
            "reply_contains",         "reply_lacks",
            "shows_empathy",          "asked_details_in_private",
            "escalated_to",           "resolved"};
        for (const auto &[key, value] : o.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                m_problems.add(p + key.c_str(), Tr::tr("is not a condition Earshot knows"));
        }
        return c;
    }

    void checkEscalationTarget(const QString &target, const JsonPath &path)
    {
        if (!m_script.teams.contains(target) && !m_scenario.agentByKey(target))
            m_problems.add(
                path, Tr::tr("\"%1\" is neither a team nor an agent in this scenario").arg(target));
    }

    void readBranch(const json &o, const JsonPath &p)
    {
        TrainingBranch branch;
        branch.after = injectReference(o, p, "after", true);
        branch.decideAfterMinutes =
            int(m_problems.integer(o, p, "decide_after_minutes", false, 1, 600).value_or(10));
        m_problems.eachObject(o, p, "rules", true, [&](const json &r, const JsonPath &rp) {
            BranchRule rule;
            if (const json *when = m_problems.member(r, rp, "if", json::value_t::object, true))
                rule.condition = readCondition(*when, rp + "if");
            rule.then = injectReference(r, rp, "then", true);
            branch.rules.push_back(rule);
        });
        branch.otherwise = injectReference(o, p, "otherwise", false);
        m_branchPaths.push_back(p);
        m_script.branches.push_back(branch);
    }

    // A branch posts injects that only a branch posts; none may be scripted too, each must be
    // reachable, and no chain of branches may lead back to where it started.
    void checkBranches(const JsonPath &)
    {
        QHash<QString, QStringList> next;
        QSet<QString> targets;
        for (std::size_t i = 0; i < m_script.branches.size(); ++i) {
            const TrainingBranch &b = m_script.branches[i];
            QStringList chosen;
            for (const BranchRule &rule : b.rules)
                chosen.append(rule.then);
            if (!b.otherwise.isEmpty())
                chosen.append(b.otherwise);
            for (const QString &key : std::as_const(chosen)) {
                const TrainingInject *inject = m_script.inject(key);
                if (inject && inject->atSeconds)
                    m_problems.add(
                        m_branchPaths[i],
                        Tr::tr("\"%1\" has an \"at\"; an inject a branch posts has none").arg(key));
                targets.insert(key);
            }
            next[b.after].append(chosen);
        }
        for (const TrainingInject &inject : m_script.injects) {
            if (!inject.atSeconds && !targets.contains(inject.key))
                m_problems.add(m_injectPaths.value(inject.key),
                               Tr::tr("has no \"at\" and no branch posts it"));
        }
        // Depth-first search for a way back.
        QHash<QString, int> state; // 1 on the path, 2 done
        QSet<QString> reported;
        std::function<void(const QString &, QStringList &)> visit = [&](const QString &key,
                                                                        QStringList &path) {
            state[key] = 1;
            path.append(key);
            for (const QString &to : next.value(key)) {
                if (state.value(to) == 1) {
                    const QStringList loop = path.mid(path.indexOf(to)) + QStringList{to};
                    const QString where = loop.first();
                    if (!reported.contains(where)) {
                        reported.insert(where);
                        addBranchProblem(where, Tr::tr("the branches go round in a circle: %1")
                                                    .arg(loop.join(u" -> ")));
                    }
                } else if (state.value(to) == 0) {
                    visit(to, path);
                }
            }
            path.removeLast();
            state[key] = 2;
        };
        for (const TrainingBranch &b : m_script.branches) {
            QStringList path;
            if (state.value(b.after) == 0)
                visit(b.after, path);
        }
    }

    void addBranchProblem(const QString &afterKey, const QString &reason)
    {
        for (std::size_t i = 0; i < m_script.branches.size(); ++i) {
            if (m_script.branches[i].after == afterKey) {
                m_problems.add(m_branchPaths[i], reason);
                return;
            }
        }
    }

    void readNoise(const json &o, const JsonPath &p)
    {
        TrainingNoise &noise = m_script.noise;
        if (const json *rate =
                m_problems.member(o, p, "per_minute", json::value_t::number_float, true)) {
            noise.perMinute = rate->get<double>();
            if (noise.perMinute < 0 || noise.perMinute > 600)
                m_problems.add(p + "per_minute", Tr::tr("must be from %1 to %2").arg(0).arg(600));
        }
        if (const json *surge =
                m_problems.member(o, p, "surge_factor", json::value_t::number_float, false)) {
            noise.surgeFactor = surge->get<double>();
            if (noise.surgeFactor < 1 || noise.surgeFactor > 100)
                m_problems.add(p + "surge_factor", Tr::tr("must be from %1 to %2").arg(1).arg(100));
        }
        if (const json *mix = m_problems.member(o, p, "mix", json::value_t::object, false)) {
            for (const auto &[key, value] : mix->items()) {
                const QString category = QString::fromStdString(key);
                const JsonPath at = p + "mix" + key.c_str();
                if (!noiseCategories().contains(category)) {
                    m_problems.add(at, Tr::tr("\"%1\" is not one of: %2")
                                           .arg(category, noiseCategories().join(u", ")));
                } else if (!value.is_number_integer() || value.get<std::int64_t>() < 0
                           || value.get<std::int64_t>() > 100) {
                    m_problems.add(at, Tr::tr("must be from %1 to %2").arg(0).arg(100));
                } else {
                    noise.mix.push_back({category, int(value.get<std::int64_t>())});
                }
            }
        }
        if (noise.mix.empty())
            for (const QString &category : noiseCategories())
                noise.mix.push_back({category, 1});
        if (m_scenario.accounts.empty() && noise.perMinute > 0)
            m_problems.add(p, Tr::tr("noise needs at least one brand account"));
    }

    void readObjective(const json &o, const JsonPath &p)
    {
        TrainingObjective objective;
        objective.inject = injectReference(o, p, "inject", true);
        if (const auto n = m_problems.integer(o, p, "reply_within_minutes", false, 1, 600))
            objective.replyWithinMinutes = int(*n);
        objective.mustGoPrivate = m_problems.boolean(o, p, "private").value_or(false);
        objective.escalateTo = m_problems.string(o, p, "escalate_to", false);
        if (!objective.escalateTo.isEmpty())
            checkEscalationTarget(objective.escalateTo, p + "escalate_to");
        objective.tone = m_problems.oneOf(o, p, "tone", false, tones, {});
        if (!objective.inject.isEmpty() && m_script.objective(objective.inject))
            m_problems.add(p + "inject",
                           Tr::tr("\"%1\" has an objective already").arg(objective.inject));
        m_script.objectives.push_back(objective);
    }

    Problems m_problems;
    Scenario m_scenario;
    TrainingScript m_script;
    QSet<QString> m_injectKeys;
    QSet<QString> m_mentionIds;
    QHash<QString, JsonPath> m_injectPaths;
    std::vector<JsonPath> m_branchPaths;
};

} // namespace

Scenario readTrainingScenario(const std::string &text, const QString &name, const json &root)
{
    return TrainingReader(text, name).read(root);
}

} // namespace earshot
