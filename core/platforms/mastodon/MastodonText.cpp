// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonText.h"

#include <QHash>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// The named references Mastodon's sanitizer writes, and the few a remote server may send.
const QHash<QString, char32_t> &namedReferences()
{
    static const QHash<QString, char32_t> names = {
        {u"amp"_s, U'&'},         {u"lt"_s, U'<'},         {u"gt"_s, U'>'},
        {u"quot"_s, U'"'},        {u"apos"_s, U'\''},      {u"nbsp"_s, U'\u00A0'},
        {u"hellip"_s, U'\u2026'}, {u"mdash"_s, U'\u2014'}, {u"ndash"_s, U'\u2013'},
        {u"lsquo"_s, U'\u2018'},  {u"rsquo"_s, U'\u2019'}, {u"ldquo"_s, U'\u201C'},
        {u"rdquo"_s, U'\u201D'},  {u"shy"_s, U'\u00AD'},   {u"zwj"_s, U'\u200D'},
        {u"zwnj"_s, U'\u200C'},
    };
    return names;
}

// The character `ref` (between '&' and ';') names, or 0 when it names none.
char32_t decodeReference(QStringView ref)
{
    if (ref.startsWith(u'#')) {
        bool ok = false;
        const bool hex = ref.size() > 1 && (ref[1] == u'x' || ref[1] == u'X');
        const uint code = hex ? ref.mid(2).toUInt(&ok, 16) : ref.mid(1).toUInt(&ok, 10);
        // Nothing that is not a character: no NUL, no surrogate halves, nothing past U+10FFFF.
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return 0;
        return char32_t(code);
    }
    return namedReferences().value(ref.toString(), 0);
}

// The tag's name in lower case ("p", "/p", "br"), from the text between '<' and '>'.
QString tagName(QStringView tag)
{
    qsizetype end = 0;
    if (end < tag.size() && tag[end] == u'/')
        ++end;
    while (end < tag.size() && (tag[end].isLetterOrNumber()))
        ++end;
    return tag.left(end).toString().toLower();
}

} // namespace

QString plainTextFromHtml(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == u'<') {
            // A tag runs to the first '>' outside quotes.
            qsizetype j = i + 1;
            QChar quote;
            while (j < html.size()) {
                const QChar d = html[j];
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'>') {
                    break;
                }
                ++j;
            }
            const QString name = tagName(html.mid(i + 1, j - i - 1));
            if (name == u"br")
                out += u'\n';
            else if (name == u"p" && !out.isEmpty() && !out.endsWith(u"\n\n"))
                out += out.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
            i = j + 1;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 12) {
                if (const char32_t decoded = decodeReference(html.mid(i + 1, semi - i - 1))) {
                    out += QString::fromUcs4(&decoded, 1);
                    i = semi + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    // Paragraph breaks at the end stand for nothing.
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace earshot
