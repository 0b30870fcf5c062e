// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>
#include <QVarLengthArray>

#include <cstdint>

namespace earshot {

// The words of a post as phrase tables see them: lower-case, accents kept, apostrophes dropped
// ("won't" -> "wont", so "wont" and "won't" read alike), any other punctuation a word break.
// Links are not words; every @handle is the same word "@" (who is named does not change the
// phrase), a #hashtag's text is a word. Each word keeps where it was written,
// so a match can be quoted as the person wrote it. One pass, no allocation for a short post.
class PostWords final {
public:
    struct Word {
        std::uint64_t hash;      // letters repeated 3+ times cut to two: "sooo" reads "soo"
        std::uint64_t shortHash; // such runs cut to one: "sooo" reads "so"; == hash without runs
        qsizetype begin;         // in the text, UTF-16 units
        qsizetype end;
        int clause; // which clause: . , ; : ! ? and line breaks end one
    };

    explicit PostWords(QStringView text);
    // The words of `text`, split once per thread: risks, category and needs-a-reply read the
    // same post in turn, and splitting it three times cost an eighth of the whole reading.
    // Valid until this thread asks for another text.
    static const PostWords &ofText(QStringView text);

    QStringView text() const { return m_text; }
    qsizetype size() const { return m_words.size(); }
    const Word &operator[](qsizetype i) const { return m_words[i]; }
    // The text from the first word's start to the last word's end, as written.
    QStringView quote(qsizetype first, qsizetype last) const;

    int questionMarks() const { return m_questionMarks; }
    int hashtags() const { return m_hashtags; }
    int links() const { return m_links; }
    int handles() const { return m_handles; }

    // The hash a single, already lower-case word gets (for tables of single words).
    static std::uint64_t hashOf(QStringView word);

private:
    void scan();

    QStringView m_text;
    QVarLengthArray<Word, 48> m_words;
    int m_questionMarks = 0;
    int m_hashtags = 0;
    int m_links = 0;
    int m_handles = 0;
};

} // namespace earshot
