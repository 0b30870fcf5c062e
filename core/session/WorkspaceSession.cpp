// SPDX-License-Identifier: Apache-2.0
#include "session/WorkspaceSession.h"

#include "Error.h"
#include "Tr.h"
#include "cases/CaseRescorer.h"
#include "cases/CaseSeen.h"
#include "cases/LeadRouting.h"
#include "cases/PersonCommands.h"
#include "cases/PrioritySettings.h"
#include "cases/SnoozeClock.h"
#include "cases/WaitingPoints.h"
#include "connectors/ConnectorHost.h"
#include "learning/LearnedModelStore.h"
#include "learning/LearningTrainer.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"
#include "people/SpeakerLists.h"
#include "platforms/simulation/SimulationFeed.h"
#include "replies/Outbox.h"
#include "replies/TemplateLibrary.h"
#include "replies/WorkspaceGuidelines.h"
#include "session/Networks.h"
#include "session/SessionAccounts.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "workspace/BackgroundTrainer.h"
#include "workspace/LearningJobs.h"
#include "workspace/QueueCounter.h"
#include "workspace/Rescoring.h"
#include "workspace/StoreWriter.h"
#include "workspace/WorkspaceHealth.h"
#include "workspace/WorkspaceWatcher.h"

#include <QDir>
#include <QPointer>
#include <QSet>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Migrations run once, here, before any reader looks at the file; so does choosing the agent
// the console works as (a workspace without agents gets one).
AgentRow prepareWorkspace(const QString &path, const QString &preferredAgentKey,
                          std::shared_ptr<Clock> clock)
{
    Database writer = Workspace::openForWriting(path, Workspace::Create::IfMissing);
    writer.setClock(std::move(clock));
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = Tr::tr("Me");
    return ensureConsoleAgent(writer, preferredAgentKey, user);
}

QString feedCursor(Database &db, const QString &feed)
{
    Statement s(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
    s.bind(1, feed);
    return s.step() ? s.toString(0) : QString();
}

} // namespace

WorkspaceSession::WorkspaceSession(const QString &path, const QString &preferredAgentKey,
                                   const TimeAndChance &timing, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_agent(prepareWorkspace(path, preferredAgentKey, timing.clock))
    , m_reader(Workspace::openForReading(path))
    , m_cases(m_reader, m_agent.id)
    , m_mentions(m_reader)
    , m_watcher(std::make_unique<WorkspaceWatcher>(m_reader))
    , m_health(std::make_unique<WorkspaceHealth>(path))
    , m_writer(std::make_unique<StoreWriter>(path, timing.clock))
    , m_counter(std::make_unique<QueueCounter>(path))
    , m_trainer(std::make_unique<BackgroundTrainer>(path, mentionReaderBuiltIns(), m_writer.get(),
                                                    timing.clock))
    , m_timing(timing)
    , m_snoozeClock(timing.clock)
{
    m_reader.setClock(timing.clock);
    qRegisterMetaType<earshot::PersonOutcome>();
    m_counter->setScope(m_agent.id, {});
    connect(m_watcher.get(), &WorkspaceWatcher::casesChanged, this,
            &WorkspaceSession::casesChanged);
    connect(m_watcher.get(), &WorkspaceWatcher::everythingChanged, this,
            &WorkspaceSession::everythingChanged);
    connect(m_watcher.get(), &WorkspaceWatcher::readFailed, this, &WorkspaceSession::readFailed);
    // An account added or removed by earshot-cli while the window is open starts or stops here.
    connect(m_watcher.get(), &WorkspaceWatcher::committed, this, [this] {
        if (m_accounts)
            m_accounts->reconcile();
    });
    m_watcher->start();
    // Called on the writer thread, which ends (in the destructor) before this object does.
    Workspace::setWaitNotice([this](const QString &) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT waitingForAnotherWriter(); }, Qt::QueuedConnection);
    });
    connect(m_health.get(), &WorkspaceHealth::damaged, this, &WorkspaceSession::onDamaged);
    m_health->start();
    // Snoozed cases wake when their time comes, checked twice a minute.
    m_snoozeClock.setInterval(std::chrono::seconds(30));
    connect(&m_snoozeClock, &ClockTimer::timeout, this, &WorkspaceSession::wakeSnoozedCases);
    // Corrections made while no console was open (earshot-cli learn, another desktop) are
    // learned from now.
    if (needsTraining(readLearningSummary(m_reader)))
        m_trainer->request();
    registerBuiltInNetworks();
    const QString kind = WorkspaceSettings::value(m_reader, WorkspaceSettings::kind);
    m_isDemo = kind == u"demo";
    // A training sandbox is fed by the Simulation platform like a demo; its network loop
    // refuses every request (a sign-in tried on it fails without a socket being opened).
    const bool isTraining = kind == u"training";
    NetworkContext networks;
    networks.writer = m_writer.get();
    networks.clock = timing.clock;
    networks.seed = timing.seed;
    // A connector that renews its account's token (X after a browser sign-in) hands the new one
    // to the accounts, which keep it in the keychain; they are made after the host.
    auto renewTo = std::make_shared<QPointer<SessionAccounts>>();
    networks.secretRenewed = [renewTo](std::int64_t accountId, const QString &secret) {
        if (*renewTo)
            (*renewTo)->keepRenewedSecret(accountId, secret);
    };
    if (!m_isDemo) {
        m_net = std::make_unique<NetworkLoop>(UrlPolicy::forWorkspaceKind(kind), timing.clock,
                                              timing.seed);
        networks.net = m_net.get();
    }
    m_connectors = std::make_unique<ConnectorHost>(m_writer.get(), networks);
    connect(m_connectors.get(), &ConnectorHost::written, this, &WorkspaceSession::onIngested);
    connect(m_connectors.get(), &ConnectorHost::writeFailed, this, &WorkspaceSession::writeFailed);
    connect(m_connectors.get(), &ConnectorHost::casesChanged, this,
            &WorkspaceSession::casesChanged);
    m_accounts = std::make_unique<SessionAccounts>(m_reader, m_connectors.get(), m_writer.get(),
                                                   timing.clock);
    *renewTo = m_accounts.get();
    m_accounts->setNetwork(m_net.get());
    m_accounts->load();
    if (m_isDemo || isTraining) {
        m_scenarioTitle = WorkspaceSettings::value(m_reader, WorkspaceSettings::scenarioTitle);
        const QString scenario =
            WorkspaceSettings::value(m_reader, WorkspaceSettings::scenarioResource);
        // The demo's one account: the Simulation platform playing the workspace's scenario.
        ConnectorAccount account;
        account.platform = u"simulation"_s;
        account.feed = SimulationFeed::feedName();
        account.baseUrl = scenario;
        try {
            m_connectors->addAccount(account, feedCursor(m_reader, account.feed));
        } catch (const Error &e) {
            // What is stored stays readable; only the trickle of new mentions stops.
            qCWarning(lcWorkspace).noquote() << "No live feed for" << path << ":" << e.message();
            m_feedProblem = e.message();
        }
    }
    qCInfo(lcWorkspace).noquote() << "Opened workspace session on" << path << "as agent id"
                                  << m_agent.id << (m_isDemo ? "(demo)" : "");
}

WorkspaceSession::~WorkspaceSession()
{
    qCInfo(lcWorkspace).noquote() << "Closing workspace session on" << m_path;
    // The feeds go first so they cannot submit to a writer that is shutting down.
    m_connectors->stop();
    m_accounts.reset();
    m_connectors.reset();
    m_net.reset();
    m_trainer.reset(); // it saves through the writer
    m_writer.reset();
    Workspace::setWaitNotice({});
    m_health.reset();
    m_watcher.reset();
}

void WorkspaceSession::onDamaged(const QString &message)
{
    qCWarning(lcWorkspace).noquote() << "Workspace found damaged, writes stop:" << message;
    m_writer->refuseWrites(message);
    m_connectors->stop();
    // Replies waiting to be sent stay in the outbox; the writer refuses to mark them sent.
    m_feedProblem = message;
    Q_EMIT damaged(message);
}

QString WorkspaceSession::describe() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_isDemo && !m_feedProblem.isEmpty())
        return Tr::tr("Demo workspace %1 - live feed stopped: %2").arg(file, m_feedProblem);
    if (m_isDemo)
        return Tr::tr("Demo workspace %1 - fed by the Simulation platform (\"%2\"), no network")
            .arg(file, m_scenarioTitle);
    if (const auto count = int(m_accounts->accounts().size()); count > 0)
        return Tr::tr("Workspace %1 - %n connected account(s)", nullptr, count).arg(file);
    return Tr::tr("Workspace %1 - no connected accounts yet").arg(file);
}

void WorkspaceSession::startFeeds()
{
    m_connectors->start();
    m_snoozeClock.start();
    wakeSnoozedCases();
}

quint64 WorkspaceSession::execute(CaseCommand command)
{
    command.agentId = m_agent.id;
    command.requestId = ++m_lastRequestId;
    m_writer->execute(command, this,
                      [this](const CommandOutcome &outcome) { onCommandDone(outcome); });
    return command.requestId;
}

quint64 WorkspaceSession::execute(PersonCommand command)
{
    command.agentId = m_agent.id;
    command.requestId = ++m_lastRequestId;
    WriterTask<PersonOutcome> task;
    task.name = "person command";
    task.work = [command](WriterContext &c) {
        PersonOutcome outcome = PersonCommands(c.db).run(command);
        // The ingestor remembers which person each handle belongs to; merging and splitting
        // change that on its own connection, which data_version does not tell it.
        if (outcome.ok)
            c.ingestor.forgetCaches();
        return outcome;
    };
    m_writer->run<PersonOutcome>(std::move(task), this,
                                 [this, command](const WriterAnswer<PersonOutcome> &answer) {
                                     onPersonCommandDone(command, answer);
                                 });
    return command.requestId;
}

std::vector<PersonSummary> WorkspaceSession::findPeople(const QString &prefix,
                                                        std::int64_t exceptPersonId)
{
    return PeopleQueries(m_reader).find(prefix, exceptPersonId);
}

void WorkspaceSession::wakeSnoozedCases()
{
    WriterTask<QList<qint64>> task;
    task.name = "wake snoozed cases";
    task.lane = WriterLane::Bulk;
    // The time of this tick, not of when the writer gets to it: what a tick wakes is replayable.
    // The same tick keeps the customers' wait in every case's priority current (one priority in
    // the list, the case and Next case); a workspace with no window open is brought up to date
    // by Next case itself.
    task.work = [now = m_timing.clock->nowMs()](WriterContext &c) {
        QList<qint64> changed = wakeDueCases(c.db, now);
        changed.append(refreshWaitingPoints(c.db, now));
        return changed;
    };
    m_writer->run<QList<qint64>>(std::move(task), this,
                                 [this](const WriterAnswer<QList<qint64>> &woken) {
                                     if (!woken.ok())
                                         Q_EMIT writeFailed(woken.error);
                                     else if (!woken.value.isEmpty())
                                         Q_EMIT casesChanged(woken.value);
                                 });
}

std::vector<AgentRow> WorkspaceSession::agents()
{
    return listAgents(m_reader);
}

GuidelineSettings WorkspaceSession::guidelines(QString *problem)
{
    return loadGuidelines(m_reader, problem);
}

QStringList WorkspaceSession::workspaceWords()
{
    QStringList words = WorkspaceSettings::value(m_reader, WorkspaceSettings::spellingWords)
                            .split(u'\n', Qt::SkipEmptyParts);
    words.append(brandName().split(u' ', Qt::SkipEmptyParts));
    return words;
}

QString WorkspaceSession::brandName()
{
    return WorkspaceSettings::value(m_reader, WorkspaceSettings::brandName);
}

bool WorkspaceSession::hasNoCases()
{
    Statement s(m_reader, "SELECT EXISTS (SELECT 1 FROM cases)");
    return s.step() && s.toInt(0) == 0;
}

std::optional<Draft> WorkspaceSession::draft(std::int64_t caseId)
{
    return loadDraft(m_reader, caseId, m_agent.id);
}

std::vector<ReplyTemplate> WorkspaceSession::searchTemplates(const QString &words,
                                                             const QString &platform)
{
    return TemplateLibrary(m_reader).search(words, platform);
}

TriageSettings WorkspaceSession::triageSettings()
{
    return loadTriageSettings(m_reader);
}

void WorkspaceSession::saveTriageSettings(const PriorityWeights &weights,
                                          const QList<QStringList> &speakerLists,
                                          RiskFlags leadRisks)
{
    TriageSettingsChange change;
    change.weights = weights;
    const SpeakerList lists[] = {SpeakerList::Staff, SpeakerList::Vip, SpeakerList::Customers};
    for (int i = 0; i < 3 && i < speakerLists.size(); ++i)
        change.speakerLists.emplace_back(lists[i], speakerLists.at(i));
    change.leadRisks = leadRisks;
    // The settings and badges at once, as a command; the open cases' new priorities after, in
    // steps, so agents' commands are not held up by a rescore of the whole queue.
    WriterTask<int> task;
    task.name = "triage settings";
    task.work = [change](WriterContext &c) {
        const int badged = writeTriageSettings(c.db, change);
        // Badges changed behind the Ingestor's back: it must read people's badges again.
        c.ingestor.forgetCaches();
        return badged;
    };
    m_writer->run<int>(std::move(task), this, [this](const WriterAnswer<int> &badged) {
        if (!badged.ok()) {
            Q_EMIT triageSettingsSaved(badged.error, 0, 0);
            return;
        }
        rescoreInSteps(*m_writer, this,
                       [this, badged = badged.value](const WriterAnswer<int> &moved) {
                           Q_EMIT triageSettingsSaved(moved.error, badged, moved.value);
                       });
    });
}

void WorkspaceSession::keepWordForTheTeam(const QString &word)
{
    WriterTask<bool> task;
    task.name = "spelling: keep a word";
    task.work = [word](WriterContext &c) {
        QStringList words = WorkspaceSettings::value(c.db, WorkspaceSettings::spellingWords)
                                .split(u'\n', Qt::SkipEmptyParts);
        if (words.contains(word))
            return false;
        words.append(word);
        WorkspaceSettings::setValue(c.db, WorkspaceSettings::spellingWords, words.join(u'\n'));
        return true;
    };
    m_writer->run<bool>(std::move(task), this, [this](const WriterAnswer<bool> &kept) {
        if (!kept.ok())
            Q_EMIT writeFailed(kept.error);
    });
}

LearningSummary WorkspaceSession::learningSummary()
{
    return readLearningSummary(m_reader);
}

void WorkspaceSession::forgetLearning()
{
    m_writer->run<bool>(forgetLearningTask(), this, [this](const WriterAnswer<bool> &forgotten) {
        Q_EMIT learningReset(forgotten.error);
    });
}

std::vector<ListeningTerm> WorkspaceSession::listeningTerms()
{
    return listListeningTerms(m_reader);
}

void WorkspaceSession::addListeningTerm(const QString &term, const QString &platform,
                                        QObject *context, ListeningDone done)
{
    WriterTask<bool> task;
    task.name = "listening: add a term";
    task.work = [term, platform](WriterContext &c) {
        insertListeningTerm(c.db, term, platform);
        return true;
    };
    m_writer->run<bool>(std::move(task), context,
                        [this, done = std::move(done)](const WriterAnswer<bool> &answer) {
                            if (answer.ok())
                                m_accounts->reloadSearches();
                            done(answer.error);
                        });
}

void WorkspaceSession::removeListeningTerm(std::int64_t id, QObject *context, ListeningDone done)
{
    WriterTask<bool> task;
    task.name = "listening: remove a term";
    task.work = [id](WriterContext &c) {
        if (!deleteListeningTerm(c.db, id))
            throw StoreError(Tr::tr("That listening term was removed already"));
        return true;
    };
    m_writer->run<bool>(std::move(task), context,
                        [this, done = std::move(done)](const WriterAnswer<bool> &answer) {
                            if (answer.ok())
                                m_accounts->reloadSearches();
                            done(answer.error);
                        });
}

std::vector<AgentNotification>
WorkspaceSession::lookForNotifications(const NotificationChoices &choices)
{
    if (!m_notifications)
        m_notifications = std::make_unique<AgentNotifications>(m_reader, *clock(), m_agent.id);
    return m_notifications->look(choices);
}

std::vector<SavedView> WorkspaceSession::savedViews()
{
    return SavedViews::read(m_reader);
}

void WorkspaceSession::changeViews(const char *name, std::function<bool(Database &)> change,
                                   const QString &refusal)
{
    WriterTask<bool> task;
    task.name = name;
    task.work = [change = std::move(change)](WriterContext &c) { return change(c.db); };
    m_writer->run<bool>(std::move(task), this, [this, refusal](const WriterAnswer<bool> &done) {
        if (!done.ok())
            Q_EMIT savedViewsChanged(done.error);
        else
            Q_EMIT savedViewsChanged(done.value ? QString() : refusal);
    });
}

void WorkspaceSession::saveView(const SavedView &view)
{
    changeViews("views: save",
                [view](Database &db) {
                    SavedViews::save(db, view);
                    return true;
                },
                {});
}

void WorkspaceSession::renameView(const QString &from, const QString &to)
{
    changeViews(
        "views: rename", [from, to](Database &db) { return SavedViews::rename(db, from, to); },
        Tr::tr("A view named \"%1\" exists already.").arg(to.trimmed()));
}

void WorkspaceSession::deleteView(const QString &name)
{
    changeViews("views: delete",
                [name](Database &db) {
                    SavedViews::remove(db, name);
                    return true;
                },
                {});
}

WorkspaceSession::NeedsAttention WorkspaceSession::needsAttention()
{
    NeedsAttention needs;
    needs.replies = Outbox(m_reader).countNeedingDecision();
    const std::int64_t now = m_timing.clock->nowMs();
    for (const SessionAccount &a : m_accounts->accounts()) {
        if (!a.problem.isEmpty() || !a.account.lastError.isEmpty() || a.account.pausedUntilMs > now
            || !a.silence.isEmpty())
            ++needs.accounts;
    }
    return needs;
}

void WorkspaceSession::decideReply(std::int64_t caseId, std::int64_t outboxId, OutboxState to)
{
    WriterTask<bool> task;
    task.name = "session: an agent decides on a reply";
    task.work = [outboxId, to](WriterContext &c) { return Outbox(c.db).decide(outboxId, to); };
    m_writer->run<bool>(
        std::move(task), this, [this, caseId, to](const WriterAnswer<bool> &decided) {
            if (!decided.ok()) {
                Q_EMIT replyDecided(Tr::tr("Could not save this change: %1").arg(decided.error));
                return;
            }
            if (!decided.value) {
                // Another agent or process moved it first; the view reads what it is now.
                Q_EMIT replyDecided(Tr::tr("This reply changed meanwhile; look at it again."));
            } else {
                Q_EMIT replyDecided({});
                if (to == OutboxState::Queued)
                    m_connectors->sendSoon();
            }
            Q_EMIT casesChanged({qint64(caseId)});
        });
}

void WorkspaceSession::onCommandDone(const CommandOutcome &outcome)
{
    // A correction teaches: a burst of them trains once, in the background.
    if (outcome.ok && outcome.kind == CaseCommand::Kind::Correct)
        m_trainer->request();
    if (outcome.ok && outcome.outboxId != 0)
        m_connectors->sendSoon();
    Q_EMIT commandDone(outcome);
    if (!outcome.changedCases.isEmpty())
        Q_EMIT casesChanged(outcome.changedCases);
}

void WorkspaceSession::onPersonCommandDone(const PersonCommand &command,
                                           const WriterAnswer<PersonOutcome> &answer)
{
    PersonOutcome outcome = answer.value;
    if (!answer.ok()) {
        // The transaction rolled back, or never began: nothing changed, and the agent reads why.
        outcome = {};
        outcome.requestId = command.requestId;
        outcome.kind = command.kind;
        outcome.personId = command.personId;
        outcome.error = Tr::tr("Could not save this change: %1").arg(answer.error);
    }
    Q_EMIT personCommandDone(outcome);
    if (!outcome.changedCases.isEmpty())
        Q_EMIT casesChanged(outcome.changedCases);
}

void WorkspaceSession::onIngested(const IngestResult &result)
{
    QSet<qint64> unique;
    QList<qint64> ids;
    for (const auto *list : {&result.caseIds, &result.rescoredCaseIds, &result.changes.caseIds}) {
        for (const std::int64_t id : *list) {
            if (!unique.contains(id)) {
                unique.insert(id);
                ids.append(id);
            }
        }
    }
    if (result.inserted > 0)
        Q_EMIT mentionsArrived(result.inserted);
    if (!ids.isEmpty())
        Q_EMIT casesChanged(ids);
}

std::optional<CaseDetails> WorkspaceSession::caseDetails(std::int64_t caseId)
{
    return loadCaseDetails(m_reader, m_cases, m_mentions, caseId, m_timing.clock->nowMs());
}

void WorkspaceSession::markSeen(std::int64_t caseId, std::int64_t mentionId)
{
    if (caseId == 0 || mentionId == 0)
        return;
    WriterTask<int> task;
    task.name = "case seen";
    task.work = [agent = m_agent.id, caseId, mentionId,
                 now = m_timing.clock->nowMs()](WriterContext &c) {
        markCaseSeen(c.db, agent, caseId, mentionId, now);
        return 0;
    };
    m_writer->run<int>(std::move(task), this, [this, caseId](const WriterAnswer<int> &answer) {
        if (!answer.ok())
            Q_EMIT writeFailed(answer.error);
        else
            Q_EMIT caseSeen(caseId);
    });
}

void WorkspaceSession::beatPresence(std::int64_t caseId, bool writing)
{
    WriterTask<int> task;
    task.name = "presence";
    task.work = [agent = m_agent.id, caseId, writing,
                 now = m_timing.clock->nowMs()](WriterContext &c) {
        if (caseId == 0)
            leavePresence(c.db, agent);
        else
            earshot::beatPresence(c.db, agent, caseId, writing, now);
        return 0;
    };
    // A beat that failed is only a colleague's hint missing for a few seconds: not worth a word.
    m_writer->run<int>(std::move(task), this, [](const WriterAnswer<int> &) {});
}

std::vector<CasePresence> WorkspaceSession::presence(std::int64_t caseId)
{
    return presenceOn(m_reader, caseId, m_agent.id, m_timing.clock->nowMs());
}

} // namespace earshot
