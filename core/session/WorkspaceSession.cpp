// SPDX-License-Identifier: Apache-2.0
#include "session/WorkspaceSession.h"

#include "Tr.h"
#include "cases/CaseRescorer.h"
#include "cases/LeadRouting.h"
#include "cases/PersonCommands.h"
#include "cases/PrioritySettings.h"
#include "cases/SnoozeClock.h"
#include "learning/LearnedModelStore.h"
#include "learning/LearningTrainer.h"
#include "people/SpeakerLists.h"
#include "platforms/simulation/ScenarioReader.h"
#include "platforms/simulation/SimulationFeed.h"
#include "platforms/simulation/SimulationReplies.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "workspace/BackgroundTrainer.h"
#include "workspace/LearningJobs.h"
#include "workspace/QueueCounter.h"
#include "workspace/StoreWriter.h"
#include "workspace/WorkspaceHealth.h"
#include "workspace/WorkspaceWatcher.h"

#include <QDir>
#include <QSet>

namespace earshot {

namespace {
constexpr const char *triageSettingsJob = "triage:settings";
}

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
    return s.step() ? s.toString(0) : SimulationFeed::startCursor();
}

} // namespace

WorkspaceSession::WorkspaceSession(const QString &path, const QString &preferredAgentKey,
                                   TimeAndChance timing, QObject *parent)
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
    connect(m_writer.get(), &StoreWriter::ingested, this, &WorkspaceSession::onIngested);
    connect(m_writer.get(), &StoreWriter::failed, this, &WorkspaceSession::writeFailed);
    connect(m_writer.get(), &StoreWriter::commandDone, this, &WorkspaceSession::onCommandDone);
    connect(m_writer.get(), &StoreWriter::jobDone, this, &WorkspaceSession::onJobDone);
    connect(m_watcher.get(), &WorkspaceWatcher::casesChanged, this,
            &WorkspaceSession::casesChanged);
    connect(m_watcher.get(), &WorkspaceWatcher::everythingChanged, this,
            &WorkspaceSession::everythingChanged);
    connect(m_watcher.get(), &WorkspaceWatcher::readFailed, this, &WorkspaceSession::readFailed);
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
    m_isDemo = WorkspaceSettings::value(m_reader, WorkspaceSettings::kind) == u"demo";
    if (m_isDemo) {
        m_scenarioTitle = WorkspaceSettings::value(m_reader, WorkspaceSettings::scenarioTitle);
        const QString scenario =
            WorkspaceSettings::value(m_reader, WorkspaceSettings::scenarioResource);
        try {
            Scenario parsed = ScenarioReader::readFile(scenario);
            m_replies = std::make_unique<SimulationReplies>(
                parsed.answers, m_writer.get(), timing.clock,
                RandomSource(timing.seed, "simulation:replies"));
            m_feed = std::make_unique<SimulationFeed>(
                std::move(parsed), m_writer.get(), feedCursor(m_reader, SimulationFeed::feedName()),
                timing.clock, RandomSource(timing.seed, "simulation:feed"));
        } catch (const ScenarioError &e) {
            // What is stored stays readable; only the trickle of new mentions stops.
            m_feedProblem = e.message();
        }
    }
}

WorkspaceSession::~WorkspaceSession()
{
    // The feeds go first so they cannot submit to a writer that is shutting down.
    m_feed.reset();
    m_replies.reset();
    m_trainer.reset(); // it saves through the writer
    m_writer.reset();
    Workspace::setWaitNotice({});
    m_health.reset();
    m_watcher.reset();
}

void WorkspaceSession::onDamaged(const QString &message)
{
    m_writer->refuseWrites(message);
    if (m_feed)
        m_feed->stop();
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
    return Tr::tr("Workspace %1 - no connected accounts yet").arg(file);
}

void WorkspaceSession::startFeeds()
{
    if (m_feed)
        m_feed->start();
    if (m_replies)
        m_replies->start();
    m_snoozeClock.start();
    wakeSnoozedCases();
}

quint64 WorkspaceSession::execute(CaseCommand command)
{
    command.agentId = m_agent.id;
    command.requestId = ++m_lastRequestId;
    m_writer->execute(command);
    return command.requestId;
}

quint64 WorkspaceSession::execute(PersonCommand command)
{
    command.agentId = m_agent.id;
    command.requestId = ++m_lastRequestId;
    WriterJob job;
    job.name = u"person:"_s + QString::number(command.requestId);
    job.work = [command](Database &db, Ingestor &ingestor) {
        const PersonOutcome outcome = PersonCommands(db).run(command);
        // The ingestor remembers which person each handle belongs to; merging and splitting
        // change that on its own connection, which data_version does not tell it.
        if (outcome.ok)
            ingestor.forgetCaches();
        WriterJobResult result;
        result.changedCases = outcome.changedCases;
        result.answer = QVariant::fromValue(outcome);
        return result;
    };
    m_personCommands.insert(job.name, command);
    m_writer->run(std::move(job));
    return command.requestId;
}

std::vector<PersonSummary> WorkspaceSession::findPeople(const QString &prefix,
                                                        std::int64_t exceptPersonId)
{
    return PeopleQueries(m_reader).find(prefix, exceptPersonId);
}

void WorkspaceSession::wakeSnoozedCases()
{
    WriterJob job;
    job.name = u"cases:wake"_s;
    // The time of this tick, not of when the writer gets to it: what a tick wakes is replayable.
    job.work = [now = m_timing.clock->nowMs()](Database &db, Ingestor &) {
        WriterJobResult result;
        result.changedCases = wakeDueCases(db, now);
        return result;
    };
    m_writer->run(std::move(job));
}

void WorkspaceSession::saveTriageSettings(const PriorityWeights &weights,
                                          const QList<QStringList> &speakerLists,
                                          RiskFlags leadRisks)
{
    WriterJob job;
    job.name = QString::fromLatin1(triageSettingsJob);
    job.work = [weights, speakerLists, leadRisks](Database &db, Ingestor &ingestor) {
        writePriorityWeights(db, weights);
        LeadRouting::write(db, leadRisks);
        int badged = 0;
        const SpeakerList lists[] = {SpeakerList::Staff, SpeakerList::Vip, SpeakerList::Customers};
        for (int i = 0; i < 3 && i < speakerLists.size(); ++i)
            badged += writeSpeakerList(db, lists[i], speakerLists.at(i));
        // Badges changed behind the Ingestor's back: it must read people's badges again.
        ingestor.forgetCaches();
        const auto moved = CaseRescorer(db).allCases(weights);
        WriterJobResult result;
        result.answer = QVariantList{badged, qsizetype(moved.size())};
        return result;
    };
    m_writer->run(std::move(job));
}

LearningSummary WorkspaceSession::learningSummary()
{
    return readLearningSummary(m_reader);
}

void WorkspaceSession::forgetLearning()
{
    m_writer->run(forgetLearningJob());
}

void WorkspaceSession::onCommandDone(const CommandOutcome &outcome)
{
    // A correction teaches: a burst of them trains once, in the background.
    if (outcome.ok && outcome.kind == CaseCommand::Kind::Correct)
        m_trainer->request();
    Q_EMIT commandDone(outcome);
    if (!outcome.changedCases.isEmpty())
        Q_EMIT casesChanged(outcome.changedCases);
}

bool WorkspaceSession::finishPersonCommand(const WriterJobResult &result)
{
    const auto it = m_personCommands.constFind(result.name);
    if (it == m_personCommands.cend())
        return false;
    const PersonCommand command = *it;
    m_personCommands.erase(it);
    PersonOutcome outcome;
    if (result.error.isEmpty() && result.answer.canConvert<PersonOutcome>()) {
        outcome = result.answer.value<PersonOutcome>();
    } else {
        // The transaction rolled back: nothing changed, and the agent reads why.
        outcome.requestId = command.requestId;
        outcome.kind = command.kind;
        outcome.personId = command.personId;
        outcome.error = Tr::tr("Could not save this change: %1").arg(result.error);
    }
    Q_EMIT personCommandDone(outcome);
    if (!outcome.changedCases.isEmpty())
        Q_EMIT casesChanged(outcome.changedCases);
    return true;
}

void WorkspaceSession::onJobDone(const WriterJobResult &result)
{
    if (finishPersonCommand(result))
        return;
    if (result.name == forgetLearningJob().name) {
        Q_EMIT learningReset(result.error);
        return;
    }
    if (result.name == QLatin1StringView(triageSettingsJob)) {
        const QVariantList counts = result.answer.toList();
        Q_EMIT triageSettingsSaved(result.error, counts.value(0).toInt(), counts.value(1).toInt());
        return;
    }
    if (!result.error.isEmpty()) {
        Q_EMIT writeFailed(result.error);
        return;
    }
    if (result.inserted > 0)
        Q_EMIT mentionsArrived(result.inserted);
    if (!result.changedCases.isEmpty())
        Q_EMIT casesChanged(result.changedCases);
}

void WorkspaceSession::onIngested(const IngestResult &result)
{
    QSet<qint64> unique;
    QList<qint64> ids;
    for (const auto *list : {&result.caseIds, &result.rescoredCaseIds}) {
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

} // namespace earshot
