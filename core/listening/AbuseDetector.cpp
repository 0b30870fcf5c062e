// SPDX-License-Identifier: Apache-2.0
#include "listening/AbuseDetector.h"

#include "listening/text/Tokenizer.h"
#include "listening/text/Vocabulary.h"

namespace earshot {

namespace {

constexpr Role kAbuse[] = {Role::Threat, Role::Slur, Role::Insult, Role::PutDown, Role::Profanity};

// How surely a word picks a person out (0 for none). An @mention is a person, except in the row
// of @mentions a reply starts with: those say whom the post answers, not whom it is about.
float targetWeight(const Tokens &tokens, int k, const Vocabulary &words)
{
    const Token &token = tokens[k];
    if (token.kind == Token::Kind::Mention)
        return 1;
    const WordEntry *entry = token.kind == Token::Kind::Word ? words.word(token) : nullptr;
    return entry && entry->has(Role::Target) ? (*entry)[Role::Target] : 0;
}

bool inReplyPrefix(const Tokens &tokens, int k)
{
    for (int j = 0; j <= k; ++j)
        if (tokens[j].kind != Token::Kind::Mention)
            return false;
    return true;
}

bool isCopula(const Token &token)
{
    const QStringView w = token.lower;
    return w == u"is" || w == u"are" || w == u"was" || w == u"were" || w == u"ist" || w == u"seid"
           || w == u"bist";
}

bool isTarget(const Token &token, const Vocabulary &words)
{
    if (token.kind == Token::Kind::Mention)
        return true;
    const WordEntry *entry = token.kind == Token::Kind::Word ? words.word(token) : nullptr;
    return entry && entry->has(Role::Target);
}

bool isSecondPerson(const Token &token)
{
    const QStringView w = token.lower;
    return w == u"you" || w == u"u" || w == u"ya" || w == u"du" || w == u"dich";
}

// Words that pile up between a person and the insult without changing whom it is aimed at:
// "your staff are a bunch of clueless idiots".
bool isFiller(const Token &token)
{
    const QStringView w = token.lower;
    return w == u"a" || w == u"an" || w == u"bunch" || w == u"of" || w == u"load" || w == u"pack"
           || w == u"total" || w == u"complete" || w == u"absolute" || w == u"utter";
}

// Aimed at a person: "you idiot", "your staff are useless morons", "@user is a clown",
// "idiot @user". Looks back a few words within the clause and one word ahead.
bool aimedAtSomeone(const Tokens &tokens, int first, int last, const Vocabulary &words, int reach)
{
    for (int k = first + 1; k <= last; ++k) // "fuck you", "screw you"
        if (isTarget(tokens[k], words))
            return true;
    int counted = 0;
    for (int at = first - 1; at >= 0 && counted < reach; --at) {
        const Token &before = tokens[at];
        if (before.clauseEnd)
            break;
        if (!isFiller(before))
            ++counted;
        // "your app is useless": a possessive points at the thing after it; "your staff are
        // useless" is aimed through "staff", a target of its own.
        if (before.lower == u"your" || before.lower == u"his")
            continue;
        if (targetWeight(tokens, at, words) <= 0)
            continue;
        if (!inReplyPrefix(tokens, at))
            return true;
        // "@user idiot", "@user is a clown": the reply is about the person it answers.
        const Token &next = tokens[at + 1];
        return at + 1 == first || isCopula(next)
               || (next.kind == Token::Kind::Word && next.lower == u"ur");
    }
    // "clown he is", "idiot you are"
    for (int k = last + 1; k <= last + 2 && k < tokens.size(); ++k) {
        if (tokens[k - 1].clauseEnd)
            break;
        if (tokens[k].kind == Token::Kind::Word && targetWeight(tokens, k, words) >= 0.8f)
            return true;
    }
    if (last + 1 < tokens.size() && !tokens[last].clauseEnd) {
        const Token &after = tokens[last + 1];
        if (after.kind == Token::Kind::Mention || isSecondPerson(after))
            return true;
    }
    return false;
}

bool secondPersonBefore(const Tokens &tokens, int i, int reach)
{
    for (int back = 1; back <= reach && i - back >= 0; ++back) {
        const Token &before = tokens[i - back];
        if (before.clauseEnd)
            return false;
        const QStringView w = before.lower;
        if (isSecondPerson(before) || w == u"you're" || w == u"youre" || w == u"ur" || w == u"your")
            return true;
    }
    return false;
}

// Below this a cue is mild swearing ("damn", "bloody", "crap" at a thing): not worth a flag.
constexpr double kAbusive = 0.3;

} // namespace

AbuseDetector::AbuseDetector()
{
    vocabularyFor(QString());
}

AbuseReading AbuseDetector::read(QStringView text, const QString &lang) const
{
    const Vocabulary &words = vocabularyFor(lang);
    const Tokens &tokens = tokensOf(text);
    AbuseReading reading;
    double strongest = 0;

    for (int i = 0; i < tokens.size();) {
        if (tokens[i].kind != Token::Kind::Word) {
            ++i;
            continue;
        }
        Match matches[Vocabulary::kMaxMatches];
        const int count = words.matchesAt(tokens, i, matches);
        Role role = Role::Count;
        Match match{};
        for (int m = 0; m < count && role == Role::Count; ++m) { // longest first
            for (Role abuse : kAbuse) {
                if (matches[m].entry->has(abuse)) {
                    role = abuse;
                    match = matches[m];
                    break;
                }
            }
        }
        if (role == Role::Count) {
            ++i;
            continue;
        }
        const int last = i + match.length - 1;
        if (negatedBefore(tokens, words, i, 3)) { // "you're not an idiot"
            i += match.length;
            continue;
        }
        const float weight = (*match.entry)[role];
        const bool aimed =
            role == Role::Threat
            || aimedAtSomeone(tokens, i, last, words, role == Role::Profanity ? 1 : 4);
        double confidence = 0;
        switch (role) {
        case Role::Threat:
        case Role::Slur:
            confidence = weight;
            break;
        case Role::Insult:
            confidence = weight * (aimed ? 1.0 : 0.75);
            break;
        case Role::PutDown:
            // "useless app" describes a thing; "you are useless" abuses a person. A mild word
            // ("fake", "crazy") is abuse only when said to the person ("you are crazy").
            confidence =
                aimed && (weight >= 0.6f || secondPersonBefore(tokens, i, 4)) ? weight * 0.9 : 0;
            break;
        default: // profanity: swearing at a router is abusive language, not abuse of anyone
            confidence = weight * (aimed ? 0.8 : 0.55);
            break;
        }
        if (confidence >= kAbusive) {
            reading.abusive = true;
            // Swearing next to an @mention is often about a thing; next to "you" it is at someone.
            const bool atSomeone =
                role != Role::Profanity
                || (i > 0 && tokens[i - 1].kind == Token::Kind::Word
                    && isTarget(tokens[i - 1], words))
                || (last + 1 < tokens.size() && isSecondPerson(tokens[last + 1]));
            reading.directedAtSomeone = reading.directedAtSomeone || (aimed && atSomeone);
            strongest = std::max(strongest, confidence);
            const int begin = tokens[i].begin;
            const int end = tokens[last].begin + int(tokens[last].text.size());
            const QString cue = text.mid(begin, end - begin).toString();
            if (!reading.cues.contains(cue))
                reading.cues.append(cue);
        }
        i += match.length;
    }
    if (reading.abusive)
        reading.confidence = std::min(1.0, strongest + 0.1 * (reading.cues.size() - 1));
    return reading;
}

} // namespace earshot
