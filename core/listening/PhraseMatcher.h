// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/PostWords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <cstdint>
#include <initializer_list>

namespace earshot {

// One line of a phrase table. The pattern is written as a person would write it; "{a|b|}"
// spells alternatives ("cancel{|ling|led} my {contract|account}"). The tag is the reader's own
// (a risk, a kind of category cue).
struct PhraseEntry {
    enum class Negation {
        Suppresses, // "not going to cancel", "kein Anwalt": the phrase does not count
        Ignored,    // "still no refund" is still about a refund
    };
    QStringView pattern;
    int tag = 0;
    Negation negation = Negation::Suppresses;
};

struct PhraseHit {
    int tag = 0;
    qsizetype firstWord = 0;
    qsizetype lastWord = 0;
};
using PhraseHits = QVarLengthArray<PhraseHit, 8>;

// Finds table phrases in a post's words: whole words only, the longest phrase at each word,
// left to right without overlap. A phrase preceded in its clause by a negation ("not", "won't",
// "never", "nicht", "kein"; up to three words back, not counting "going", "to", "be" …) does not
// count, except after "don't make me" / "don't force me", which threaten rather than deny.
// German puts "nicht" after the verb ("ich kündige meinen Vertrag nicht"), so German phrases
// also look up to three words ahead, stopping at a conjunction.
// Tables are keyed by language; a post in another language (or none) is read with English, and
// a post in a language with a table is read with that table and English (posts mix in English).
// Cost: one hash lookup per word and table. Immutable after construction: thread-safe.
class PhraseMatcher final {
public:
    void addPhrases(const QString &lang, std::initializer_list<PhraseEntry> entries);

    PhraseHits find(const PostWords &words, QStringView lang) const;

    // Every pattern written out, for tests and for reading tables: "{a|b} c" -> "a c", "b c".
    static QStringList expand(QStringView pattern);

private:
    struct Phrase {
        QVarLengthArray<std::uint64_t, 4> words;
        int tag;
        PhraseEntry::Negation negation;
    };
    struct Table {
        QList<Phrase> phrases;
        QHash<std::uint64_t, QVarLengthArray<int, 4>> byFirstWord; // longest first
        bool wordOrderVerbLast = false;                            // German "nicht" after the verb
    };

    void findIn(const Table &table, const PostWords &words, PhraseHits *hits) const;
    static bool negatedBefore(const PostWords &words, qsizetype first);
    static bool negatedAfter(const PostWords &words, qsizetype last);

    const Table *table(QStringView lang) const;

    QList<std::pair<QString, Table>> m_tables; // a handful: a list beats hashing the code
};

} // namespace earshot
