// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/text/Tokenizer.h"
#include "listening/text/WordTable.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace earshot {

// What a word or phrase does for the readers. One word may play several roles ("damn" is a
// booster, a valence and profanity), so each reader finds all of them with one lookup.
enum class Role : std::uint8_t {
    Valence,      // -4..4 on VADER's scale
    Negator,      // "not", "never", "kein": flips what follows
    NegatorAfter, // "nicht" after the word it denies (German)
    Booster,      // + stresses, - softens the next word
    Contrast,     // "but": the clause after weighs this much more
    Sarcasm,      // "yeah right": praise around it means its opposite
    Anger,
    Frustration,
    Anxiety,
    Joy,
    Gratitude,
    Threat,
    Slur,
    Insult,
    PutDown,
    Profanity,
    Target,  // a word that points at a person ("you", "staff")
    Suffix,  // an inflection a word may carry beyond its listed form (German "gut-er")
    Ender,   // "over", "cancelled" after a word: it has ended ("the outage is over")
    Linking, // may stand between a word and its ender: "is", "finally", "officially"
    Deadpan, // "Brilliant." as the last sentence after a complaint: sarcasm
    Sadness,
    Disappointment,
    Count
};

struct WordEntry {
    std::uint32_t roles = 0;
    float values[int(Role::Count)] = {};
    int phraseWords = 1; // longest phrase starting with this word, in words

    bool has(Role role) const { return roles & (1u << int(role)); }
    float operator[](Role role) const { return values[int(role)]; }
};

// A word or phrase found at a token: `length` tokens long. No member initialisers: a reader
// keeps an array of these per token, filled only as far as matchesAt() says.
struct Match {
    const WordEntry *entry;
    int length;
};

// Every word list of one language, merged into one table: a reader looks each token up once.
// Phrases ("still waiting", "thanks for nothing") match runs of word tokens within one clause; a
// word written long ("sooo") also matches its short form ("so"). Immutable once built.
class Vocabulary final {
public:
    static constexpr int kMaxMatches = 6;

    // The entries starting at token `i`, longest first; returns how many.
    int matchesAt(const Tokens &tokens, int i, Match *out) const;
    // The same, when word(tokens[i]) is already known.
    int matchesAt(const Tokens &tokens, int i, const WordEntry *first, Match *out) const;
    // The longest entry at `i` that plays `role` (length 0 when none).
    Match longestWith(const Tokens &tokens, int i, Role role) const;
    const WordEntry *word(const Token &token) const;

    void add(QStringView entry, Role role, float value, bool replace);

private:
    const WordEntry *find(QStringView word, quint32 hash) const;

    WordTable m_index;
    std::vector<WordEntry> m_entries;
    std::vector<QString> m_suffixes; // longest first
};

// True when a negator ("not", "never", "kein", "…n't") stands up to `reach` words before token
// `i`, within its clause.
bool negatedBefore(const Tokens &tokens, const Vocabulary &words, int i, int reach);

// Whether what tokens[last] names is said to have ended, in its own clause: an ender after it,
// with one linking word or more between and nothing else ("the panic is officially cancelled",
// "the outage is finally over"; not "upset over the delay").
// The ender's index goes to `enderAt`: its own valence was spent on the word it ended.
bool endedAfter(const Tokens &tokens, const Vocabulary &words, int last, int *enderAt = nullptr);

// The vocabulary of `lang`, loaded once per process from the embedded lists
// (:/earshot/lexicons, see resources/lexicons). A language without lists ("" included) is read
// with English's. Thread-safe.
const Vocabulary &vocabularyFor(const QString &lang);

} // namespace earshot
