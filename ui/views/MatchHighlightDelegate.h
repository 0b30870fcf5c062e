// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace earshot {

// Paints a cell's text with what the search found in it highlighted (bold on the highlight
// colour), from the model's match role: a QVariantList of QPoint(start, length). Cells without
// matches are painted as usual. The text stays plain text.
class MatchHighlightDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchHighlightDelegate)

public:
    MatchHighlightDelegate(int matchesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_matchesRole;
};

} // namespace earshot
