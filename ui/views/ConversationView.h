// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/CaseDetails.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QVBoxLayout;
class QScrollArea;

namespace earshot {

// The right-hand pane: who is speaking (name, handles, networks, followers), their other
// cases, and the conversation in order. Every piece of outside text is shown as plain text.
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
    void fillMentions(const CaseDetails &details);

    std::int64_t m_caseId = 0;
    QLabel *m_title;
    QLabel *m_personName;
    QLabel *m_handles;
    QLabel *m_earlierTitle;
    QWidget *m_earlier;
    QVBoxLayout *m_earlierLayout;
    QScrollArea *m_scroll;
    QWidget *m_thread;
    QVBoxLayout *m_threadLayout;
    QLabel *m_placeholder;
};

} // namespace earshot
