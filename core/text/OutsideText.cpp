// SPDX-License-Identifier: Apache-2.0
#include "text/OutsideText.h"

#include <QChar>

#include <vector>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t lre = 0x202a, rle = 0x202b, pdf = 0x202c, lro = 0x202d, rlo = 0x202e;
constexpr char16_t lri = 0x2066, rli = 0x2067, fsi = 0x2068, pdi = 0x2069;
constexpr char16_t zwnj = 0x200c, zwj = 0x200d;

bool opensEmbedding(char16_t c)
{
    return c == lre || c == rle || c == lro || c == rlo;
}

bool opensIsolate(char16_t c)
{
    return c == lri || c == rli || c == fsi;
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return 0;
    if (i >= 2 && text.at(i - 1).isLowSurrogate() && text.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 2), text.at(i - 1));
    return text.at(i - 1).unicode();
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return 0;
    if (i + 1 < text.size() && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    return text.at(i).unicode();
}

bool isEmojiPart(char32_t c)
{
    return QChar::category(c) == QChar::Symbol_Other || c == 0xfe0f // emoji presentation
           || (c >= 0x1f3fb && c <= 0x1f3ff)                        // skin tones
           || (c >= 0xe0020 && c <= 0xe007f);                       // tag sequences
}

// A letter or mark of a script where joiners shape the writing (not Latin, Greek or Cyrillic,
// where a joiner only hides a word from a reader and from search).
bool isJoiningScriptLetter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Other:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Modifier:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        break;
    default:
        return false;
    }
    switch (QChar::script(c)) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Common:
    case QChar::Script_Inherited:
        return false;
    default:
        return true;
    }
}

bool isPartOfWriting(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c != zwj && c != zwnj)
        return false;
    const char32_t before = codePointBefore(text, i);
    const char32_t after = codePointAt(text, i + 1);
    if (c == zwj && isEmojiPart(before) && isEmojiPart(after))
        return true;
    return isJoiningScriptLetter(before) && isJoiningScriptLetter(after);
}

} // namespace

QString balancedDirectionControls(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    std::vector<char16_t> open; // what is open, innermost last
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (opensEmbedding(c) || opensIsolate(c)) {
            open.push_back(c);
        } else if (c == pdf) {
            // A PDF closes only an embedding opened in this text, never past an isolate.
            if (open.empty() || !opensEmbedding(open.back()))
                continue;
            open.pop_back();
        } else if (c == pdi) {
            bool hasIsolate = false;
            for (const char16_t o : open)
                hasIsolate = hasIsolate || opensIsolate(o);
            if (!hasIsolate)
                continue;
            // A PDI closes its isolate and the embeddings opened inside it.
            while (opensEmbedding(open.back())) {
                out.append(QChar(pdf));
                open.pop_back();
            }
            open.pop_back();
        } else if (c == u'\n' || c == u'\r' || c == 0x2029) {
            // A paragraph ends every embedding and isolate; close them in this text's own terms.
            for (auto it = open.rbegin(); it != open.rend(); ++it)
                out.append(QChar(opensIsolate(*it) ? pdi : pdf));
            open.clear();
        }
        out.append(ch);
    }
    for (auto it = open.rbegin(); it != open.rend(); ++it)
        out.append(QChar(opensIsolate(*it) ? pdi : pdf));
    return out;
}

QString isolated(const QString &text)
{
    return QChar(fsi) + balancedDirectionControls(text) + QChar(pdi);
}

bool isHiddenControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
           || (c >= 0x200b && c <= 0x200f) || c == 0x061c || c == 0x2060 || c == 0xfeff;
}

QList<qsizetype> hiddenControls(QStringView text)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHiddenControl(text.at(i).unicode()) && !isPartOfWriting(text, i))
            found.append(i);
    }
    return found;
}

QString hiddenControlName(char16_t c)
{
    switch (c) {
    case 0x202a:
        return u"LRE"_s;
    case 0x202b:
        return u"RLE"_s;
    case 0x202c:
        return u"PDF"_s;
    case 0x202d:
        return u"LRO"_s;
    case 0x202e:
        return u"RLO"_s;
    case 0x2066:
        return u"LRI"_s;
    case 0x2067:
        return u"RLI"_s;
    case 0x2068:
        return u"FSI"_s;
    case 0x2069:
        return u"PDI"_s;
    case 0x200e:
        return u"LRM"_s;
    case 0x200f:
        return u"RLM"_s;
    case 0x061c:
        return u"ALM"_s;
    case 0x200b:
        return u"ZWSP"_s;
    case 0x200c:
        return u"ZWNJ"_s;
    case 0x200d:
        return u"ZWJ"_s;
    case 0x2060:
        return u"WJ"_s;
    case 0xfeff:
        return u"BOM"_s;
    default:
        return {};
    }
}

QString hiddenControlMarker(char16_t c)
{
    return u"\u27e8"_s + hiddenControlName(c) + u"\u27e9"_s;
}

QString withVisibleControls(const QString &text)
{
    const QList<qsizetype> found = hiddenControls(text);
    if (found.isEmpty())
        return text;
    QString out;
    out.reserve(text.size() + 5 * found.size());
    qsizetype done = 0;
    for (const qsizetype at : found) {
        out.append(text.mid(done, at - done));
        out.append(hiddenControlMarker(text.at(at).unicode()));
        done = at + 1;
    }
    out.append(text.mid(done));
    return out;
}

} // namespace earshot
