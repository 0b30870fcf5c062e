// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/AgentNotifications.h"
#include "cases/Agents.h"
#include "cases/CaseCommand.h"
#include "cases/CaseDetails.h"
#include "cases/CasePresence.h"
#include "cases/CaseQueries.h"
#include "cases/PersonCommand.h"
#include "cases/Priority.h"
#include "cases/SavedViews.h"
#include "cases/TriageSettings.h"
#include "clock/ClockTimer.h"
#include "clock/TimeAndChance.h"
#include "ingest/Ingestor.h"
#include "learning/LearningSummary.h"
#include "listening/Reading.h"
#include "replies/Drafts.h"
#include "replies/GuidelineSettings.h"
#include "replies/OutboxState.h"
#include "replies/ReplyTemplate.h"
#include "store/ListeningTerms.h"
#include "store/MentionQueries.h"
#include "store/Sqlite.h"
#include "workspace/WriterConnection.h"

#include <QHash>
#include <QList>

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace earshot {

class BackgroundTrainer;
class ConnectorHost;
class NetworkLoop;

// What an agent's read from the network brought (loadConversation, refreshProfile).
struct NetworkReadOutcome {
    enum class Kind { Conversation, Profile };
    Kind kind = Kind::Conversation;
    std::int64_t caseId = 0; // the case it was asked from (0: a person's profile without one)
    std::int64_t personId = 0;
    bool ok = false;
    QString error; // in words, when not ok
    int newPosts = 0;
    int knownPosts = 0; // read again, already in the workspace
    int edited = 0;
    int deleted = 0;
    int profiles = 0;
};
class SessionAccounts;
class QueueCounter;
class StoreWriter;
class WorkspaceHealth;
class WorkspaceWatcher;

// An open workspace as the window sees it: a reader connection for the GUI thread, the writer
// thread, and whatever feeds it (the Simulation platform in a demo). Tells its listeners which
// cases changed, by id.
class WorkspaceSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    // Opens (and if needed migrates) the workspace and works as the agent with
    // `preferredAgentKey` (else the workspace's first agent), on `timing`'s clock and dice.
    // Throws StoreError or ScenarioError.
    explicit WorkspaceSession(const QString &path, const QString &preferredAgentKey = {},
                              const TimeAndChance &timing = {}, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // How the accounts speak HTTP (none in a demo); a training workspace's refuses every
    // request.
    NetworkLoop *network() const { return m_net.get(); }
    bool isDemo() const { return m_isDemo; }
    // One line for the status bar: which workspace, what feeds it.
    QString describe() const;

    CaseQueries &cases() { return m_cases; }
    // What the window reads besides cases, on the GUI thread's connection; each throws
    // StoreError when the workspace cannot be read.
    std::vector<AgentRow> agents();
    // What the reply composer checks against: the brand's guidelines (`problem` names what could
    // not be read of them) and the words the spelling check must know (the team's words and the
    // brand's name).
    GuidelineSettings guidelines(QString *problem);
    QStringList workspaceWords();
    QString brandName();
    // Whether the workspace holds no case yet (a new file): the window then says what to do next.
    bool hasNoCases();
    // This console's agent's draft on a case.
    std::optional<Draft> draft(std::int64_t caseId);
    std::vector<ReplyTemplate> searchTemplates(const QString &words, const QString &platform);
    // Everything the conversation pane shows for one case, read on the GUI thread's connection.
    // Throws StoreError when the workspace cannot be read.
    std::optional<CaseDetails> caseDetails(std::int64_t caseId);
    const AgentRow &agent() const { return m_agent; }
    // This console's agent has seen the case up to this message (the list's unread style and
    // "new since you last looked"; never moves back).
    void markSeen(std::int64_t caseId, std::int64_t mentionId);
    // This console shows `caseId` (0: none) and its agent is or is not writing in it: a beat
    // that colleagues' windows read as "Mira is viewing" / "Mira is writing…".
    void beatPresence(std::int64_t caseId, bool writing);
    // Who else is on the case now, never this console's agent.
    std::vector<CasePresence> presence(std::int64_t caseId);
    // The clock everything of this session reads the time from and runs its timers on (a
    // simulated one in training), and the seed its dice are rolled from.
    const std::shared_ptr<Clock> &clock() const { return m_timing.clock; }
    std::uint64_t seed() const { return m_timing.seed; }
    // The connectors and reply senders of the workspace's accounts (the Simulation platform's
    // in a demo); never null.
    ConnectorHost *connectors() const { return m_connectors.get(); }
    // The workspace's connected accounts (none in a demo), their secrets read from the keychain
    // and their connectors added to connectors() as each secret arrives: ready() once all are
    // settled. Never null.
    SessionAccounts *accounts() const { return m_accounts.get(); }
    // The workspace file this session has open.
    const QString &path() const { return m_path; }
    StoreWriter *writer() const { return m_writer.get(); }
    QueueCounter *queueCounter() const { return m_counter.get(); }

    void startFeeds();
    // Runs an agent's command as this console's agent on the writer thread; returns the request
    // id its outcome (commandDone) will carry.
    quint64 execute(earshot::CaseCommand command);
    // The same for a command on a person (badges, note, merge, split): personCommandDone.
    quint64 execute(earshot::PersonCommand command);
    // People to merge with: by the start of a name or handle, without `exceptPersonId`.
    std::vector<PersonSummary> findPeople(const QString &prefix, std::int64_t exceptPersonId);
    void wakeSnoozedCases();
    // What needs a person's attention now: replies that failed or may not have arrived, and
    // connected accounts that cannot hear (an error, a pause). Read on the GUI thread's connection.
    struct NeedsAttention {
        std::int64_t replies = 0;
        int accounts = 0;
    };
    NeedsAttention needsAttention();
    // What this console's agent is to be told (AgentNotifications) since the last call; the first
    // call sets where telling starts. Read on the GUI thread's connection; throws StoreError.
    std::vector<AgentNotification> lookForNotifications(const NotificationChoices &choices);
    // The team's saved views (SavedViews), read on the GUI thread's connection; throws StoreError.
    std::vector<SavedView> savedViews();
    // Written on the writer thread; savedViewsChanged answers each (empty, or why not).
    void saveView(const SavedView &view);
    void renameView(const QString &from, const QString &to);
    void deleteView(const QString &name);
    // An agent's decision on one of our replies that failed or may not have arrived
    // (Outbox::decide), on the writer thread; casesChanged tells the views, replyDecided whether
    // it could be made.
    void decideReply(std::int64_t caseId, std::int64_t outboxId, earshot::OutboxState to);
    // The priority weights, the staff, VIP and customer lists (in that order) and the risks left
    // to a lead that a lead set in the window, in one transaction on the writer thread:
    // triageSettingsSaved says how it went.
    void saveTriageSettings(const PriorityWeights &weights, const QList<QStringList> &speakerLists,
                            RiskFlags leadRisks);
    // What the triage settings dialog starts from.
    TriageSettings triageSettings();
    // A word the spelling check should know for everyone on the workspace (a product name).
    void keepWordForTheTeam(const QString &word);
    // What this workspace's agents taught Earshot, read on the GUI thread's connection.
    LearningSummary learningSummary();
    // Forgets every correction kept for learning and every model: learningReset says when done.
    void forgetLearning();
    // The workspace's listening terms with what each heard, read on the GUI thread's connection.
    std::vector<ListeningTerm> listeningTerms();
    // Adds (`platform` empty: every network) or removes a listening term on the writer thread;
    // `done` gets the problem in words (empty when it worked) through `context`, after which the
    // connected accounts search for the new list from their next cycle.
    using ListeningDone = std::function<void(const QString &problem)>;
    void addListeningTerm(const QString &term, const QString &platform, QObject *context,
                          ListeningDone done);
    void removeListeningTerm(std::int64_t id, QObject *context, ListeningDone done);
    // Reads the whole conversation of a case from the network again, through the connector of the
    // account the case was heard on: posts not yet held are stored (each once), edits and
    // deletions of the case's posts recorded. networkReadDone answers; casesChanged follows.
    void loadConversation(std::int64_t caseId);
    // Reads the person's profile again from a network they are known on that has a connected
    // account (the one of `caseId`, when given): name, bio, followers, verified.
    void refreshProfile(std::int64_t personId, std::int64_t caseId = 0);

Q_SIGNALS:
    // This console's agent has seen more of the case (its row is no longer unread).
    void caseSeen(qint64 caseId);
    // Cases changed, by this console or by anyone else on the workspace (another window, the
    // command line): within a second of the change.
    void casesChanged(const QList<qint64> &caseIds);
    // Too much changed elsewhere to say which cases (a bulk import): read the lists again.
    void everythingChanged();
    void readFailed(const QString &message);
    // The background check found the file damaged: feeds stopped and every write is refused
    // from now on; `message` says how to recover what can be read.
    void damaged(const QString &message);
    // The writer has waited a second for another process's write (an import, another window)
    // and goes on waiting: nothing is lost, only later.
    void waitingForAnotherWriter();
    void commandDone(const earshot::CommandOutcome &outcome);
    void personCommandDone(const earshot::PersonOutcome &outcome);
    void mentionsArrived(int count);
    void writeFailed(const QString &message);
    // `error` is empty when the settings were saved; `badged` people gained a badge from a list
    // and `moved` open cases have a new priority (the case list should be read again).
    void triageSettingsSaved(const QString &error, int badged, int moved);
    // `error` is empty when everything learned is gone.
    void learningReset(const QString &error);
    // decideReply's answer: empty, or why nothing changed.
    void replyDecided(const QString &error);
    // saveView's, renameView's and deleteView's answer: empty, or why nothing changed.
    void savedViewsChanged(const QString &error);
    // loadConversation's and refreshProfile's answer, exactly one per call.
    void networkReadDone(const earshot::NetworkReadOutcome &outcome);

private:
    void onIngested(const earshot::IngestResult &result);
    void onCommandDone(const earshot::CommandOutcome &outcome);
    void onPersonCommandDone(const earshot::PersonCommand &command,
                             const earshot::WriterAnswer<earshot::PersonOutcome> &answer);
    void onDamaged(const QString &message);
    void changeViews(const char *name, std::function<bool(Database &)> change,
                     const QString &refusal);

    QString m_path;
    AgentRow m_agent;
    Database m_reader;
    CaseQueries m_cases;
    MentionQueries m_mentions;
    std::unique_ptr<AgentNotifications> m_notifications;
    std::unique_ptr<WorkspaceWatcher> m_watcher;
    std::unique_ptr<WorkspaceHealth> m_health;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<QueueCounter> m_counter;
    std::unique_ptr<BackgroundTrainer> m_trainer;
    // How the accounts' connectors speak HTTP; none in a demo. Outlives the host.
    std::unique_ptr<NetworkLoop> m_net;
    std::unique_ptr<ConnectorHost> m_connectors;
    std::unique_ptr<SessionAccounts> m_accounts;
    TimeAndChance m_timing;
    ClockTimer m_snoozeClock;
    quint64 m_lastRequestId = 0;
    bool m_isDemo = false;
    QString m_scenarioTitle;
    QString m_feedProblem;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::NetworkReadOutcome)
