// SPDX-License-Identifier: Apache-2.0
#include "views/TimelineView.h"

#include "PlainText.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
{
    setObjectName(u"caseTimeline"_s);
    m_listLayout->setAlignment(Qt::AlignTop);
    m_listLayout->setSpacing(6);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void TimelineView::clear()
{
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TimelineView::setEntries(const std::vector<TimelineEntry> &entries, bool keepPlace)
{
    clear();
    const QLocale locale;
    for (const TimelineEntry &entry : entries) {
        // Notes and tags are people's words: plain text, like everything from outside.
        auto *label = new QLabel(m_list);
        label->setObjectName(u"timelineEntry"_s);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        const QString when = locale.toString(
            QDateTime::fromMSecsSinceEpoch(entry.atMs).toLocalTime(), QLocale::ShortFormat);
        // The sentence may quote a note or a tag, which may carry direction controls.
        label->setText(
            tr("%1 - %2\n%3")
                .arg(when, outsidePiece(entry.actorName), outsidePiece(entry.text, 3000)));
        m_listLayout->addWidget(label);
    }
    if (keepPlace)
        return;
    // The list's new size is known only once the layout ran.
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll] {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });
}

} // namespace earshot
