// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseDetails.h"

#include <QColor>
#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class QScrollArea;
class QTabWidget;
class QToolButton;

namespace earshot {

class PersonMenu;
class TimelineView;
class TriagePanel;

// The right-hand pane: who is speaking (name, handles, networks, followers, badges, the note
// about them, and the Person menu to change that), their other cases, the conversation in order
// with our replies and their state, and the case's timeline. Every piece of outside text is shown
// as plain text; its web addresses open only after the reader saw where they lead (OpenLinkDialog).
class ConversationView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    // A message longer than this (in UTF-16 units) shows its start, cut between graphemes, and
    // a "Show all" button: a wrapped label lays out all of its text, again for each height the
    // layouts ask, and a megabyte froze the window for seconds.
    static constexpr qsizetype shortTextLength = 3000;
    // The background of the team's notes in the conversation: no message or reply has it.
    static QColor noteBackground() { return QColor(0xff, 0xf4, 0xc2); }

    explicit ConversationView(QWidget *parent = nullptr);

    void showCase(const CaseDetails &details);
    // The customer's messages after this one are new to the agent: a marker stands before the
    // first of them ("New since you last looked") and the view scrolls to it. 0: none is new.
    // Takes effect with the next showCase().
    void setNewSince(std::int64_t mentionId) { m_newSince = mentionId; }
    // Brings the Conversation tab to the front.
    void showConversationTab();
    // As the "Load the whole conversation" button does (the keyboard's way to it).
    void loadWholeConversation();
    void clear();
    // The person of the case shown, as last read.
    const std::optional<PersonSummary> &person() const { return m_person; }
    PersonMenu *personMenu() const { return m_personMenu; }
    // While the conversation is read from the network, its button waits.
    void setConversationLoading(bool loading);

Q_SIGNALS:
    // The agent decided on one of our replies that failed or may not have arrived: send it again
    // (Queued), it is on the network (Sent), or give it up (Failed).
    void replyDecided(qint64 caseId, qint64 outboxId, earshot::OutboxState to);
    // The agent asked for the whole conversation of the case shown, read again from its network.
    void loadConversationRequested(qint64 caseId);
    // The agent opened one of the person's other cases (double-click or Enter on it).
    void caseRequested(qint64 caseId);

private:
    void fillPerson(const CaseDetails &details);
    QString badgesText() const;
    QString noteText() const;
    QString profileText() const;
    void addChanges(QWidget *card, QVBoxLayout *cardLayout, const MentionRow &mention);
    void fillEarlierCases(const std::vector<CaseRow> &cases);
    void fillConversation(const CaseDetails &details);
    QFrame *mentionCard(const MentionRow &mention, std::int64_t caseId);
    QWidget *replyCard(const OutboxItem &reply);
    QWidget *noteCard(const TimelineEntry &note);
    void addNewSinceMarker();
    static QString replyStateText(const OutboxItem &reply);
    QWidget *replyDecisions(QWidget *card, const OutboxItem &reply);
    void addMessageBody(QWidget *card, QVBoxLayout *cardLayout, const QString &text,
                        const QString &objectName, const QString &key);
    static QString hiddenControlsWarning(QStringView text);
    void askToOpenLink(const QString &address);

    std::int64_t m_caseId = 0;
    std::int64_t m_newSince = 0;
    QWidget *m_newMarker = nullptr; // in the thread while something is new
    QSet<QString> m_shownWhole;     // the long messages of this case the reader asked to see whole
    std::optional<PersonSummary> m_person;
    QLabel *m_title;
    TriagePanel *m_triage;
    QLabel *m_tags;
    QWidget *m_personRow;
    QLabel *m_personName;
    QToolButton *m_personButton;
    PersonMenu *m_personMenu;
    QLabel *m_handles;
    QLabel *m_badges;
    QLabel *m_note;
    QLabel *m_profile; // bio and verified, as the network's profile said on request
    QPushButton *m_loadConversation;
    QLabel *m_earlierTitle;
    QListWidget *m_earlier; // the person's other cases; each opens on double-click or Enter
    QWidget *m_earlierTab = nullptr; // the tab page the other cases are on
    QTabWidget *m_tabs;
    QScrollArea *m_scroll;
    QWidget *m_thread;
    QVBoxLayout *m_threadLayout;
    TimelineView *m_timeline;
    QLabel *m_placeholder;
};

} // namespace earshot
