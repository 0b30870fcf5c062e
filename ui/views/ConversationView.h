// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/CaseDetails.h"

#include <QWidget>

#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QVBoxLayout;
class QScrollArea;
class QTabWidget;

namespace earshot {

class TimelineView;

// The right-hand pane: who is speaking (name, handles, networks, followers), their other
// cases, the conversation in order with our replies and their state, and the case's timeline.
// Every piece of outside text is shown as plain text; its web addresses open only after the
// reader saw where they lead (OpenLinkDialog).
class ConversationView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void showCase(const CaseDetails &details);
    void clear();
    std::int64_t currentCaseId() const { return m_caseId; }

private:
    void fillPerson(const CaseDetails &details);
    void fillEarlierCases(const std::vector<CaseRow> &cases);
    void fillConversation(const CaseDetails &details);
    QFrame *mentionCard(const MentionRow &mention, std::int64_t caseId);
    QWidget *replyCard(const OutboxItem &reply);
    static QString replyStateText(const OutboxItem &reply);
    QLabel *messageBody(QWidget *card, const QString &text);
    void askToOpenLink(const QString &address);

    std::int64_t m_caseId = 0;
    QLabel *m_title;
    QLabel *m_tags;
    QLabel *m_personName;
    QLabel *m_handles;
    QLabel *m_earlierTitle;
    QWidget *m_earlier;
    QVBoxLayout *m_earlierLayout;
    QTabWidget *m_tabs;
    QScrollArea *m_scroll;
    QWidget *m_thread;
    QVBoxLayout *m_threadLayout;
    TimelineView *m_timeline;
    QLabel *m_placeholder;
};

} // namespace earshot
