// SPDX-License-Identifier: Apache-2.0
#include "listening/PhraseMatcher.h"

#include <QSet>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QSet<std::uint64_t> hashes(std::initializer_list<QStringView> list)
{
    QSet<std::uint64_t> set;
    for (QStringView w : list)
        set.insert(PostWords::hashOf(w));
    return set;
}

// Written as PostWords reads them: lower-case, without apostrophes.
const QSet<std::uint64_t> &negations()
{
    static const QSet<std::uint64_t> set = hashes({
        u"not",     u"no",     u"never",   u"dont",     u"doesnt", u"didnt",  u"wont",
        u"wouldnt", u"cant",   u"cannot",  u"couldnt",  u"isnt",   u"arent",  u"wasnt",
        u"werent",  u"havent", u"hasnt",   u"shouldnt", u"aint",   u"nor",    u"without",
        u"neither", u"nicht",  u"kein",    u"keine",    u"keinen", u"keinem", u"keiner",
        u"keines",  u"nie",    u"niemals", u"ohne",     u"nichts",
    });
    return set;
}

// Words that may stand between a negation and what it denies without ending its reach.
const QSet<std::uint64_t> &fillers()
{
    static const QSet<std::uint64_t> set =
        hashes({u"going", u"gonna", u"to", u"be", u"ever", u"even", u"really", u"just", u"actually",
                u"a", u"the", u"my", u"your", u"our", u"any", u"mit", u"zu"});
    return set;
}

// "Don't make me call my lawyer" is a threat, not a denial.
const QSet<std::uint64_t> &threatVerbs()
{
    static const QSet<std::uint64_t> set = hashes({u"make", u"force", u"let"});
    return set;
}

// German conjunctions start a new thought: a "nicht" after one belongs to it.
const QSet<std::uint64_t> &conjunctions()
{
    static const QSet<std::uint64_t> set =
        hashes({u"weil", u"wenn", u"dass", u"da", u"denn", u"aber", u"und", u"oder", u"falls",
                u"obwohl", u"sonst", u"bis", u"solange"});
    return set;
}

constexpr int kNegationReach = 3;

} // namespace

QStringList PhraseMatcher::expand(QStringView pattern)
{
    const qsizetype open = pattern.indexOf(u'{');
    if (open < 0)
        return {pattern.toString()};
    const qsizetype close = pattern.indexOf(u'}', open);
    Q_ASSERT(close > open);
    QStringList out;
    const QStringView head = pattern.left(open);
    const QStringList tails = expand(pattern.mid(close + 1));
    for (QStringView alt : pattern.mid(open + 1, close - open - 1).split(u'|')) {
        for (const QString &tail : tails)
            out.append(head + alt + tail);
    }
    return out;
}

void PhraseMatcher::addPhrases(const QString &lang, std::initializer_list<PhraseEntry> entries)
{
    auto it = std::find_if(m_tables.begin(), m_tables.end(),
                           [&](const auto &entry) { return entry.first == lang; });
    if (it == m_tables.end())
        it = m_tables.insert(m_tables.end(), {lang, Table{}});
    Table &table = it->second;
    table.wordOrderVerbLast = lang == u"de"_s;
    for (const PhraseEntry &entry : entries) {
        for (const QString &written : expand(entry.pattern)) {
            const PostWords words(written);
            if (words.size() == 0)
                continue;
            Phrase phrase{{}, entry.tag, entry.negation};
            for (qsizetype i = 0; i < words.size(); ++i)
                phrase.words.append(words[i].hash);
            table.phrases.append(phrase);
        }
    }
    table.byFirstWord.clear();
    for (int i = 0; i < table.phrases.size(); ++i)
        table.byFirstWord[table.phrases[i].words[0]].append(i);
    for (auto &candidates : table.byFirstWord) {
        std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
            return table.phrases[a].words.size() > table.phrases[b].words.size();
        });
    }
}

const PhraseMatcher::Table *PhraseMatcher::table(QStringView lang) const
{
    for (const auto &entry : m_tables) {
        if (entry.first == lang)
            return &entry.second;
    }
    return nullptr;
}

PhraseHits PhraseMatcher::find(const PostWords &words, QStringView lang) const
{
    PhraseHits hits;
    if (!lang.isEmpty() && lang != u"en") {
        if (const Table *own = table(lang))
            findIn(*own, words, &hits);
    }
    if (const Table *english = table(u"en"))
        findIn(*english, words, &hits);
    return hits;
}

void PhraseMatcher::findIn(const Table &table, const PostWords &words, PhraseHits *hits) const
{
    const qsizetype n = words.size();
    qsizetype i = 0;
    while (i < n) {
        const PostWords::Word &w = words[i];
        auto it = table.byFirstWord.constFind(w.hash);
        if (it == table.byFirstWord.constEnd() && w.shortHash != w.hash)
            it = table.byFirstWord.constFind(w.shortHash);
        const Phrase *found = nullptr;
        if (it != table.byFirstWord.constEnd()) {
            for (int index : *it) {
                const Phrase &p = table.phrases[index];
                const qsizetype len = p.words.size();
                if (i + len > n)
                    continue;
                bool match = true;
                // A phrase lies within one clause: "cancel. My contract …" is not one.
                for (qsizetype k = 1; k < len && match; ++k) {
                    const PostWords::Word &o = words[i + k];
                    match =
                        (o.hash == p.words[k] || o.shortHash == p.words[k]) && o.clause == w.clause;
                }
                if (match) {
                    found = &p;
                    break;
                }
            }
        }
        if (!found) {
            ++i;
            continue;
        }
        const qsizetype last = i + found->words.size() - 1;
        const bool negated =
            found->negation == PhraseEntry::Negation::Suppresses
            && (negatedBefore(words, i) || (table.wordOrderVerbLast && negatedAfter(words, last)));
        if (!negated)
            hits->append(PhraseHit{found->tag, i, last});
        i = last + 1;
    }
}

bool PhraseMatcher::negatedBefore(const PostWords &words, qsizetype first)
{
    const int clause = words[first].clause;
    int reach = 0;
    for (qsizetype j = first - 1; j >= 0 && reach < kNegationReach; --j) {
        const PostWords::Word &w = words[j];
        if (w.clause != clause)
            return false;
        if (negations().contains(w.hash)) {
            // "don't make me …", "don't force me to …": a threat, not a denial.
            if (j + 1 < first && threatVerbs().contains(words[j + 1].hash))
                return false;
            return true;
        }
        if (!fillers().contains(w.hash))
            ++reach;
    }
    return false;
}

bool PhraseMatcher::negatedAfter(const PostWords &words, qsizetype last)
{
    const int clause = words[last].clause;
    for (qsizetype j = last + 1; j < words.size() && j <= last + kNegationReach; ++j) {
        const PostWords::Word &w = words[j];
        if (w.clause != clause || conjunctions().contains(w.hash))
            return false;
        if (negations().contains(w.hash))
            return true;
    }
    return false;
}

} // namespace earshot
