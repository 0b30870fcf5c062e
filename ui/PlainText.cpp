// SPDX-License-Identifier: Apache-2.0
#include "PlainText.h"

#include "PlainLabel.h"
#include "replies/Graphemes.h"
#include "text/OutsideText.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString cut(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    return text.left(graphemeCut(text, maxLength)) + u"…"_s;
}

} // namespace

QString plainTextToolTip(const QString &untrusted)
{
    if (untrusted.isEmpty())
        return {};
    return u"<p style=\"white-space:pre-wrap\">"_s + outsidePiece(untrusted, 2000).toHtmlEscaped()
           + u"</p>"_s;
}

QString outsidePiece(const QString &text, qsizetype maxLength)
{
    return isolated(cut(text, maxLength));
}

QLabel *newPlainLabel(QWidget *parent)
{
    return new PlainLabel(parent);
}

QString literalActionText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'&', u"&&"_s);
}

} // namespace earshot
