// SPDX-License-Identifier: Apache-2.0
#include "widgets/LongTextView.h"

#include "replies/Graphemes.h"
#include "text/OutsideText.h"

#include <algorithm>

namespace earshot {

LongTextView::LongTextView(const QString &text, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("longText"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setPlainText(displayedText(text));
    // Room for a good screenful; the rest scrolls here rather than stretching the conversation.
    setFixedHeight(fontMetrics().lineSpacing() * 24 + 2 * frameWidth());
}

QString LongTextView::displayedText(const QString &text)
{
    const QString shown = withVisibleControls(text);
    QString out;
    out.reserve(shown.size());
    const QStringView all(shown);
    qsizetype at = 0;
    while (at < all.size()) {
        const QStringView rest = all.mid(at);
        const QStringView window = rest.left(paragraphLength + 1);
        const qsizetype lineBreak = window.indexOf(u'\n');
        if (lineBreak >= 0) {
            out += window.left(lineBreak + 1);
            at += lineBreak + 1;
            continue;
        }
        if (rest.size() <= paragraphLength) {
            out += rest;
            break;
        }
        // The last space in the second half of the window becomes the break.
        const qsizetype space = window.left(paragraphLength).lastIndexOf(u' ');
        if (space >= paragraphLength / 2) {
            out += window.left(space);
            out += u'\n';
            at += space + 1;
            continue;
        }
        const qsizetype cut = std::max<qsizetype>(1, graphemeCut(rest, paragraphLength));
        out += rest.left(cut);
        out += u'\n';
        at += cut;
    }
    return out;
}

} // namespace earshot
