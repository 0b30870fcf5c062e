// SPDX-License-Identifier: Apache-2.0
#include "views/MatchHighlightDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace earshot {

MatchHighlightDelegate::MatchHighlightDelegate(int matchesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_matchesRole(matchesRole)
{}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QVariantList matches = index.data(m_matchesRole).toList();
    if (matches.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &match : matches) {
        const QPoint range = match.toPoint();
        QTextLayout::FormatRange format;
        format.start = range.x();
        format.length = range.y();
        format.format.setFontWeight(QFont::Bold);
        format.format.setBackground(opt.palette.color(QPalette::Highlight).lighter(170));
        format.format.setForeground(opt.palette.color(QPalette::Text));
        formats.append(format);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2;
    const qreal left = (opt.displayAlignment & Qt::AlignRight)
                           ? textRect.right() - line.naturalTextWidth()
                           : textRect.left();
    layout.draw(painter, QPointF(left, top));
    painter->restore();
}

} // namespace earshot
