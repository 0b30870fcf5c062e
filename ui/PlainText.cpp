// SPDX-License-Identifier: Apache-2.0
#include "PlainText.h"

#include "PlainLabel.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString plainTextToolTip(const QString &untrusted)
{
    if (untrusted.isEmpty())
        return {};
    return u"<p style=\"white-space:pre-wrap\">"_s + untrusted.toHtmlEscaped() + u"</p>"_s;
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
