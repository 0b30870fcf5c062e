// SPDX-License-Identifier: Apache-2.0
#include "listening/LanguageDetector.h"

#include "listening/PlainEnglish.h"
#include "listening/PostWords.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <QByteArray>
#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Below this a post is too short to tell (see readableText()).
constexpr int kMinWords = 3;
constexpr int kMinLetters = 15;
// CLD2 calls a short text unreliable more often than not; below this many letters we believe
// only a reliable answer.
constexpr int kShortLetters = 60;

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)    // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x9FFF) // CJK ideographs
           || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
           || (c >= 0x20000 && c <= 0x2FFFF);
}

inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || (c >= 0x80 && QChar::isSpace(c));
}

struct Readable {
    QVarLengthArray<char, 512> utf8; // what CLD2 reads
    int words = 0;
    int letters = 0;
};

char *appendUtf8(char *out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

// The words that carry language: links, @handles and #hashtags are names, not prose (a German
// post to @FlyAir_Help is not English), and emoji and symbols carry none. What remains is
// counted: a word is a run of letters; Chinese and Japanese write without spaces, so there every
// two ideographs or kana count as a word and each as three letters (a kana or ideograph says
// about as much as a short Latin word).
Readable readableText(QStringView text)
{
    Readable r;
    const qsizetype n = text.size();
    r.utf8.resize(3 * n + 4); // a UTF-16 unit never takes more than three UTF-8 bytes
    char *out = r.utf8.data();
    qsizetype i = 0;
    int cjk = 0;
    bool inWord = false;
    while (i < n) {
        // Skip a whole token that is a link, handle or hashtag. Only tokens that start like one
        // are looked at twice: the scan is a tenth of the detection.
        if (i == 0 || isSpace(text[i - 1].unicode())) {
            const char16_t first = text[i].unicode();
            const char16_t lower = first | 0x20;
            const bool maybeLink = (lower == u'h' || lower == u'w')
                                   && (text.mid(i).startsWith(u"http", Qt::CaseInsensitive)
                                       || text.mid(i).startsWith(u"www.", Qt::CaseInsensitive));
            if (first == u'@' || first == u'#' || maybeLink) {
                qsizetype end = i;
                while (end < n && !isSpace(text[end].unicode()))
                    ++end;
                const QStringView token = text.mid(i, end - i);
                const bool link =
                    first != u'@' && first != u'#'
                    && (token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive));
                if (first == u'@' || first == u'#' || link) {
                    i = end;
                    continue;
                }
            }
        }
        char32_t c = text[i].unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            len = 2;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate would be invalid UTF-8 for CLD2
        }
        i += len;
        if (isCjk(c)) {
            ++cjk;
            r.letters += 3;
            out = appendUtf8(out, c);
            inWord = false;
            continue;
        }
        const bool letter = c < 0x80 ? ((c | 0x20) >= u'a' && (c | 0x20) <= u'z')
                                     : (QChar::isLetter(c) || (inWord && QChar::isMark(c)));
        if (letter) {
            if (!inWord)
                ++r.words;
            inWord = true;
            ++r.letters;
            out = appendUtf8(out, c);
            continue;
        }
        inWord = false;
        // Keep spaces and sentence punctuation (CLD2 scores within words); drop symbols,
        // digits and emoji.
        const bool keep = c == u' ' || c == u'\n' || c == u'.' || c == u',' || c == u'\''
                          || c == u'?' || c == u'!' || c == u'-' || c == 0x2019;
        out = appendUtf8(out, keep ? c : char32_t(u' '));
    }
    r.utf8.resize(out - r.utf8.data());
    r.words += cjk / 2;
    return r;
}

// CLD2 speaks Google's codes; Earshot speaks ISO 639-1 where there is one.
QString isoCode(CLD2::Language language)
{
    const char *code = CLD2::LanguageCode(language);
    if (!code || !*code)
        return {};
    QByteArray c(code);
    const qsizetype dash = c.indexOf('-');
    if (dash > 0) {
        if (c.startsWith("xx")) // a script without a language ("xx-Hira")
            return {};
        c.truncate(dash); // "zh-Hant", "pt-BR", "sr-ME": the language is enough
    }
    if (c == "un" || c == "xxx" || c == "ut")
        return {};
    static const struct {
        const char *cld;
        const char *iso;
    } renamed[] = {{"iw", "he"}, {"in", "id"}, {"ji", "yi"}, {"jw", "jv"}, {"mo", "ro"}};
    for (const auto &r : renamed) {
        if (c == r.cld)
            return QString::fromLatin1(r.iso);
    }
    return QString::fromLatin1(c);
}

// CLD2 allocates a few hundred KB of scratch per call and frees it. glibc returns freed memory
// at the top of the heap to the kernel once more than its trim threshold (128 KB at start) is
// free, so every call paid for brk/madvise system calls and page faults: 24 us instead of 4 us
// for a tweet. glibc raises that threshold by itself the first time a large block it had mapped
// is freed; one 4 MB block freed here does that early, without pinning any malloc option for
// the rest of the program (mallopt would switch the adaptation off). Not glibc: harmless.
void letMallocKeepScratch()
{
    static const bool done = [] {
        constexpr std::size_t kBlock = 4u << 20;
        void *block = std::malloc(kBlock);
        if (block) {
            static_cast<volatile char *>(block)[0] = 0; // keep the pair from being optimised out
            std::free(block);
        }
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

LanguageReading LanguageDetector::detect(QStringView text) const
{
    // The words are split once per post and thread: the phrase readers use the same split.
    if (const std::optional<LanguageReading> english = plainEnglish(PostWords::ofText(text)))
        return *english;
    return detectWithCld2(text);
}

LanguageReading LanguageDetector::detectWithCld2(QStringView text) const
{
    letMallocKeepScratch();
    Readable r = readableText(text);
    if (r.words < kMinWords || r.letters < kMinLetters)
        return {};

    CLD2::Language language3[3];
    int percent3[3];
    double normalized3[3];
    int textBytes = 0;
    bool reliable = false;
    const CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    const CLD2::Language top = CLD2::ExtDetectLanguageSummary(
        r.utf8.constData(), int(r.utf8.size()), /*is_plain_text=*/true, &hints, /*flags=*/0,
        language3, percent3, normalized3, nullptr, &textBytes, &reliable);

    LanguageReading reading;
    reading.code = isoCode(top);
    if (reading.code.isEmpty())
        return {};
    if (!reliable && r.letters < kShortLetters)
        return {};

    // Confidence: the share of the text in that language (mixed text scores lower), less when
    // CLD2 finds it unreliable, less for short text, less when the text reads unlike normal
    // text in that language (normalized score far from 1).
    double confidence = std::clamp(percent3[0] / 100.0, 0.0, 1.0);
    if (!reliable)
        confidence *= 0.6;
    confidence *= std::min(1.0, 0.55 + r.letters / 200.0);
    if (normalized3[0] > 0 && normalized3[0] < 0.5)
        confidence *= 0.5 + normalized3[0];
    reading.confidence = std::clamp(confidence, 0.05, 0.99);
    return reading;
}

} // namespace earshot
