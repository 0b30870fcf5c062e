// SPDX-License-Identifier: Apache-2.0
#include "listening/PostWords.h"

#include <QChar>
#include <QString>

#include <optional>

namespace earshot {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

inline std::uint64_t mix(std::uint64_t h, char16_t c)
{
    return (h ^ c) * kFnvPrime;
}

inline bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (QChar::isSurrogate(c))
        return false; // emoji and other astral symbols break words
    const QChar ch(c);
    return ch.isLetterOrNumber() || ch.isMark();
}

inline char16_t lower(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || (c >= 0x80 && QChar(c).isSpace());
}

inline bool endsClause(char16_t c)
{
    switch (c) {
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'\n':
    case u'\u2026': // …
        return true;
    default:
        return false;
    }
}

// A link is a whitespace-delimited token with "://", starting "www.", or shaped like
// "bit.ly/x" (a dot, then a slash). Returns where it ends, or -1.
qsizetype linkEnd(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    bool dot = false;
    bool link = false;
    qsizetype j = i;
    for (; j < n && !isSpace(text[j].unicode()); ++j) {
        const char16_t c = text[j].unicode();
        if (c == u'.') {
            dot = true;
        } else if (c == u'/') {
            if (dot || (j > i && text[j - 1] == u':'))
                link = true;
        }
    }
    if (!link && j - i > 4 && text.mid(i, 4).compare(u"www.", Qt::CaseInsensitive) == 0)
        link = true;
    return link ? j : -1;
}

} // namespace

PostWords::PostWords(QStringView text)
    : m_text(text)
{
    scan();
}

std::uint64_t PostWords::hashOf(QStringView word)
{
    std::uint64_t h = kFnvOffset;
    for (QChar c : word)
        h = mix(h, c.unicode());
    return h;
}

QStringView PostWords::quote(qsizetype first, qsizetype last) const
{
    const qsizetype begin = m_words[first].begin;
    return m_text.mid(begin, m_words[last].end - begin);
}

void PostWords::scan()
{
    const QStringView t = m_text;
    const qsizetype n = t.size();
    int clause = 0;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = t[i].unicode();
        if (c == u'@' && i + 1 < n && (i == 0 || !isWordChar(t[i - 1].unicode()))
            && (isWordChar(t[i + 1].unicode()) || t[i + 1] == u'_')) {
            ++m_handles;
            const qsizetype begin = i;
            for (++i; i < n && (isWordChar(t[i].unicode()) || t[i] == u'_'); ++i) {}
            // Every handle reads as the word "@": tables can say "switched to @brand".
            static const std::uint64_t handle = hashOf(u"@");
            m_words.append(Word{handle, handle, begin, i, clause});
            continue;
        }
        if (c == u'#' && i + 1 < n && isWordChar(t[i + 1].unicode()))
            ++m_hashtags; // the tag's text is read as a word
        if (!isWordChar(c)) {
            if (endsClause(c))
                ++clause;
            if (c == u'?')
                ++m_questionMarks;
            ++i;
            continue;
        }

        // One word. Runs of 3+ equal letters are elongation ("sooo", "pleeease"): the hash keeps
        // two of them, the short hash one, so tables can spell "so" and "soo" and "cool" alike.
        std::uint64_t h = kFnvOffset;
        std::uint64_t sh = kFnvOffset;
        char16_t prev = 0;
        int run = 0;
        bool elongated = false;
        const qsizetype begin = i;
        for (; i < n; ++i) {
            char16_t ch = t[i].unicode();
            if (isApostrophe(ch) && i > begin && i + 1 < n && isWordChar(t[i + 1].unicode()))
                continue;
            if (!isWordChar(ch))
                break;
            ch = lower(ch);
            if (ch == prev) {
                ++run;
            } else {
                if (run == 2)
                    sh = mix(sh, prev);
                run = 1;
                prev = ch;
            }
            if (run <= 2)
                h = mix(h, ch);
            if (run == 1)
                sh = mix(sh, ch);
            else if (run == 3)
                elongated = true;
        }
        if (run == 2)
            sh = mix(sh, prev);
        // A link shows itself where its first word stops at "." or ":" ("bit.ly/x", "https://");
        // checking only there keeps ordinary words to a single pass.
        if (i + 1 < n && (t[i] == u'.' || t[i] == u':') && !isSpace(t[i + 1].unicode())
            && (begin == 0 || isSpace(t[begin - 1].unicode()) || t[begin - 1] == u'(')) {
            const qsizetype end = linkEnd(t, begin);
            if (end >= 0) {
                ++m_links;
                i = end;
                continue;
            }
        }
        m_words.append(Word{h, elongated ? sh : h, begin, i, clause});
    }
}

const PostWords &PostWords::ofText(QStringView text)
{
    // The words point into `copy`, which stays until the next text replaces both.
    thread_local QString copy;
    thread_local std::optional<PostWords> words;
    if (!words || copy != text) {
        words.reset();
        copy = text.toString();
        words.emplace(copy);
    }
    return *words;
}

} // namespace earshot
