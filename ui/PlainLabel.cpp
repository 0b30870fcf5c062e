// SPDX-License-Identifier: Apache-2.0
#include "PlainLabel.h"

#include <QEvent>

#include <algorithm>
#include <iterator>

namespace earshot {

PlainLabel::PlainLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // Wrapping, so a long post or subject never forces its pane wider than the window.
    setWordWrap(true);
}

int PlainLabel::heightForWidth(int width) const
{
    const QString current = text();
    if (current != m_measuredText) {
        forgetHeights();
        m_measuredText = current;
    }
    for (const Measured &m : m_measured) {
        if (m.width == width)
            return m.height;
    }
    std::move_backward(std::begin(m_measured), std::end(m_measured) - 1, std::end(m_measured));
    m_measured[0] = {width, QLabel::heightForWidth(width)};
    return m_measured[0].height;
}

void PlainLabel::forgetHeights() const
{
    for (Measured &m : m_measured)
        m = {};
}

void PlainLabel::changeEvent(QEvent *event)
{
    // The same text needs another height in another font or style.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        forgetHeights();
    QLabel::changeEvent(event);
}

} // namespace earshot
