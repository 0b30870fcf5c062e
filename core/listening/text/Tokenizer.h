// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/text/WordTable.h"

#include <QChar>
#include <QStringView>
#include <QVarLengthArray>

#include <cstdint>

namespace earshot {

// One piece of a post as the readers see it. `text` is the piece as written (a cue quotes it);
// `lower` is the same piece lower-cased, pointing into the Tokens' own buffer.
struct Token {
    enum class Kind : std::uint8_t { Word, Emoji, Emoticon, Mention };
    Kind kind = Kind::Word;
    bool allCaps = false;    // "WORST": at least two letters, all upper case
    bool elongated = false;  // "sooo", "noooo": a letter repeated three times or more
    bool hashtag = false;    // "#fail": read as the word; "#NotHappy" as "not", "happy"
    bool clauseEnd = false;  // a sentence or clause stop (. ! ? ; newline) follows
    bool commaAfter = false; // a comma follows ("great, another outage")
    char32_t codePoint = 0;  // for Emoji
    quint32 hash = 0;        // hashWord(lower), for the word tables
    int begin = 0;           // offset in the original text
    QStringView text;
    QStringView lower;
};

// Splits a post once, by simple character classes (no regular expressions): words (apostrophes
// and masking stars inside, "isn't", "f***ing"), emoji, emoticons (":-)", "<3"), @mentions.
// Links are skipped. Counts the exclamation and question marks and whether the whole post is
// in capitals (then capitals stress nothing). Holds views into the text: keep it alive.
class Tokens final {
public:
    explicit Tokens(QStringView text);
    Tokens(const Tokens &) = delete; // the tokens point into this object's own buffer
    Tokens &operator=(const Tokens &) = delete;

    int size() const { return int(m_tokens.size()); }
    const Token &operator[](int i) const { return m_tokens[i]; }
    const Token *begin() const { return m_tokens.cbegin(); }
    const Token *end() const { return m_tokens.cend(); }

    int exclamations() const { return m_exclamations; }
    int questions() const { return m_questions; }
    bool shouting() const { return m_shouting; }        // every word in capitals
    bool hasSarcasmTag() const { return m_sarcasmTag; } // "/s"

private:
    int addWord(QStringView text, int begin, bool hashtag); // returns where the word ends
    int addHashtag(QStringView text, int begin);            // the same, CamelCase split
    void lowerCase(QStringView text, int begin, int end);

    QStringView m_text;
    QVarLengthArray<QChar, 512> m_lower;
    QVarLengthArray<Token, 64> m_tokens;
    int m_exclamations = 0;
    int m_questions = 0;
    bool m_shouting = false;
    bool m_sarcasmTag = false;
};

// "isn't", "doesn’t" (the tokenizer's lower-case form already has a plain apostrophe).
inline bool endsWithNot(QStringView lower)
{
    const qsizetype n = lower.size();
    return n >= 3 && lower[n - 1] == u't' && lower[n - 2] == u'\'' && lower[n - 3] == u'n';
}

// The tokens of `text`, shared by the readers of one mention: sentiment, emotion and abuse each
// ask for the same post in turn, and only the first pays for splitting it. One cached post per
// thread, compared by content, so this is thread-safe and never stale. The reference is valid
// until this thread's next call.
const Tokens &tokensOf(QStringView text);

// Collapses letters repeated three times or more to `keep` ("sooo" → "soo" or "so") into `out`.
QStringView collapseRepeats(QStringView word, int keep, QVarLengthArray<QChar, 64> &out);

} // namespace earshot
