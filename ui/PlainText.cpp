// SPDX-License-Identifier: Apache-2.0
#include "PlainText.h"

#include <QLabel>

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
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    // Wrapping, so a long post or subject never forces its pane wider than the window.
    label->setWordWrap(true);
    return label;
}

QString literalActionText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'&', u"&&"_s);
}

} // namespace earshot
