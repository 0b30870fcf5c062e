// SPDX-License-Identifier: Apache-2.0
#include "views/ConversationView.h"

#include "cases/Queue.h"
#include "platforms/PlatformNames.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Every label that may carry outside text is created here, so none can forget PlainText.
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    // Wrapping, so a long post or subject never forces the pane wider than the window.
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString formatTime(std::int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString formatHandle(const QString &platform, const QString &handle)
{
    return u"@"_s + handle + u" ("_s + platformTitle(platform) + u')';
}

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(this))
    , m_personName(plainLabel(this))
    , m_handles(plainLabel(this))
    , m_earlierTitle(new QLabel(this))
    , m_earlier(new QWidget(this))
    , m_earlierLayout(new QVBoxLayout(m_earlier))
    , m_scroll(new QScrollArea(this))
    , m_thread(new QWidget)
    , m_threadLayout(new QVBoxLayout(m_thread))
    , m_placeholder(new QLabel(tr("Select a case to read the conversation."), this))
{
    setObjectName(u"conversationView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"caseTitle"_s);
    QFont nameFont = m_personName->font();
    nameFont.setBold(true);
    m_personName->setFont(nameFont);
    m_personName->setObjectName(u"personName"_s);
    m_handles->setObjectName(u"personHandles"_s);
    m_earlierTitle->setObjectName(u"earlierCasesTitle"_s);
    m_earlierLayout->setContentsMargins(0, 0, 0, 0);
    m_earlierLayout->setSpacing(2);
    m_threadLayout->setAlignment(Qt::AlignTop);
    m_threadLayout->setSpacing(8);
    m_scroll->setWidget(m_thread);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_thread->setObjectName(u"conversationThread"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_title);
    layout->addWidget(m_personName);
    layout->addWidget(m_handles);
    layout->addWidget(m_earlierTitle);
    layout->addWidget(m_earlier);
    layout->addWidget(m_scroll, 1);
    clear();
}

void ConversationView::clear()
{
    m_caseId = 0;
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_personName),
                       static_cast<QWidget *>(m_handles), static_cast<QWidget *>(m_earlierTitle),
                       m_earlier, static_cast<QWidget *>(m_scroll)})
        w->setVisible(false);
    m_placeholder->setVisible(true);
    clearLayout(m_threadLayout);
    clearLayout(m_earlierLayout);
}

void ConversationView::showCase(const CaseDetails &details)
{
    const bool sameCase = m_caseId == details.row.id;
    m_caseId = details.row.id;
    m_placeholder->setVisible(false);
    m_title->setText(tr("Case #%1 - %2").arg(details.row.id).arg(statusTitle(details.row.status)));
    m_title->setVisible(true);
    fillPerson(details);
    fillEarlierCases(details.earlierCases);
    fillMentions(details);
    m_scroll->setVisible(true);
    if (!sameCase) // a new case opens at its latest message; a live update keeps the reader's place
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
}

void ConversationView::fillPerson(const CaseDetails &details)
{
    m_personName->setText(details.person ? details.person->name : details.row.personName);
    QStringList handles;
    if (details.person) {
        for (const HandleRow &h : details.person->handles) {
            if (h.followers) {
                handles.append(tr("%1, followers: %2")
                                   .arg(formatHandle(h.platform, h.handle),
                                        QLocale().toString(qlonglong(*h.followers))));
            } else {
                handles.append(formatHandle(h.platform, h.handle));
            }
        }
    }
    m_handles->setText(handles.join(u"\n"_s));
    m_personName->setVisible(true);
    m_handles->setVisible(true);
}

void ConversationView::fillEarlierCases(const std::vector<CaseRow> &cases)
{
    clearLayout(m_earlierLayout);
    m_earlierTitle->setText(cases.empty()
                                ? tr("No other cases of this person")
                                : tr("Other cases of this person (%1)").arg(cases.size()));
    for (const CaseRow &c : cases) {
        QLabel *line = plainLabel(m_earlier);
        line->setObjectName(u"earlierCase"_s);
        line->setText(tr("#%1 - %2 - %3 - %4")
                          .arg(c.id)
                          .arg(statusTitle(c.status), formatTime(c.lastActivityMs), c.subject));
        line->setTextInteractionFlags(Qt::NoTextInteraction);
        m_earlierLayout->addWidget(line);
    }
    m_earlierTitle->setVisible(true);
    m_earlier->setVisible(!cases.empty());
}

void ConversationView::fillMentions(const CaseDetails &details)
{
    clearLayout(m_threadLayout);
    for (const MentionRow &m : details.mentions) {
        auto *card = new QFrame(m_thread);
        card->setObjectName(u"mentionCard"_s);
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        QLabel *header = plainLabel(card);
        header->setObjectName(u"mentionHeader"_s);
        const QString author = m.authorName.isEmpty() ? m.handle : m.authorName;
        header->setText(tr("%1 %2 - %3 - %4")
                            .arg(author, formatHandle(m.platform, m.handle),
                                 formatTime(m.createdAtMs),
                                 m.isPrivate ? tr("private message") : tr("public")));
        QFont small = header->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        header->setFont(small);
        QLabel *body = plainLabel(card);
        body->setObjectName(u"mentionText"_s);
        body->setText(m.text);
        cardLayout->addWidget(header);
        cardLayout->addWidget(body);
        m_threadLayout->addWidget(card);
    }
}

} // namespace earshot
