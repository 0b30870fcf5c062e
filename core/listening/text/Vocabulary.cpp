// SPDX-License-Identifier: Apache-2.0
#include "listening/text/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace earshot {

namespace {

// The kind column of the lists, in Role's order (a two-column list is "valence").
constexpr const char16_t *kRoleNames[] = {
    u"valence", u"negator",     u"negator-after", u"booster",   u"contrast",      u"sarcasm",
    u"anger",   u"frustration", u"anxiety",       u"joy",       u"gratitude",     u"threat",
    u"slur",    u"insult",      u"put-down",      u"profanity", u"target",        u"suffix",
    u"ender",   u"linking",     u"deadpan",       u"sadness",   u"disappointment"};
static_assert(std::size(kRoleNames) == size_t(Role::Count));

int roleNamed(QStringView name)
{
    for (int r = 0; r < int(Role::Count); ++r)
        if (name == QStringView(kRoleNames[r]))
            return r;
    return -1;
}

// One list file: "<topic>-<lang>[-<more>].tsv". A file with a suffix corrects its base list.
void loadFile(const QString &path, bool corrects, Vocabulary *vocabulary)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2)
            continue;
        const int role = fields.size() == 2 ? int(Role::Valence) : roleNamed(fields[0]);
        bool ok = false;
        const float value = fields.back().trimmed().toFloat(&ok);
        if (role >= 0 && ok)
            vocabulary->add(fields[fields.size() - 2], Role(role), value, corrects);
    }
}

QHash<QString, Vocabulary> loadVocabularies()
{
    const QDir dir(QStringLiteral(":/earshot/lexicons"));
    QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    // "sentiment-en.tsv" before "sentiment-en-care.tsv": the specific file corrects the base.
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    QHash<QString, QStringList> byLanguage;
    for (const QString &name : std::as_const(files)) {
        const QStringList parts = name.chopped(4).split(u'-');
        if (parts.size() >= 2)
            byLanguage[parts[1]].append(name);
    }
    QHash<QString, Vocabulary> vocabularies;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        if (it.key() == u"any")
            continue;
        Vocabulary &vocabulary = vocabularies[it.key()];
        // Language-free signs (emoji, emoticons) first: a language's own list may refine them.
        for (const QString &name : byLanguage.value(QStringLiteral("any")))
            loadFile(dir.filePath(name), false, &vocabulary);
        for (const QString &name : it.value())
            loadFile(dir.filePath(name), name.count(u'-') > 1, &vocabulary);
    }
    return vocabularies;
}

} // namespace

void Vocabulary::add(QStringView entry, Role role, float value, bool replace)
{
    const QString lower = entry.trimmed().toString().toLower();
    if (lower.isEmpty())
        return;
    if (role == Role::Suffix) {
        m_suffixes.push_back(lower);
        std::sort(m_suffixes.begin(), m_suffixes.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return;
    }
    const int index = m_index.insert(lower, int(m_entries.size()));
    if (index == int(m_entries.size()))
        m_entries.emplace_back();
    WordEntry &word = m_entries[index];
    const std::uint32_t bit = 1u << int(role);
    if (!(word.roles & bit) || replace) {
        word.roles |= bit;
        word.values[int(role)] = value;
    }
    // Every beginning of a phrase is in the table too, so matching stops at the first word that
    // no phrase continues with.
    const QList<QStringView> words = QStringView(lower).split(u' ', Qt::SkipEmptyParts);
    for (int k = 1; k < words.size(); ++k) {
        const QStringView prefix(words.front().data(), words[k - 1].data() + words[k - 1].size());
        const int at = m_index.insert(prefix, int(m_entries.size()));
        if (at == int(m_entries.size()))
            m_entries.emplace_back();
        if (k == 1)
            m_entries[at].phraseWords =
                std::clamp(int(words.size()), m_entries[at].phraseWords, kMaxMatches - 1);
    }
}

const WordEntry *Vocabulary::find(QStringView word, quint32 hash) const
{
    const int index = m_index.find(word, hash);
    return index < 0 ? nullptr : &m_entries[index];
}

const WordEntry *Vocabulary::word(const Token &token) const
{
    if (const WordEntry *entry = find(token.lower, token.hash))
        return entry;
    // An inflected form of a listed word: "guter", "enttäuschende" (languages that list
    // suffixes; a stem keeps at least three letters).
    for (const QString &suffix : m_suffixes) {
        if (token.lower.size() >= suffix.size() + 3 && token.lower.back() == suffix.back()
            && token.lower.endsWith(suffix)) {
            const QStringView stem = token.lower.chopped(suffix.size());
            if (const WordEntry *entry = find(stem, hashWord(stem)))
                return entry;
        }
    }
    if (!token.elongated)
        return nullptr;
    QVarLengthArray<QChar, 64> buffer;
    QStringView shorter = collapseRepeats(token.lower, 2, buffer);
    if (const WordEntry *entry = find(shorter, hashWord(shorter)))
        return entry;
    shorter = collapseRepeats(token.lower, 1, buffer);
    return find(shorter, hashWord(shorter));
}

int Vocabulary::matchesAt(const Tokens &tokens, int i, Match *out) const
{
    if (tokens[i].kind == Token::Kind::Mention)
        return 0;
    return matchesAt(tokens, i, word(tokens[i]), out);
}

int Vocabulary::matchesAt(const Tokens &tokens, int i, const WordEntry *entry, Match *out) const
{
    const Token &first = tokens[i];
    if (!entry || first.kind == Token::Kind::Mention)
        return 0;
    int count = 0;
    if (entry->phraseWords > 1 && first.kind == Token::Kind::Word) {
        QVarLengthArray<QChar, 128> phrase;
        phrase.append(first.lower.constData(), first.lower.size());
        const int longest = std::min(entry->phraseWords, tokens.size() - i);
        for (int k = 1; k < longest; ++k) {
            const Token &next = tokens[i + k];
            if (next.kind != Token::Kind::Word || tokens[i + k - 1].clauseEnd)
                break;
            phrase.append(u' ');
            phrase.append(next.lower.constData(), next.lower.size());
            const QStringView joined(phrase.constData(), phrase.size());
            const WordEntry *found = find(joined, hashWord(joined));
            if (!found)
                break; // no phrase goes on like this
            if (found->roles)
                out[count++] = {found, k + 1};
        }
        std::reverse(out, out + count);
    }
    if (entry->roles)
        out[count++] = {entry, 1};
    return count;
}

Match Vocabulary::longestWith(const Tokens &tokens, int i, Role role) const
{
    Match matches[kMaxMatches];
    const int count = matchesAt(tokens, i, matches);
    for (int k = 0; k < count; ++k)
        if (matches[k].entry->has(role))
            return matches[k];
    return {};
}

bool negatedBefore(const Tokens &tokens, const Vocabulary &words, int i, int reach)
{
    for (int back = 1; back <= reach && i - back >= 0; ++back) {
        const Token &before = tokens[i - back];
        if (before.kind != Token::Kind::Word || before.clauseEnd)
            return false;
        if (endsWithNot(before.lower))
            return true;
        if (const WordEntry *entry = words.word(before); entry && entry->has(Role::Negator))
            return true;
    }
    return false;
}

bool endedAfter(const Tokens &tokens, const Vocabulary &words, int last, int *enderAt)
{
    constexpr int kReach = 4; // "is now finally over"
    if (tokens[last].clauseEnd)
        return false;
    // At least one linking word: straight after a feeling, "over" is a preposition ("upset
    // over the delay", "excited over the launch").
    bool linked = false;
    for (int k = last + 1; k <= last + kReach && k < tokens.size(); ++k) {
        const Token &after = tokens[k];
        if (after.kind != Token::Kind::Word)
            return false;
        const WordEntry *entry = words.word(after);
        if (linked && entry && entry->has(Role::Ender)) {
            if (enderAt)
                *enderAt = k;
            return true;
        }
        if (!entry || !entry->has(Role::Linking) || after.clauseEnd)
            return false;
        linked = true;
    }
    return false;
}

const Vocabulary &vocabularyFor(const QString &lang)
{
    static const QHash<QString, Vocabulary> vocabularies = loadVocabularies();
    static const Vocabulary empty;
    // Posts come in runs of one language: skip the hash for the language asked last.
    thread_local QString lastLang;
    thread_local const Vocabulary *last = nullptr;
    if (last && lang == lastLang)
        return *last;
    auto it = vocabularies.constFind(lang);
    if (it == vocabularies.cend())
        it = vocabularies.constFind(QStringLiteral("en"));
    lastLang = lang;
    last = it == vocabularies.cend() ? &empty : &*it;
    return *last;
}

} // namespace earshot
