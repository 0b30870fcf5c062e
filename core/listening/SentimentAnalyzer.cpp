// SPDX-License-Identifier: Apache-2.0
#include "listening/SentimentAnalyzer.h"

#include "listening/text/SentimentScale.h"
#include "listening/text/Tokenizer.h"
#include "listening/text/Vocabulary.h"

#include <cmath>

namespace earshot {

namespace {

// VADER's constants: a negated word keeps three quarters of its strength, capitals add 0.733.
constexpr float kNegation = -0.74f;
constexpr float kCapitals = 0.733f;
constexpr float kElongation = 0.4f;
constexpr float kExclamation = 0.292f;
constexpr float kBeforeContrast = 0.5f;
// In posts to a brand a complaint word says more than a kind word: people are polite in passing
// ("thanks", "please") but say "broken" only when something is.
constexpr float kNegativeWeight = 1.25f;
constexpr float kInName = 0.25f;
// A question asks more than it feels ("is it down again?" is a complaint, "is it out Friday?" is
// not): the words of a question count for less. Only the question's own: in "My line has been
// dead since Monday. What is going on?" the first sentence is a plain complaint.
constexpr float kQuestion = 0.6f;
// A post with no feeling words but exclamation marks is more often glad than not ("Let the
// season begin!"); each mark leans it a little, short of a word's weight.
constexpr float kBareExclamation = 0.45f;
constexpr int kLookBack = 3;
constexpr int kMaxCues = 8;

float sign(float v)
{
    return v < 0 ? -1.f : 1.f;
}

// Whether a full stop at `i - 1` ends a sentence: a space or the end follows, perhaps after
// closing quotes or brackets ('"Never again."' does), so "£10.50" and "fernline.example" do not.
bool endsSentence(QStringView text, qsizetype i)
{
    while (i < text.size()
           && (text[i] == u'"' || text[i] == u'\'' || text[i] == u')' || text[i] == u'\u201D'
               || text[i] == u'\u2019'))
        ++i;
    return i == text.size() || text[i].isSpace();
}

bool startsLink(QStringView text, qsizetype i)
{
    if (i > 0 && !text[i - 1].isSpace())
        return false;
    const QStringView rest = text.sliced(i);
    return rest.startsWith(u"http", Qt::CaseInsensitive) || rest.startsWith(u"www.");
}

// Whether the sentence around text offset `at` is a question: it ends in "?" or "??", not in
// "!" or "?!" (which exclaim). A link's "?" starts its query string, not a question.
bool inQuestion(QStringView text, qsizetype at)
{
    for (qsizetype i = at; i < text.size(); ++i) {
        if (startsLink(text, i)) {
            while (i + 1 < text.size() && !text[i + 1].isSpace())
                ++i;
            continue;
        }
        const QChar c = text[i];
        if (c == u'?' || c == u'!') {
            bool exclaims = false;
            for (; i < text.size() && (text[i] == u'?' || text[i] == u'!'); ++i)
                exclaims = exclaims || text[i] == u'!';
            return !exclaims;
        }
        if (c == u'\n' || (c == u'.' && endsSentence(text, i + 1)))
            return false;
    }
    return false;
}

bool isNegator(const Token &token, const WordEntry *entry)
{
    return (entry && entry->has(Role::Negator)) || endsWithNot(token.lower);
}

bool isTitleCase(const Token &token)
{
    return token.kind == Token::Kind::Word && !token.hashtag && token.text.size() >= 2
           && token.text.front().isUpper() && !token.allCaps;
}

bool startsSentence(const Tokens &tokens, int i)
{
    for (int k = i - 1; k >= 0; --k) {
        if (tokens[k].clauseEnd)
            return true;
        if (tokens[k].kind == Token::Kind::Word)
            return false;
    }
    return true; // only @mentions or emoji before it
}

// "Walking Dead", "Super Eagles", "Star Wars": capitalised words in a row inside a sentence are
// a name, and a name says little about how the writer feels.
bool inName(const Tokens &tokens, int first, int last)
{
    if (!isTitleCase(tokens[first]) || startsSentence(tokens, first))
        return false;
    const auto capitalised = [&](int k) {
        return k >= 0 && k < tokens.size() && (isTitleCase(tokens[k]) || tokens[k].allCaps)
               && !(k < first && tokens[k].clauseEnd);
    };
    return capitalised(first - 1) || capitalised(last + 1);
}

struct Contribution {
    float value;
    int first; // the tokens it quotes
    int last;
};

// The words in front of a valenced word: negators and boosters, up to three back in its clause.
struct Modifiers {
    float boost = 0;
    bool negated = false;
    int first; // first token of the quote ("not very happy")
};

Modifiers modifiersBefore(const Tokens &tokens, const WordEntry *const *entries, int i,
                          const Vocabulary &words)
{
    Modifiers modifiers;
    modifiers.first = i;
    for (int back = 1; back <= kLookBack && i - back >= 0; ++back) {
        const int at = i - back;
        const Token &before = tokens[at];
        if (before.kind != Token::Kind::Word || before.clauseEnd)
            break;
        const WordEntry *entry = entries[at];
        float boost = 0;
        if (isNegator(before, entry)) {
            modifiers.negated = true;
        } else if (entry && entry->has(Role::Booster)) {
            boost = (*entry)[Role::Booster];
        } else if (back >= 2) {
            const Match phrase = words.longestWith(tokens, at, Role::Booster); // "kind of"
            if (phrase.length == back)
                boost = (*phrase.entry)[Role::Booster];
            else
                continue;
        } else {
            continue;
        }
        if (boost != 0) {
            const float decay = back == 1 ? 1.f : (back == 2 ? 0.95f : 0.9f);
            if (before.allCaps && !tokens.shouting())
                boost *= 1.5f;
            if (before.elongated)
                boost *= 1.3f;
            modifiers.boost += boost * decay;
        }
        modifiers.first = at;
    }
    return modifiers;
}

// German puts its "nicht" after the word it denies: "gefällt mir nicht".
bool negatedAfter(const Tokens &tokens, const WordEntry *const *entries, int last)
{
    for (int k = last + 1; k <= last + 2 && k < tokens.size(); ++k) {
        if (tokens[k].kind != Token::Kind::Word)
            return false;
        if (entries[k] && entries[k]->has(Role::NegatorAfter))
            return true;
        if (tokens[k].clauseEnd)
            return false;
    }
    return false;
}

// "On hold for 47 minutes now. Brilliant.": praise that stands alone as the post's last sentence,
// right after a sentence that complains, says the opposite. Gives the praise's contribution, or
// -1. Thanks closes a complaint politely and is no deadpan word.
int deadpanEnding(const Tokens &tokens, const WordEntry *const *entries,
                  const QVarLengthArray<Contribution, 32> &parts)
{
    int last = tokens.size() - 1;
    while (last >= 0 && tokens[last].kind != Token::Kind::Word)
        --last; // a closing emoji or @mention
    if (last < 1 || !entries[last] || !entries[last]->has(Role::Deadpan))
        return -1;
    int first = last;
    if (!tokens[first - 1].clauseEnd) { // "just brilliant", "oh great"
        const QStringView before = tokens[first - 1].lower;
        if (!(before == u"just" || before == u"oh" || before == u"really" || before == u"how")
            || first < 2 || !tokens[first - 2].clauseEnd)
            return -1;
        --first;
    }
    // The sentence before: from the stop before it up to the praise.
    int start = first - 1;
    while (start > 0 && !tokens[start - 1].clauseEnd)
        --start;
    float before = 0;
    int praise = -1;
    for (int k = 0; k < parts.size(); ++k) {
        if (parts[k].last >= start && parts[k].last < first)
            before += parts[k].value;
        if (parts[k].last == last && parts[k].value > 0)
            praise = k;
    }
    return before < 0 ? praise : -1;
}

} // namespace

SentimentAnalyzer::SentimentAnalyzer()
{
    vocabularyFor(QString()); // load the word lists now, not on the first post
}

SentimentReading SentimentAnalyzer::read(QStringView text, const QString &lang) const
{
    const Vocabulary &words = vocabularyFor(lang);
    const Tokens &tokens = tokensOf(text);
    // German writes every noun with a capital: "Die App stürzt ab" names nothing.
    const bool namesByCapitals = !lang.startsWith(u"de");
    const int n = tokens.size();
    QVarLengthArray<const WordEntry *, 64> entries(n);
    for (int i = 0; i < n; ++i)
        entries[i] = tokens[i].kind == Token::Kind::Mention ? nullptr : words.word(tokens[i]);

    QVarLengthArray<Contribution, 32> parts;
    bool sarcasm = tokens.hasSarcasmTag();
    int sarcasmFirst = -1;
    int sarcasmLast = -1;
    int contrastAt = -1;
    float contrastWeight = 1;
    char32_t previousEmoji = 0;
    int spentEnder = -1;

    for (int i = 0; i < n;) {
        const Token &token = tokens[i];
        Match matches[Vocabulary::kMaxMatches];
        const int count = words.matchesAt(tokens, i, entries[i], matches);
        if (count == 0) {
            previousEmoji = 0;
            ++i;
            continue;
        }
        if (token.kind != Token::Kind::Word) { // emoji and emoticons
            const WordEntry &entry = *matches[0].entry;
            if (entry.has(Role::Valence)) {
                // A row of the same emoji stresses one feeling; it is not five opinions.
                const bool repeat = token.codePoint != 0 && token.codePoint == previousEmoji;
                parts.append({entry[Role::Valence] * (repeat ? 0.3f : 1.f), i, i});
            }
            previousEmoji = token.codePoint;
            ++i;
            continue;
        }
        previousEmoji = 0;
        if (i == spentEnder) { // its valence went into the word it ended
            ++i;
            continue;
        }
        const Match *valence = nullptr;
        const Match *sarcasmMatch = nullptr;
        for (int k = 0; k < count; ++k) {
            if (!sarcasmMatch && matches[k].entry->has(Role::Sarcasm))
                sarcasmMatch = &matches[k];
            if (!valence && matches[k].entry->has(Role::Valence))
                valence = &matches[k];
        }
        const WordEntry *single = entries[i];
        if (sarcasmMatch && (!valence || sarcasmMatch->length >= valence->length)) {
            sarcasm = true;
            sarcasmFirst = i;
            sarcasmLast = i + sarcasmMatch->length - 1;
            i += sarcasmMatch->length;
            continue;
        }
        if (single && single->has(Role::Contrast) && (!valence || valence->length == 1)) {
            if (i > 0) {
                contrastAt = int(parts.size());
                contrastWeight = (*single)[Role::Contrast];
            }
            ++i;
            continue;
        }
        if (isNegator(token, single) && (!valence || valence->length == 1)) {
            ++i;
            continue;
        }
        // A lone letter ("L.A.", "A") is an initial, not a word the lexicon means.
        if (!valence || (*valence->entry)[Role::Valence] == 0
            || (valence->length == 1 && token.text.size() < 2)) {
            ++i;
            continue;
        }
        // A booster in front of a feeling word only stresses it ("super helpful", "kind of
        // lost"): its own valence ("super", "kind") does not count.
        if (matches[0].entry->has(Role::Booster) && matches[0].length >= valence->length) {
            const int next = i + matches[0].length;
            if (next < n && !tokens[next - 1].clauseEnd && entries[next]
                && entries[next]->has(Role::Valence)) {
                i = next;
                continue;
            }
        }
        const int length = valence->length;
        const int last = i + length - 1;
        float value = (*valence->entry)[Role::Valence];
        const Modifiers modifiers = modifiersBefore(tokens, entries.constData(), i, words);
        value += sign(value) * modifiers.boost;
        if (token.allCaps && !tokens.shouting())
            value += sign(value) * kCapitals;
        if (token.elongated)
            value += sign(value) * kElongation;
        if (modifiers.negated || negatedAfter(tokens, entries.constData(), last))
            value *= kNegation;
        // "the outage is over", "panic officially cancelled": an ended bad thing is relief,
        // an ended good one ("the fun is over") a loss.
        int quoteLast = last;
        if (endedAfter(tokens, words, last, &quoteLast)) {
            value *= kNegation;
            spentEnder = quoteLast;
        }
        if (namesByCapitals && inName(tokens, i, last))
            value *= kInName;
        // "great, another outage": praise a comma away from "another" is the old complaint again.
        if (value > 0 && tokens[last].commaAfter && last + 1 < n) {
            const QStringView next = tokens[last + 1].lower;
            if (next == u"another" || next == u"more" || next == u"again" || next == u"schon"
                || next == u"wieder") { // "Super, schon wieder Störung"
                sarcasm = true;
                sarcasmFirst = i;
                sarcasmLast = last + 1;
            }
        }
        parts.append({value, modifiers.first, quoteLast});
        i += length;
    }

    if (const int praise = deadpanEnding(tokens, entries.constData(), parts); praise >= 0) {
        sarcasm = true;
        sarcasmFirst = parts[praise].first;
        sarcasmLast = parts[praise].last;
    }

    const bool asks = tokens.questions() > 0;
    float positive = 0;
    float negative = 0;
    for (int k = 0; k < parts.size(); ++k) {
        float v = parts[k].value;
        if (asks && inQuestion(text, tokens[parts[k].last].begin))
            v *= kQuestion;
        if (contrastAt >= 0)
            v *= k < contrastAt ? kBeforeContrast : contrastWeight;
        if (v < 0)
            v *= kNegativeWeight;
        parts[k].value = v;
        (v > 0 ? positive : negative) += v;
    }
    if (sarcasm) {
        // Praise around a sarcasm marker means its opposite; the marker itself is a complaint.
        negative -= positive * 0.8f + 2.0f;
        positive = 0;
    }
    float sum = positive + negative;
    if (sum != 0)
        sum += sign(sum) * kExclamation * float(std::min(tokens.exclamations(), 4));
    else if (!sarcasm)
        sum = kBareExclamation * float(std::min(tokens.exclamations(), 3));

    SentimentReading reading;
    const double compound = sum / std::sqrt(sum * sum + 15.0);
    reading.score = scoreFromCompound(compound);
    reading.label = sentimentFromScore(reading.score);
    reading.confidence = confidenceOf(compound, positive, negative, int(parts.size()));

    // Cues: the strongest signals first, quoted as written.
    std::sort(parts.begin(), parts.end(), [](const Contribution &a, const Contribution &b) {
        return std::abs(a.value) > std::abs(b.value);
    });
    auto quote = [&](int first, int last) {
        const int begin = tokens[first].begin;
        const int end = tokens[last].begin + int(tokens[last].text.size());
        return text.mid(begin, end - begin).toString();
    };
    if (sarcasmFirst >= 0)
        reading.cues.append(quote(sarcasmFirst, sarcasmLast));
    else if (tokens.hasSarcasmTag())
        reading.cues.append(QStringLiteral("/s"));
    for (const Contribution &part : parts) {
        if (reading.cues.size() >= kMaxCues)
            break;
        if (sarcasm && part.value > 0)
            continue;
        const QString cue = quote(part.first, part.last);
        if (!reading.cues.contains(cue))
            reading.cues.append(cue);
    }
    return reading;
}

} // namespace earshot
