// SPDX-License-Identifier: Apache-2.0
#include "store/SearchQuery.h"

#include "store/SearchCharacters.h"

#include <QStringList>

#include <utility>

namespace earshot {

namespace {

using namespace searchchars;

// The same characters the index tokenizer keeps (see the mention_fts definition and
// SearchTokenizer): what unicode61 keeps, without the invisible ones, and emoji.
bool isTokenCharacter(char32_t c)
{
    if (isIgnorable(c))
        return false;
    if (startsEmoji(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Symbol_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

bool hasTokenCharacter(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isTokenCharacter(c))
            return true;
    }
    return false;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

void addWord(QString word, QStringList &terms)
{
    bool prefix = false;
    while (word.endsWith(u'*')) {
        word.chop(1);
        prefix = true;
    }
    if (!hasTokenCharacter(word))
        return;
    terms.append(prefix ? quoted(word) + u'*' : quoted(word));
}

// What continues an emoji sequence (or, after a letter, is ignored): it never starts a word.
bool continuesEmoji(char32_t c)
{
    return c == zeroWidthJoiner || isVariationSelector(c) || isSkinTone(c) || isTag(c)
           || c == combiningKeycap;
}

} // namespace

QString ftsQueryFromUserText(const QString &text)
{
    QStringList terms;
    QString word;
    bool emojiWord = false; // the word so far is emoji: a letter after it starts a new word
    const auto flushWord = [&] {
        if (!word.isEmpty())
            addWord(std::exchange(word, QString()), terms);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) { // an unbalanced quote is just a character
                flushWord();
                continue;
            }
            flushWord();
            const QString phrase = text.mid(i + 1, close - i - 1).simplified();
            if (hasTokenCharacter(phrase))
                terms.append(quoted(phrase));
            i = close;
        } else if (c.isSpace() || c.category() == QChar::Other_Control) {
            // Control characters (a NUL pasted in) would end the quoted string early.
            flushWord();
        } else {
            // Emoji are words of their own in the index, and so they are here: "refund😡"
            // searches for refund and 😡, wherever each stands in the post.
            const bool pair =
                c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            const char32_t code = pair ? QChar::surrogateToUcs4(c, text.at(i + 1)) : c.unicode();
            if (!continuesEmoji(code) && code != u'*') {
                const bool emoji = startsEmoji(code);
                if (emoji != emojiWord)
                    flushWord();
                emojiWord = emoji;
            }
            word.append(c);
            if (pair)
                word.append(text.at(++i));
        }
    }
    flushWord();
    return terms.join(u' ');
}

} // namespace earshot
