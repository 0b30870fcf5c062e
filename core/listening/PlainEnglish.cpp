// SPDX-License-Identifier: Apache-2.0
#include "listening/PlainEnglish.h"

#include "listening/PostWords.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace earshot {

namespace {

// The most frequent words of written English, and of posts to a care team ("order", "refund"
// are not here: other languages borrow them). Words with an apostrophe are listed as PostWords
// reads them: "don't" is "dont".
// Left out on purpose: words other languages write often too ("was", "will", "still", "im",
// "over", "hat", "war", "plus", "any", "in", "is", "to", "on", "so", "me", "a", "i", "he", "an",
// "as", "at", "do", "no", "also", "man", "men", "come", "her", "hand", "die", "van", "bin").
constexpr const char16_t *kEnglish[] = {
    // function words
    u"the", u"and", u"you", u"your", u"with", u"this", u"that", u"have", u"what", u"they", u"would",
    u"could", u"should", u"been", u"there", u"their", u"when", u"about", u"because", u"which",
    u"these", u"those", u"before", u"after", u"again", u"never", u"always", u"really", u"just",
    u"from", u"our", u"not", u"but", u"how", u"why", u"who", u"then", u"than", u"them", u"very",
    u"every", u"only", u"into", u"were", u"its", u"being", u"doing", u"going", u"anyone", u"nobody",
    u"since", u"it", u"we", u"my", u"us", u"of", u"for", u"by", u"or", u"if", u"up", u"out", u"off",
    u"be", u"are", u"has", u"had", u"does", u"did", u"can", u"must", u"some", u"many", u"much",
    u"more", u"most", u"other", u"another", u"each", u"such", u"even", u"too", u"here", u"where",
    u"now", u"yet", u"already", u"until", u"without", u"through", u"around", u"down", u"back",
    u"away", u"ago", u"she", u"his", u"him", u"all", u"something", u"nothing", u"anything",
    u"everything", u"someone", u"everyone",
    // contractions
    u"dont", u"cant", u"wont", u"didnt", u"doesnt", u"isnt", u"ive", u"youre", u"theyre", u"its",
    u"thats", u"theres", u"whats", u"lets", u"havent", u"hasnt", u"wasnt", u"werent", u"arent",
    u"couldnt", u"wouldnt", u"shouldnt", u"youve", u"weve", u"youll", u"well",
    // frequent verbs, nouns and adjectives
    u"please", u"thanks", u"thank", u"get", u"got", u"getting", u"make", u"made", u"take", u"know",
    u"think", u"want", u"need", u"help", u"tell", u"told", u"said", u"say", u"says", u"look",
    u"like", u"give", u"find", u"keep", u"keeps", u"try", u"tried", u"waiting", u"time", u"day",
    u"days", u"week", u"weeks", u"month", u"year", u"today", u"yesterday", u"tomorrow", u"morning",
    u"evening", u"night", u"people", u"way", u"thing", u"one", u"two", u"three", u"first", u"last",
    u"new", u"old", u"good", u"great", u"right", u"wrong", u"same", u"different", u"done"};

// Frequent short words of other languages written in Latin letters. One is enough to leave the
// post to CLD2: mixed posts ("super service, but the app …") must be weighed as a whole. Words
// English writes too ("die", "van", "bin", "pour", "con", "la", "per") are left out: a German or
// Spanish post has plenty of the others.
constexpr const char16_t *kOther[] = {
    // German
    u"der", u"das", u"und", u"ist", u"nicht", u"ich", u"mit", u"ein", u"eine", u"auf", u"aber",
    u"auch", u"sie", u"wir", u"zu", u"dem", u"von", u"noch", u"nur", u"schon", u"wie", u"bei",
    u"oder", u"kein", u"keine", u"mein", u"meine", u"sind", u"uns", u"euch", u"seit", u"wieder",
    u"danke", u"bitte", u"geht",
    // French
    u"le", u"les", u"et", u"est", u"une", u"des", u"pas", u"avec", u"il", u"elle", u"nous", u"vous",
    u"mes", u"cette", u"qui", u"que", u"sur", u"dans", u"aux", u"mais", u"merci",
    // Spanish, Portuguese, Italian
    u"los", u"las", u"por", u"para", u"una", u"es", u"muy", u"pero", u"como", u"esta", u"este",
    u"eso", u"uma", u"nao", u"voce", u"isso", u"di", u"che", u"sono", u"della", u"anche", u"gli",
    u"gracias", u"obrigado", u"grazie",
    // Dutch
    u"het", u"een", u"niet", u"voor", u"ook", u"maar", u"wel", u"zijn", u"mijn", u"ik", u"jij",
    u"wij",
    // Danish, Norwegian, Swedish
    u"og", u"ikke", u"jeg", u"det", u"och", u"att", u"inte", u"jag", u"som",
    // Indonesian, Malay, Tagalog, Turkish, Polish
    u"yang", u"ini", u"itu", u"tidak", u"saya", u"aku", u"untuk", u"dengan", u"ang", u"ng", u"mga",
    u"ako", u"bir", u"icin", u"cok", u"nie", u"jest", u"sie", u"aja", u"sih", u"gak", u"udah",
    u"juga", u"banget", u"kok"};

template <typename List> QSet<std::uint64_t> hashesOf(const List &words)
{
    QSet<std::uint64_t> set;
    for (const char16_t *word : words)
        set.insert(PostWords::hashOf(QStringView(word)));
    return set;
}

// What counts as a word for the gate CLD2 has too (LanguageDetector): three words, fifteen
// letters.
constexpr int kMinWords = 3;
constexpr int kMinLetters = 15;
constexpr int kMinClues = 2;
constexpr double kMinShare = 0.15;

} // namespace

std::optional<LanguageReading> plainEnglish(const PostWords &words)
{
    static const QSet<std::uint64_t> english = hashesOf(kEnglish);
    static const QSet<std::uint64_t> other = hashesOf(kOther);
    const QStringView text = words.text();

    int plainWords = 0;
    int letters = 0;
    int clueWords = 0;
    std::array<std::uint64_t, kMinClues> distinct{};
    int distinctCount = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PostWords::Word &w = words[i];
        const QChar first = text[w.begin];
        if (first == u'@' || (w.begin > 0 && text[w.begin - 1] == u'#'))
            continue; // names, not prose
        for (qsizetype k = w.begin; k < w.end; ++k) {
            const char16_t c = text[k].unicode();
            if (c >= 0x80 && c != 0x2019) // another alphabet or accents: CLD2's to tell
                return std::nullopt;
            if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z')
                ++letters;
        }
        ++plainWords;
        if (other.contains(w.hash))
            return std::nullopt;
        if (english.contains(w.hash)) {
            ++clueWords;
            if (distinctCount < kMinClues
                && std::find(distinct.begin(), distinct.begin() + distinctCount, w.hash)
                       == distinct.begin() + distinctCount)
                distinct[distinctCount++] = w.hash;
        }
    }
    if (plainWords < kMinWords || letters < kMinLetters || distinctCount < kMinClues
        || clueWords < kMinShare * plainWords)
        return std::nullopt;
    // As sure as CLD2 is of a reliable, wholly English text of this length.
    LanguageReading reading;
    reading.code = QStringLiteral("en");
    reading.confidence = std::clamp(0.55 + letters / 200.0, 0.05, 0.99);
    return reading;
}

} // namespace earshot
