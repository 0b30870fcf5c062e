// SPDX-License-Identifier: Apache-2.0
#include "replies/TemplateSearch.h"

#include <QHash>

#include <algorithm>

namespace earshot {

namespace {

bool containsWord(const QString &field, const QString &word)
{
    return field.contains(word, Qt::CaseInsensitive);
}

} // namespace

std::vector<ReplyTemplate> TemplateSearch::forPlatform(const std::vector<ReplyTemplate> &all,
                                                       const QString &platform)
{
    std::vector<ReplyTemplate> chosen;
    QHash<QString, std::size_t> indexOfName;
    for (const ReplyTemplate &t : all) {
        const bool generic = t.platform.isEmpty();
        if (!generic && t.platform != platform)
            continue;
        const auto it = indexOfName.constFind(t.name);
        if (it == indexOfName.cend()) {
            indexOfName.insert(t.name, chosen.size());
            chosen.push_back(t);
        } else if (!generic) {
            chosen[*it] = t; // the network's own variant wins over the generic text
        }
    }
    return chosen;
}

std::vector<ReplyTemplate> TemplateSearch::find(const std::vector<ReplyTemplate> &all,
                                                const QString &words, const QString &platform)
{
    const QStringList wanted = words.simplified().split(u' ', Qt::SkipEmptyParts);
    struct Hit {
        int nameMatches;
        ReplyTemplate t;
    };
    std::vector<Hit> hits;
    for (ReplyTemplate &t : forPlatform(all, platform)) {
        int nameMatches = 0;
        bool matches = true;
        for (const QString &word : wanted) {
            if (containsWord(t.name, word)) {
                ++nameMatches;
            } else if (!containsWord(t.body, word) && !containsWord(t.tone, word)
                       && !containsWord(t.category, word)) {
                matches = false;
                break;
            }
        }
        if (matches)
            hits.push_back({nameMatches, std::move(t)});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.nameMatches != b.nameMatches)
            return a.nameMatches > b.nameMatches;
        return a.t.name.localeAwareCompare(b.t.name) < 0;
    });
    std::vector<ReplyTemplate> result;
    result.reserve(hits.size());
    for (Hit &hit : hits)
        result.push_back(std::move(hit.t));
    return result;
}

} // namespace earshot
