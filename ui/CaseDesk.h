// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseCommand.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <cstdint>

class QLabel;

namespace earshot {

class CaseActionBar;
class ConversationView;
class PersonActions;
class ReplyComposer;
class WorkspaceSession;
struct NetworkReadOutcome;

// The right-hand side of the console, where an agent works one case: what can be done to it,
// the conversation, and the composer. It sends the agent's commands with the version of the
// case they saw, and shows a refusal (what a colleague changed meanwhile) without losing the
// agent's text.
class CaseDesk final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDesk)

public:
    explicit CaseDesk(WorkspaceSession &session, QWidget *parent = nullptr);
    ~CaseDesk() override;

    std::int64_t caseId() const { return m_caseId; }
    // Reads the team and the brand guidelines of the workspace (again).
    void reloadSettings();
    // Shows the case; showing the same case again (it changed) keeps what the agent is typing.
    void showCase(std::int64_t caseId);
    void clear();

    ReplyComposer *composer() const { return m_composer; }
    CaseActionBar *actions() const { return m_actions; }

    // What the keyboard asks for.
    void startReply();
    void startNote();
    // Reads the case's whole conversation from the network again (Ctrl+Shift+L).
    void loadWholeConversation();
    void takeNextCase();

Q_SIGNALS:
    // Next case handed this case to the agent: the window should select it.
    void caseTaken(qint64 caseId);
    // The agent asked to open another case (one of the person's other cases).
    void caseRequested(qint64 caseId);
    void message(const QString &text);
    void readFailed(const QString &message);

private:
    void onNetworkRead(const NetworkReadOutcome &outcome);
    void execute(CaseCommand command, bool forThisCase = true);
    void onCommandDone(const earshot::CommandOutcome &outcome);
    void onReplyRequested(const QString &text, bool isPrivate,
                          std::optional<CaseStatus> statusAfter, bool thenNext);
    void loadComposer(const struct CaseDetails &details);
    // What the case itself says against sending or resolving now: a customer's message the agent
    // has not seen; when resolving, the case still marked "needs a reply".
    QStringList caseFindings(bool resolving) const;
    void requestFromActionBar(const CaseCommand &command);
    // The agent went ahead knowing of the newest message: it counts as seen.
    void acknowledgeNewest();
    void beat();
    void showPresence();
    void keepWordForTheTeam(const QString &word);

    WorkspaceSession &m_session;
    CaseActionBar *m_actions;
    ConversationView *m_conversation;
    PersonActions *m_person;
    ReplyComposer *m_composer;
    std::int64_t m_caseId = 0;
    std::int64_t m_seenVersion = 0;
    std::int64_t m_seenMentionId = 0;   // the newest message the agent has seen
    std::int64_t m_newestMentionId = 0; // the case's newest message
    std::int64_t m_newestAtMs = 0;
    std::int64_t m_markerSince = 0; // "New since you last looked" stands after this message
    bool m_needsReply = false;
    QLabel *m_presence;
    QTimer m_beat;
    QElapsedTimer m_lastTyped; // "is writing" while the agent typed in the last few seconds
    bool m_wasWriting = false;
    bool m_loadingCase = false;
    QSet<quint64> m_pending;
    quint64 m_sendingRequest = 0;
    bool m_nextAfterSend = false;
};

} // namespace earshot
