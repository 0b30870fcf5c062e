// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Agents.h"
#include "cases/CaseCommand.h"
#include "cases/CaseQueries.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QMenu;
class QSpinBox;
class QToolButton;

namespace earshot {

// What an agent can do to the case being read, above the conversation: take it, hand it to a
// colleague, set its status (snooze until a time or the next message), tag it, and correct what
// the machine read (sentiment, category, priority, and clear a risk judged to be none). Asks by
// commandRequested(); the window adds the case and the version the agent saw.
class CaseActionBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseActionBar)

public:
    explicit CaseActionBar(QWidget *parent = nullptr);

    void setAgents(std::vector<AgentRow> agents, std::int64_t me);
    void setCase(const CaseRow &row, const QStringList &tags);
    void clearCase();
    // The tags cases carry in this workspace: the tag field completes them.
    void setKnownTags(const QStringList &tags);

    // For the keyboard: A takes the case (or opens the assign menu when it is already mine),
    // E resolves, S opens the snooze choices.
    void assignToMe();
    void resolve();
    void showSnoozeMenu();

Q_SIGNALS:
    void commandRequested(const earshot::CaseCommand &command);

private:
    void requestStatus(CaseStatus status, std::optional<std::int64_t> untilMs = {});
    void requestCorrection(const QString &field, const QString &value);
    void rebuildAssignMenu();
    void rebuildTagMenu(const QStringList &tags);
    void rebuildRiskMenu();

    std::vector<AgentRow> m_agents;
    std::int64_t m_me = 0;
    CaseRow m_row;
    bool m_loading = false;
    QLabel *m_summary;
    QToolButton *m_take;
    QToolButton *m_assign;
    QToolButton *m_status;
    QToolButton *m_tags;
    QToolButton *m_risks;
    QLineEdit *m_newTag;
    QStringListModel *m_knownTags;
    QComboBox *m_sentiment;
    QComboBox *m_category;
    QSpinBox *m_priority;
    QMenu *m_assignMenu;
    QMenu *m_statusMenu;
    QMenu *m_snoozeMenu;
    QMenu *m_tagMenu;
    QMenu *m_riskMenu;
};

} // namespace earshot
