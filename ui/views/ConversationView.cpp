// SPDX-License-Identifier: Apache-2.0
#include "views/ConversationView.h"

#include "LinkedText.h"
#include "PlainText.h"
#include "cases/Queue.h"
#include "dialogs/OpenLinkDialog.h"
#include "people/PersonBadges.h"
#include "platforms/PlatformTraits.h"
#include "replies/Graphemes.h"
#include "text/OutsideText.h"
#include "views/PersonMenu.h"
#include "views/TimelineView.h"
#include "views/TriagePanel.h"
#include "widgets/LongTextView.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Outside text, selectable so an agent can copy an order number from a post.
QLabel *plainLabel(QWidget *parent)
{
    QLabel *label = newPlainLabel(parent);
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
    return u"@"_s + outsidePiece(handle) + u" ("_s + platformTitle(platform) + u')';
}

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(this))
    , m_triage(new TriagePanel(this))
    , m_tags(plainLabel(this))
    , m_personRow(new QWidget(this))
    , m_personName(plainLabel(m_personRow))
    , m_personButton(new QToolButton(m_personRow))
    , m_personMenu(new PersonMenu(this))
    , m_handles(plainLabel(this))
    , m_badges(plainLabel(this))
    , m_note(plainLabel(this))
    , m_profile(plainLabel(this))
    , m_loadConversation(new QPushButton(tr("Load the whole conversation"), this))
    , m_earlierTitle(new QLabel(this))
    , m_earlier(new QWidget(this))
    , m_earlierLayout(new QVBoxLayout(m_earlier))
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea)
    , m_thread(new QWidget)
    , m_threadLayout(new QVBoxLayout(m_thread))
    , m_timeline(new TimelineView)
    , m_placeholder(new QLabel(tr("Select a case to read the conversation."), this))
{
    setObjectName(u"conversationView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"caseTitle"_s);
    m_tags->setObjectName(u"caseTags"_s);
    QFont nameFont = m_personName->font();
    nameFont.setBold(true);
    m_personName->setFont(nameFont);
    m_personName->setObjectName(u"personName"_s);
    m_handles->setObjectName(u"personHandles"_s);
    m_badges->setObjectName(u"personBadges"_s);
    m_note->setObjectName(u"personNote"_s);
    m_profile->setObjectName(u"personProfile"_s);
    m_profile->setWordWrap(true);
    m_loadConversation->setObjectName(u"loadConversationButton"_s);
    m_loadConversation->setToolTip(
        tr("Read the whole thread from the network again: posts not yet here are added, edits "
           "and deletions of this case's posts are recorded"));
    connect(m_loadConversation, &QPushButton::clicked, this, [this] {
        if (m_caseId != 0)
            Q_EMIT loadConversationRequested(m_caseId);
    });
    m_personButton->setObjectName(u"personButton"_s);
    m_personButton->setText(tr("Person"));
    m_personButton->setToolTip(tr("Badges, the note about this person, merging and splitting"));
    m_personButton->setMenu(m_personMenu);
    m_personButton->setPopupMode(QToolButton::InstantPopup);
    auto *personLayout = new QHBoxLayout(m_personRow);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(m_personName, 1);
    personLayout->addWidget(m_personButton);
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
    m_tabs->setObjectName(u"caseTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scroll, tr("Conversation"));
    m_tabs->setCornerWidget(m_loadConversation, Qt::TopRightCorner);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    // The person's other cases get a tab of their own: above the conversation they took the
    // room the conversation needs (two lines each, under the reading and the priority).
    auto *earlierPage = new QWidget;
    auto *earlierPageLayout = new QVBoxLayout(earlierPage);
    earlierPageLayout->addWidget(m_earlierTitle);
    earlierPageLayout->addWidget(m_earlier);
    earlierPageLayout->addStretch(1);
    auto *earlierScroll = new QScrollArea;
    earlierScroll->setObjectName(u"earlierCasesTab"_s);
    earlierScroll->setWidget(earlierPage);
    earlierScroll->setWidgetResizable(true);
    earlierScroll->setFrameShape(QFrame::NoFrame);
    m_earlierTab = earlierScroll;
    m_tabs->addTab(earlierScroll, tr("Other cases"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_title);
    layout->addWidget(m_triage);
    layout->addWidget(m_tags);
    layout->addWidget(m_personRow);
    layout->addWidget(m_handles);
    layout->addWidget(m_badges);
    layout->addWidget(m_note);
    layout->addWidget(m_profile);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ConversationView::clear()
{
    m_caseId = 0;
    m_person.reset();
    m_personMenu->clearPerson();
    for (QWidget *w :
         {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_triage),
          static_cast<QWidget *>(m_tags), m_personRow, static_cast<QWidget *>(m_handles),
          static_cast<QWidget *>(m_badges), static_cast<QWidget *>(m_note),
          static_cast<QWidget *>(m_profile), static_cast<QWidget *>(m_earlierTitle), m_earlier,
          static_cast<QWidget *>(m_tabs)})
        w->setVisible(false);
    m_placeholder->setVisible(true);
    clearLayout(m_threadLayout);
    clearLayout(m_earlierLayout);
    m_timeline->clear();
}

void ConversationView::loadWholeConversation()
{
    if (m_loadConversation->isEnabled())
        m_loadConversation->click();
}

void ConversationView::showConversationTab()
{
    m_tabs->setCurrentWidget(m_scroll);
}

void ConversationView::showCase(const CaseDetails &details)
{
    const bool sameCase = m_caseId == details.row.id;
    m_caseId = details.row.id;
    if (!sameCase)
        m_shownWhole.clear();
    m_placeholder->setVisible(false);
    m_title->setText(tr("Case #%1 - %2").arg(details.row.id).arg(statusTitle(details.row.status)));
    m_title->setVisible(true);
    m_triage->showCase(details);
    m_triage->setVisible(true);
    QStringList tags;
    for (const QString &tag : details.tags)
        tags.append(outsidePiece(tag));
    m_tags->setText(tr("Tags: %1").arg(tags.join(u", "_s)));
    m_tags->setVisible(!details.tags.isEmpty());
    fillPerson(details);
    fillEarlierCases(details.earlierCases);
    fillConversation(details);
    m_timeline->setEntries(details.timeline, sameCase);
    m_tabs->setTabText(m_tabs->indexOf(m_timeline),
                       tr("Timeline (%1)").arg(details.timeline.size()));
    m_tabs->setVisible(true);
    if (!sameCase) // a new case opens at its latest message; a live update keeps the reader's place
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
}

void ConversationView::fillPerson(const CaseDetails &details)
{
    m_person = details.person;
    m_personName->setText(outsidePiece(m_person ? m_person->name : details.row.personName));
    QStringList handles;
    if (m_person) {
        for (const HandleRow &h : m_person->handles) {
            if (h.followers) {
                handles.append(tr("%1, followers: %2")
                                   .arg(formatHandle(h.platform, h.handle),
                                        QLocale().toString(qlonglong(*h.followers))));
            } else {
                handles.append(formatHandle(h.platform, h.handle));
            }
        }
        m_personMenu->setPerson(*m_person);
    } else {
        m_personMenu->clearPerson();
    }
    m_handles->setText(handles.join(u"\n"_s));
    m_badges->setText(badgesText());
    m_note->setText(noteText());
    m_profile->setText(profileText());
    m_personRow->setVisible(true);
    m_personButton->setEnabled(m_person.has_value());
    m_handles->setVisible(true);
    m_badges->setVisible(!m_badges->text().isEmpty());
    m_note->setVisible(!m_note->text().isEmpty());
    m_profile->setVisible(!m_profile->text().isEmpty());
}

QString ConversationView::profileText() const
{
    if (!m_person)
        return {};
    QStringList lines;
    for (const HandleRow &h : m_person->handles) {
        if (h.profileReadAtMs == 0)
            continue;
        QString line = formatHandle(h.platform, h.handle);
        if (h.verified)
            line += u" - "_s + (*h.verified ? tr("verified") : tr("not verified"));
        if (!h.bio.isEmpty())
            line += u" - "_s + tr("bio: %1").arg(outsidePiece(h.bio, shortTextLength));
        line += u" - "_s + tr("profile read %1").arg(formatTime(h.profileReadAtMs));
        lines.append(line);
    }
    return lines.join(u"\n"_s);
}

void ConversationView::setConversationLoading(bool loading)
{
    m_loadConversation->setEnabled(!loading);
    m_loadConversation->setText(loading ? tr("Loading the conversation…")
                                        : tr("Load the whole conversation"));
}

QString ConversationView::badgesText() const
{
    if (!m_person || m_person->badges.empty())
        return {};
    QStringList badges;
    for (const PersonBadge &badge : m_person->badges) {
        if (badge.manual)
            badges.append(badgeTitle(badge.badge));
        else // nobody set it: say what it rests on, so the agent can judge it
            badges.append(tr("influencer: %1 followers on %2")
                              .arg(QLocale().toString(qlonglong(badge.followers)),
                                   platformTitle(badge.platform)));
    }
    return tr("Badges: %1").arg(badges.join(u", "_s));
}

QString ConversationView::noteText() const
{
    if (!m_person || m_person->note.isEmpty())
        return {};
    if (m_person->noteAuthor.isEmpty())
        return tr("Note: %1").arg(outsidePiece(m_person->note, shortTextLength));
    return tr("Note by %1, %2: %3")
        .arg(outsidePiece(m_person->noteAuthor), formatTime(m_person->noteAtMs),
             outsidePiece(m_person->note, shortTextLength));
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
                          .arg(statusTitle(c.status), formatTime(c.lastActivityMs),
                               outsidePiece(withVisibleControls(c.subject))));
        line->setTextInteractionFlags(Qt::NoTextInteraction);
        m_earlierLayout->addWidget(line);
    }
    m_earlierTitle->setVisible(true);
    m_earlier->setVisible(!cases.empty());
    m_tabs->setTabText(m_tabs->indexOf(m_earlierTab), tr("Other cases (%1)").arg(cases.size()));
}

void ConversationView::fillConversation(const CaseDetails &details)
{
    clearLayout(m_threadLayout);
    // The customer's messages and our replies, merged by time; on a tie the message first,
    // since a reply answers what came before it.
    auto mention = details.mentions.cbegin();
    auto reply = details.replies.cbegin();
    while (mention != details.mentions.cend() || reply != details.replies.cend()) {
        const bool mentionNext =
            reply == details.replies.cend()
            || (mention != details.mentions.cend() && mention->createdAtMs <= reply->createdAtMs);
        m_threadLayout->addWidget(mentionNext ? mentionCard(*mention++, details.row.id)
                                              : replyCard(*reply++));
    }
}

QString ConversationView::hiddenControlsWarning(QStringView text)
{
    QStringList names;
    for (const qsizetype at : hiddenControls(text)) {
        const QString name = hiddenControlName(text.at(at).unicode());
        if (!names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return {};
    return tr("This message contains hidden characters that can change how it reads (%1); each "
              "is shown as a marker where it is.")
        .arg(names.join(u", "_s));
}

void ConversationView::addMessageBody(QWidget *card, QVBoxLayout *cardLayout, const QString &text,
                                      const QString &objectName, const QString &key)
{
    auto *warning = new QLabel(card);
    warning->setObjectName(u"hiddenControlsWarning"_s);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    QPalette warningColours = warning->palette();
    warningColours.setColor(QPalette::WindowText, QColor(0xa0, 0x00, 0x1c));
    warning->setPalette(warningColours);
    cardLayout->addWidget(warning);
    const auto warnAbout = [warning](QStringView shown) {
        warning->setText(hiddenControlsWarning(shown));
        warning->setVisible(!warning->text().isEmpty());
    };
    const bool whole = text.size() <= shortTextLength;
    // The whole text scrolls in a frame of fixed height; the card keeps to what it holds
    // instead of stretching over the conversation's empty space.
    const auto keepCardTight = [card] {
        card->setSizePolicy(card->sizePolicy().horizontalPolicy(), QSizePolicy::Maximum);
    };
    if (!whole && m_shownWhole.contains(key)) {
        warnAbout(text);
        cardLayout->addWidget(new LongTextView(text, card));
        keepCardTight();
        return;
    }
    // Only the start is looked at: links, hidden characters and layout cost what is shown.
    const QString shown = whole ? text : text.left(graphemeCut(text, shortTextLength)) + u"…"_s;
    warnAbout(shown);
    QLabel *body = plainLabel(card);
    body->setObjectName(objectName);
    setUntrustedText(body, shown);
    connect(body, &QLabel::linkActivated, this, &ConversationView::askToOpenLink);
    cardLayout->addWidget(body);
    if (whole)
        return;
    auto *showAll = new QPushButton(tr("Show all (%L1 characters)").arg(text.size()), card);
    showAll->setObjectName(u"showAllButton"_s);
    cardLayout->addWidget(showAll, 0, Qt::AlignLeft);
    connect(showAll, &QPushButton::clicked, this,
            [this, card, cardLayout, body, showAll, text, key, warnAbout, keepCardTight] {
                m_shownWhole.insert(key);
                auto *all = new LongTextView(text, card);
                warnAbout(text);
                delete cardLayout->replaceWidget(body, all);
                all->show();
                keepCardTight();
                body->hide();
                body->deleteLater();
                showAll->hide();
                showAll->deleteLater();
                all->setFocus(Qt::OtherFocusReason);
            });
}

void ConversationView::askToOpenLink(const QString &address)
{
    // The link's text is the address itself (linkedTextHtml), so what was seen is what it names.
    OpenLinkDialog::ask(this, address, address);
}

QFrame *ConversationView::mentionCard(const MentionRow &m, std::int64_t caseId)
{
    auto *card = new QFrame(m_thread);
    card->setObjectName(u"mentionCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    QLabel *header = plainLabel(card);
    header->setObjectName(u"mentionHeader"_s);
    const QString author = m.authorName.isEmpty() ? m.handle : m.authorName;
    QString headerText =
        tr("%1 %2 - %3 - %4")
            .arg(outsidePiece(author), formatHandle(m.platform, m.handle),
                 formatTime(m.createdAtMs), m.isPrivate ? tr("private message") : tr("public"));
    // A post this case answers that belongs to another case: context, not the customer's own.
    if (m.caseId != caseId) {
        headerText += u" - "_s + tr("replied to here, from case #%1").arg(m.caseId);
        card->setObjectName(u"contextCard"_s);
        card->setFrameShadow(QFrame::Sunken);
    }
    header->setText(headerText);
    QFont small = header->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    header->setFont(small);
    cardLayout->addWidget(header);
    addChanges(card, cardLayout, m);
    addMessageBody(card, cardLayout, m.currentText(), u"mentionText"_s,
                   u"m"_s + QString::number(m.id));
    return card;
}

void ConversationView::addChanges(QWidget *card, QVBoxLayout *cardLayout, const MentionRow &m)
{
    // What the network said since: shown above the text, never instead of it.
    QStringList marks;
    if (m.edited()) {
        const MentionRow::Revision &last = m.revisions.back();
        marks.append(last.editedAtMs
                         ? tr("edited on %1 at %2")
                               .arg(platformTitle(m.platform), formatTime(last.editedAtMs))
                         : tr("edited on %1").arg(platformTitle(m.platform)));
    }
    if (m.deletedSeenAtMs != 0)
        marks.append(tr("deleted on %1 at %2; this is the text it had")
                         .arg(platformTitle(m.platform), formatTime(m.deletedSeenAtMs)));
    if (marks.isEmpty())
        return;
    QLabel *mark = plainLabel(card);
    mark->setObjectName(u"postChangeMark"_s);
    mark->setText(marks.join(u" - "_s));
    QFont italic = mark->font();
    italic.setItalic(true);
    mark->setFont(italic);
    cardLayout->addWidget(mark);
    if (!m.edited())
        return;
    // The texts it had before, on request: the one heard first, then each later one but the last.
    auto *earlier = new QWidget(card);
    earlier->setObjectName(u"earlierTexts"_s);
    auto *earlierLayout = new QVBoxLayout(earlier);
    earlierLayout->setContentsMargins(12, 0, 0, 0);
    const auto addEarlier = [&](const QString &text, const QString &when) {
        QLabel *line = plainLabel(earlier);
        line->setObjectName(u"earlierText"_s);
        line->setWordWrap(true);
        line->setText(tr("%1: %2").arg(when, outsidePiece(text, shortTextLength)));
        earlierLayout->addWidget(line);
    };
    addEarlier(m.text, tr("heard %1").arg(formatTime(m.createdAtMs)));
    for (std::size_t i = 0; i + 1 < m.revisions.size(); ++i)
        addEarlier(m.revisions[i].text, tr("seen %1").arg(formatTime(m.revisions[i].seenAtMs)));
    earlier->setVisible(false);
    auto *toggle = new QPushButton(tr("Show earlier texts (%1)").arg(m.revisions.size()), card);
    toggle->setObjectName(u"earlierTextsButton"_s);
    toggle->setCheckable(true);
    connect(toggle, &QPushButton::toggled, earlier, &QWidget::setVisible);
    cardLayout->addWidget(toggle, 0, Qt::AlignLeft);
    cardLayout->addWidget(earlier);
}

QString ConversationView::replyStateText(const OutboxItem &reply)
{
    switch (reply.state) {
    case OutboxState::Queued:
        return tr("Queued");
    case OutboxState::Sending:
        return tr("Sending…");
    case OutboxState::Sent:
        return tr("Sent");
    case OutboxState::Failed:
        return reply.error.isEmpty() ? tr("Failed")
                                     : tr("Failed: %1").arg(outsidePiece(reply.error));
    case OutboxState::Uncertain:
        return tr("Uncertain: it may or may not be on the network (attempts: %1). Look among "
                  "the account's posts before sending it again.")
            .arg(reply.attempts);
    case OutboxState::Draft:
        return tr("Draft");
    case OutboxState::AwaitingApproval:
        return tr("Awaiting approval");
    }
    return {};
}

QWidget *ConversationView::replyCard(const OutboxItem &reply)
{
    // Ours at a glance: set in from the left, on the alternate background.
    auto *indent = new QWidget(m_thread);
    auto *indentLayout = new QHBoxLayout(indent);
    indentLayout->setContentsMargins(40, 0, 0, 0);
    auto *card = new QFrame(indent);
    indentLayout->addWidget(card);
    card->setObjectName(u"replyCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::AlternateBase);
    card->setAutoFillBackground(true);
    auto *cardLayout = new QVBoxLayout(card);
    QLabel *header = plainLabel(card);
    header->setObjectName(u"replyHeader"_s);
    const QString visibility = reply.isPrivate ? tr("private message") : tr("public");
    header->setText(
        reply.agentName.isEmpty()
            ? tr("Our reply - %1 - %2").arg(formatTime(reply.createdAtMs), visibility)
            : tr("Our reply by %1 - %2 - %3")
                  .arg(outsidePiece(reply.agentName), formatTime(reply.createdAtMs), visibility));
    QFont small = header->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    header->setFont(small);
    cardLayout->addWidget(header);
    addMessageBody(card, cardLayout, reply.body, u"replyText"_s,
                   u"r"_s + QString::number(reply.id));
    QLabel *state = plainLabel(card);
    state->setObjectName(u"replyState"_s);
    state->setText(replyStateText(reply));
    state->setFont(small);
    cardLayout->addWidget(state);
    if (reply.state == OutboxState::Failed || reply.state == OutboxState::Uncertain)
        cardLayout->addWidget(replyDecisions(card, reply));
    return indent;
}

// What the agent can do about a reply that failed or may not have arrived. For an uncertain one
// the facts come first: Earshot does not know, the account's posts tell.
QWidget *ConversationView::replyDecisions(QWidget *card, const OutboxItem &reply)
{
    auto *row = new QWidget(card);
    row->setObjectName(u"replyDecisions"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addButton = [&](const QString &text, const QString &name, OutboxState to) {
        auto *button = new QPushButton(text, row);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this,
                [this, caseId = reply.caseId, id = reply.id, to] {
                    Q_EMIT replyDecided(caseId, id, to);
                });
        layout->addWidget(button);
    };
    if (reply.state == OutboxState::Uncertain) {
        addButton(tr("It is on the network"), u"replyArrived"_s, OutboxState::Sent);
        addButton(tr("Not there: send again"), u"replySendAgain"_s, OutboxState::Queued);
        addButton(tr("Give up"), u"replyGiveUp"_s, OutboxState::Failed);
    } else {
        addButton(tr("Send again"), u"replySendAgain"_s, OutboxState::Queued);
    }
    layout->addStretch(1);
    return row;
}

} // namespace earshot
