// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Agents.h"
#include "cases/CaseStatus.h"
#include "dialogs/TemplatePicker.h"
#include "replies/GuidelineSettings.h"

#include <QHash>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace earshot {

class MentionCompleter;
class ReplyEdit;

// What the composer knows about the case it writes for.
struct ComposerCase {
    std::int64_t caseId = 0;
    QString platform;
    QString handle;       // the person's handle on that network, for the mention prefix
    QString homeInstance; // the brand's own Mastodon instance
    QHash<QString, QString> variables; // for templates: first_name, agent_signoff, case_id, ...
    bool customerIsNegative = false;
    QString agentInitials;
    QString draft;
    bool draftIsPrivate = false;
    // The customer wrote privately (a direct message): a public answer would be refused, so a
    // fresh reply starts as a private message.
    bool isPrivateCase = false;
};

// Where an agent writes: a public reply, a private message or an internal note. It knows the
// network (live length by its rules, the mention prefix it needs), checks the brand guidelines
// as the agent types, asks before personal data goes out in public, opens templates with `/`,
// and saves the draft as the agent types. It never sends by itself: it asks, and clears only
// when the reply is safely in the outbox (replySent()).
class ReplyComposer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyComposer)

public:
    enum class Mode { PublicReply, PrivateMessage, Note };

    explicit ReplyComposer(QWidget *parent = nullptr);

    void setTemplateSearch(TemplatePicker::Search search);
    // What the case adds to the checks before a reply goes out (a customer's message the agent
    // has not seen), asked at the moment of sending.
    using CaseFindings = std::function<QStringList()>;
    void setCaseFindings(CaseFindings findings);
    void setGuidelines(const GuidelineSettings &settings);
    void setCase(const ComposerCase &composerCase);
    void clearCase();

    Mode mode() const;
    void setMode(Mode mode);
    QString text() const;
    void focusEditor();
    // Saves what is typed now rather than after the pause in typing (switching cases, closing).
    void saveDraftNow();
    ReplyEdit *editor() const { return m_edit; }
    // The team, for "@" in a note.
    void setColleagues(const std::vector<AgentRow> &agents);

    // The asks below, with no `statusAfter` for the usual (Pending).
    void send(std::optional<CaseStatus> statusAfter = {}, bool thenNext = false);
    void openTemplates();
    // The reply is in the outbox (or the note saved): start afresh.
    void replySent();
    // The workspace refused: say why (and what colleagues changed); the text stays.
    void showRefusal(const QString &reason, const QStringList &changes = {});

Q_SIGNALS:
    void replyRequested(const QString &text, bool isPrivate, std::optional<CaseStatus> statusAfter,
                        bool thenNext);
    void noteRequested(const QString &text);
    void draftEdited(qint64 caseId, const QString &text, bool isPrivate);
    // The agent read the checks' findings and went ahead (just before replyRequested).
    void findingsAccepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void onModeChanged();
    void updateChecks();
    QStringList guidelineWarnings(const QString &draft, bool isPrivate) const;
    // Sends at once, or asks first with every finding in one PreSendDialog.
    void checkThenSend(const QString &outgoing, bool isPrivate,
                       std::optional<CaseStatus> statusAfter, bool thenNext);
    QString prefix() const;
    QString withPrefix(const QString &text) const;

    ComposerCase m_case;
    GuidelineSettings m_guidelines;
    TemplatePicker::Search m_templateSearch;
    CaseFindings m_caseFindings;
    QComboBox *m_mode;
    ReplyEdit *m_edit;
    MentionCompleter *m_mentions = nullptr;
    QLabel *m_length;
    QLabel *m_warnings;
    QLabel *m_problem;
    QPushButton *m_send;
    QPushButton *m_sendResolve;
    QPushButton *m_sendNext;
    QPushButton *m_templates;
    QTimer m_draftDelay;
    bool m_loading = false;
    Mode m_previousMode = Mode::PublicReply;
    Mode m_modeBeforeNote = Mode::PublicReply;
    QString m_stashedReply; // the reply, while the agent writes a note
};

} // namespace earshot
