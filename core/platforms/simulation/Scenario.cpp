// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/Scenario.h"

#include <algorithm>

namespace earshot {

namespace {

template <typename T> const T *findByKey(const std::vector<T> &items, const QString &key)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&key](const T &item) { return item.key == key; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const ScenarioPerson *Scenario::personByKey(const QString &key) const
{
    return findByKey(people, key);
}

const ScenarioAccount *Scenario::accountByKey(const QString &key) const
{
    return findByKey(accounts, key);
}

const ScenarioAgent *Scenario::agentByKey(const QString &key) const
{
    return findByKey(agents, key);
}

Mention Scenario::toMention(const ScenarioMention &m, std::int64_t createdAtMs,
                            const QString &idSuffix) const
{
    Mention out;
    out.platform = m.platform;
    out.id = m.id + idSuffix;
    out.createdAtMs = createdAtMs;
    out.text = m.text;
    out.lang = m.lang;
    out.isPrivate = m.isPrivate;
    out.inReplyTo = m.inReplyTo;
    out.conversationId = m.conversation;
    if (const ScenarioPerson *person = personByKey(m.author)) {
        out.author.name = person->name;
        for (const ScenarioHandle &handle : person->handles) {
            if (handle.platform == m.platform) {
                out.author.id = handle.id;
                out.author.handle = handle.handle;
                out.author.followers = handle.followers;
                break;
            }
        }
    }
    if (const ScenarioAccount *account = accountByKey(m.account))
        out.account = account->handle;
    return out;
}

} // namespace earshot
