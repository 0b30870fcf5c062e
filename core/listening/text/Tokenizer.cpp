// SPDX-License-Identifier: Apache-2.0
#include "listening/text/Tokenizer.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace earshot {

namespace {

// Emoticons, longest first so ":-)" wins over ":-". Read only where a word does not continue.
constexpr const char16_t *kEmoticons[] = {
    u">:-(", u">:(", u":'-(", u":'(", u":'-)", u":')", u":-))", u":-((", u":-)", u":-(", u":-D",
    u":-P",  u":-p", u":-/",  u":-|", u":-*",  u";-)", u"^_^",  u"-_-",  u"T_T", u"</3", u":))",
    u":((",  u":)",  u":(",   u":D",  u":P",   u":p",  u":/",   u":|",   u":*",  u":o",  u":O",
    u";)",   u"=)",  u"=(",   u"=D",  u"<3",   u"(:",  u"):",   u"^^",
};

bool isEmojiCodePoint(char32_t c)
{
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x2B50
           || c == 0x2B55 || c == 0x203C || c == 0x2049;
}

// Character classes of ASCII, looked up instead of compared: the word loop runs for every letter.
enum : std::uint8_t { kLetter = 1, kUpper = 2, kDigit = 4, kJoiner = 8 };
constexpr std::array<std::uint8_t, 128> asciiClasses()
{
    std::array<std::uint8_t, 128> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = kLetter | kUpper;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = kDigit;
    table['\''] = kJoiner;
    table['*'] = kJoiner;
    return table;
}
constexpr std::array<std::uint8_t, 128> kAscii = asciiClasses();

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool startsWith(QStringView text, int at, const char16_t *what)
{
    int i = 0;
    for (; what[i]; ++i) {
        if (at + i >= text.size() || text[at + i].unicode() != what[i])
            return false;
    }
    return true;
}

int emoticonAt(QStringView text, int at)
{
    switch (text[at].unicode()) { // every face starts with one of these
    case u':':
    case u';':
    case u'=':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'^':
    case u'-':
    case u'T':
        break;
    default:
        return 0;
    }
    for (const char16_t *emoticon : kEmoticons) {
        if (!startsWith(text, at, emoticon))
            continue;
        const int length = int(std::char_traits<char16_t>::length(emoticon));
        // ":Don't" or "8:30" are not faces: a face ends where a word does not go on.
        if (at + length < text.size() && isWordChar(text[at + length]))
            continue;
        if (emoticon[0] == u'(' || emoticon[0] == u')' || emoticon[0] == u'-' || emoticon[0] == u'^'
            || emoticon[0] == u'T') {
            if (at > 0 && !text[at - 1].isSpace())
                continue;
        }
        return length;
    }
    return 0;
}

// Character by character: this runs for every word that starts with h or w ("have", "what").
bool isLinkStart(QStringView text, int at)
{
    const auto matches = [&](const char16_t *what) {
        for (int k = 0; what[k]; ++k) {
            if (at + k >= text.size())
                return false;
            const char16_t c = text[at + k].unicode();
            if ((c < 0x80 && (c | 0x20) == what[k]) || c == what[k])
                continue;
            return false;
        }
        return true;
    };
    const char16_t first = text[at].unicode() | 0x20;
    return first == u'h' ? (matches(u"http://") || matches(u"https://")) : matches(u"www.");
}

} // namespace

Tokens::Tokens(QStringView text)
    : m_text(text)
{
    const int n = int(text.size());
    m_lower.resize(n); // filled piece by piece: only words, faces and mentions need it

    int wordsWithLetters = 0;
    int capsWords = 0;
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            if (c == u'\n' && !m_tokens.isEmpty())
                m_tokens.back().clauseEnd = true;
            ++i;
            continue;
        }
        if (isWordChar(c) && !c.isHighSurrogate()) {
            if ((c == u'h' || c == u'H' || c == u'w' || c == u'W') && isLinkStart(text, i)) {
                while (i < n && !text[i].isSpace())
                    ++i;
                continue;
            }
            i = addWord(text, i, false);
            const Token &word = m_tokens.back();
            if (word.text.size() >= 2 && !word.text.front().isDigit()) {
                ++wordsWithLetters;
                capsWords += word.allCaps;
            }
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1]);
            if (isEmojiCodePoint(cp)) {
                Token token;
                token.kind = Token::Kind::Emoji;
                token.codePoint = cp;
                token.begin = i;
                token.text = text.mid(i, 2);
                token.lower = token.text;
                token.hash = hashWord(token.lower);
                m_tokens.append(token);
            }
            i += 2;
            continue;
        }
        if (isEmojiCodePoint(c.unicode())) {
            Token token;
            token.kind = Token::Kind::Emoji;
            token.codePoint = c.unicode();
            token.begin = i;
            token.text = text.mid(i, 1);
            token.lower = token.text;
            token.hash = hashWord(token.lower);
            m_tokens.append(token);
            ++i;
            continue;
        }
        if (const int length = emoticonAt(text, i)) {
            Token token;
            token.kind = Token::Kind::Emoticon;
            token.begin = i;
            token.text = text.mid(i, length);
            lowerCase(text, i, i + length);
            token.lower = QStringView(m_lower.constData() + i, length);
            token.hash = hashWord(token.lower);
            m_tokens.append(token);
            i += length;
            continue;
        }
        if (c == u'&') { // an HTML entity left in scraped text ("&amp;", "&gt;") is no word
            int end = i + 1;
            while (end < n && end - i <= 8 && text[end].isLetterOrNumber())
                ++end;
            if (end < n && end > i + 1 && text[end] == u';') {
                i = end + 1;
                continue;
            }
        }
        if ((c == u'@' || c == u'#') && i + 1 < n && isWordChar(text[i + 1])) {
            const int start = ++i;
            if (c == u'#') {
                i = addHashtag(text, start);
            } else {
                while (i < n && (isWordChar(text[i]) || text[i] == u'_'))
                    ++i;
                Token token;
                token.kind = Token::Kind::Mention;
                token.begin = start - 1;
                token.text = text.mid(start - 1, i - start + 1);
                lowerCase(text, start - 1, i);
                token.lower = QStringView(m_lower.constData() + start - 1, i - start + 1);
                token.hash = hashWord(token.lower);
                m_tokens.append(token);
            }
            continue;
        }
        if (c == u'/' && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
            && (i == 0 || text[i - 1].isSpace()) && (i + 2 >= n || !isWordChar(text[i + 2]))) {
            m_sarcasmTag = true;
            i += 2;
            continue;
        }
        switch (c.unicode()) {
        case u'!':
            ++m_exclamations;
            [[fallthrough]];
        case u'.':
        case u';':
        case u':':
            if (!m_tokens.isEmpty())
                m_tokens.back().clauseEnd = true;
            break;
        case u'?':
            ++m_questions;
            if (!m_tokens.isEmpty())
                m_tokens.back().clauseEnd = true;
            break;
        case u',':
            if (!m_tokens.isEmpty())
                m_tokens.back().commaAfter = true;
            break;
        default:
            break;
        }
        ++i;
    }
    m_shouting = wordsWithLetters >= 2 && capsWords == wordsWithLetters;
}

// "#NotHappy", "#WorstServiceEver": people write several words into one tag, each starting
// with a capital. Read as those words, the tag says what it means ("not happy"); a tag in one
// case ("#fail", "#FAIL") or one word ("#Fernline") is one word.
int Tokens::addHashtag(QStringView text, int begin)
{
    const int first = int(m_tokens.size());
    const int end = addWord(text, begin, true);
    QVarLengthArray<int, 8> starts;
    for (int j = begin + 1; j < end; ++j) {
        const QChar here = text[j];
        if (here.isUpper() && text[j - 1].isLower())
            starts.append(j);
    }
    if (starts.isEmpty())
        return end;
    m_tokens.resize(first);
    int from = begin;
    for (const int to : starts) {
        addWord(text.first(to), from, true);
        from = to;
    }
    addWord(text.first(end), from, true);
    return end;
}

// One pass over the word: where it ends ("isn't" and "f***ing" go on past the mark), its hash,
// whether it is in capitals and whether a letter is drawn out ("sooo").
int Tokens::addWord(QStringView text, int begin, bool hashtag)
{
    const char16_t *src = text.utf16();
    const QChar *lower = m_lower.constData();
    // written below as the word is read
    const int n = int(text.size());
    int letters = 0;
    int upper = 0;
    int run = 0;
    bool elongated = false;
    char16_t previous = 0;
    quint32 hash = 2166136261u; // hashWord()
    int i = begin;
    for (; i < n; ++i) {
        const char16_t u = src[i];
        bool letter;
        char16_t l;
        if (u < 0x80) {
            const std::uint8_t kind = kAscii[u];
            if (!(kind & (kLetter | kDigit))) {
                // An apostrophe or a masking star inside a word keeps it going.
                if (!(kind & kJoiner) || i + 1 >= n
                    || !(isWordChar(QChar(src[i + 1])) || src[i + 1] == u'*'))
                    break;
            }
            letter = kind & kLetter;
            upper += (kind & kUpper) != 0;
            l = (kind & kUpper) ? char16_t(u | 0x20) : u;
        } else {
            const QChar c(u);
            if (c.isHighSurrogate())
                break;
            letter = c.isLetter();
            if (letter) {
                upper += c.isUpper();
            } else if (!c.isLetterOrNumber() && !c.isMark()) {
                if (!(u == 0x2019 && i + 1 < n && isWordChar(QChar(src[i + 1]))))
                    break;
            }
            l = u == 0x2019 ? u'\'' : c.toLower().unicode();
        }
        letters += letter;
        m_lower[i] = QChar(l);
        hash = (hash ^ l) * 16777619u;
        if (l == previous) {
            elongated = elongated || (++run >= 3 && letter);
        } else {
            run = 1;
            previous = l;
        }
    }
    Token token;
    token.begin = begin;
    token.hashtag = hashtag;
    token.elongated = elongated;
    token.allCaps = letters >= 2 && upper == letters;
    token.text = text.mid(begin, i - begin);
    token.lower = QStringView(lower + begin, i - begin);
    token.hash = hash ^ (hash >> 15);
    m_tokens.append(token);
    return i;
}

const Tokens &tokensOf(QStringView text)
{
    struct Cache {
        QString text;
        std::optional<Tokens> tokens;
    };
    thread_local Cache cache;
    if (!cache.tokens || QStringView(cache.text) != text) {
        cache.tokens.reset();
        cache.text.resize(text.size()); // keeps its capacity: no allocation once warm
        std::copy(text.begin(), text.end(), cache.text.begin());
        cache.tokens.emplace(cache.text);
    }
    return *cache.tokens;
}

void Tokens::lowerCase(QStringView text, int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const QChar c = text[i];
        m_lower[i] = c.unicode() < 0x80 ? QChar(c.unicode() | ((c >= u'A' && c <= u'Z') ? 0x20 : 0))
                                        : c.toLower();
    }
}

QStringView collapseRepeats(QStringView word, int keep, QVarLengthArray<QChar, 64> &out)
{
    out.clear();
    int run = 0;
    for (int k = 0; k < word.size(); ++k) {
        run = (k > 0 && word[k] == word[k - 1]) ? run + 1 : 1;
        if (run <= keep)
            out.append(word[k]);
    }
    return QStringView(out.constData(), out.size());
}

} // namespace earshot
