// SPDX-License-Identifier: Apache-2.0
#include "replies/TemplateRenderer.h"

#include "Tr.h"

#include <QRegularExpression>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

bool isDirectionalControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Outside text arrives from a profile or an agent's answer. Line breaks become spaces and
// directional overrides are dropped: an unbalanced right-to-left override in a display name
// would otherwise turn the rest of the reply around on screen.
QString plainValue(const QString &value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            clean.append(u' ');
        else if (c.category() == QChar::Other_Control || isDirectionalControl(c.unicode()))
            continue;
        else
            clean.append(c);
    }
    return clean;
}

} // namespace

QStringList RenderedTemplate::missingVariables() const
{
    QStringList names;
    for (const TemplateGap &gap : gaps) {
        if (!gap.isPrompt && !names.contains(gap.name))
            names.append(gap.name);
    }
    return names;
}

QStringList RenderedTemplate::unansweredPrompts() const
{
    QStringList labels;
    for (const TemplateGap &gap : gaps) {
        if (gap.isPrompt && !labels.contains(gap.name))
            labels.append(gap.name);
    }
    return labels;
}

TemplateRenderer::TemplateRenderer(const QString &source)
{
    parse(source);
}

void TemplateRenderer::appendText(const QString &text)
{
    if (!m_pieces.isEmpty() && m_pieces.last().kind == Piece::Text)
        m_pieces.last().text += text;
    else
        m_pieces.append({Piece::Text, text, {}, false});
}

void TemplateRenderer::parse(const QString &source)
{
    qsizetype i = 0;
    while (i < source.size()) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        if (c == u'{' && next == u'{') {
            appendText(u"{"_s);
            i += 2;
        } else if (c == u'}' && next == u'}') {
            appendText(u"}"_s);
            i += 2;
        } else if (c == u'}') {
            m_errors.append({i, Tr::tr("The } at character %1 has no opening brace; write }} "
                                       "for a brace in the text.")
                                    .arg(i + 1)});
            appendText(u"}"_s);
            ++i;
        } else if (c == u'{') {
            qsizetype end = i + 1;
            while (end < source.size() && source.at(end) != u'}' && source.at(end) != u'{')
                ++end;
            if (end == source.size() || source.at(end) == u'{') {
                m_errors.append({i, Tr::tr("The { at character %1 is not closed; close it with } "
                                           "or write {{ for a brace in the text.")
                                        .arg(i + 1)});
                appendText(u"{"_s);
                ++i;
                continue;
            }
            parsePlaceholder(source.mid(i + 1, end - i - 1), i);
            i = end + 1;
        } else {
            qsizetype end = i + 1;
            while (end < source.size() && source.at(end) != u'{' && source.at(end) != u'}')
                ++end;
            appendText(source.mid(i, end - i));
            i = end;
        }
    }
}

void TemplateRenderer::parsePlaceholder(const QString &content, qsizetype position)
{
    const QString written = u'{' + content + u'}';
    if (content.startsWith(u'?')) {
        const QString label = content.mid(1).trimmed();
        if (label.isEmpty()) {
            m_errors.append({position, Tr::tr("The prompt at character %1 is empty; say what the "
                                              "agent should fill in, as in {?order number}.")
                                           .arg(position + 1)});
            appendText(written);
            return;
        }
        m_pieces.append({Piece::Prompt, label, {}, false});
        return;
    }
    const qsizetype bar = content.indexOf(u'|');
    const QString name = (bar < 0 ? content : content.left(bar)).trimmed();
    static const QRegularExpression validName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!validName.match(name).hasMatch()) {
        m_errors.append(
            {position, name.isEmpty()
                           ? Tr::tr("The placeholder at character %1 has no variable name, as "
                                    "in {first_name}.")
                                 .arg(position + 1)
                           : Tr::tr("\"%1\" at character %2 is not a variable name; use "
                                    "letters, digits and _.")
                                 .arg(name)
                                 .arg(position + 1)});
        appendText(written);
        return;
    }
    Piece piece{Piece::Variable, name.toLower(), {}, bar >= 0};
    if (piece.hasFallback)
        piece.fallback = content.mid(bar + 1).trimmed();
    m_pieces.append(piece);
}

QStringList TemplateRenderer::prompts() const
{
    QStringList labels;
    for (const Piece &piece : m_pieces) {
        if (piece.kind == Piece::Prompt && !labels.contains(piece.text))
            labels.append(piece.text);
    }
    return labels;
}

RenderedTemplate TemplateRenderer::render(const QHash<QString, QString> &variables,
                                          const QHash<QString, QString> &answers) const
{
    RenderedTemplate result;
    for (const Piece &piece : m_pieces) {
        if (piece.kind == Piece::Text) {
            result.text += piece.text;
            continue;
        }
        const bool prompt = piece.kind == Piece::Prompt;
        const QString value =
            plainValue((prompt ? answers : variables).value(piece.text)).trimmed();
        if (!value.isEmpty()) {
            result.text += value;
        } else if (piece.hasFallback) {
            result.text += piece.fallback;
        } else {
            const QString marker = (prompt ? u"{?"_s : u"{"_s) + piece.text + u'}';
            result.gaps.append({piece.text, prompt, result.text.size(), marker.size()});
            result.text += marker;
        }
    }
    return result;
}

} // namespace earshot
