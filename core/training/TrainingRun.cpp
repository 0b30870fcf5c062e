// SPDX-License-Identifier: Apache-2.0
#include "training/TrainingRun.h"

#include "Tr.h"
#include "cases/CaseCommands.h"
#include "ingest/Ingestor.h"
#include "logging/LogCategories.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "training/NoiseTexts.h"
#include "training/TraineeActions.h"

#include <cmath>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t minuteMs = 60'000;
// Background noise comes from a crowd of this many people.
constexpr int noisePeople = 40;

bool containsAny(const std::vector<TraineeReply> &replies, const QStringList &words)
{
    for (const TraineeReply &reply : replies) {
        for (const QString &word : words) {
            if (reply.text.contains(word, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace

TrainingRun::TrainingRun(Scenario scenario, const QString &workspacePath,
                         std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_script(*m_scenario.training)
    , m_path(workspacePath)
    , m_clock(clock)
    , m_timer(clock)
    , m_noiseRandom(m_script.seed, "training:noise")
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, &TrainingRun::runDue);
}

TrainingRun::~TrainingRun() = default;

void TrainingRun::setScriptedTrainee(ScriptedTrainee trainee)
{
    m_trainee = std::move(trainee);
}

std::int64_t TrainingRun::endsAtMs() const
{
    return m_startMs + std::int64_t(m_script.durationMinutes) * minuteMs;
}

void TrainingRun::start()
{
    m_db = std::make_unique<Database>(Workspace::openForWriting(m_path, Workspace::Create::Never));
    m_db->setClock(m_clock);
    m_startMs = m_clock->nowMs();
    // The scores and the debrief measure from here.
    WorkspaceSettings::save(*m_db, WorkspaceSettings::trainingStartedAt,
                            QString::number(m_startMs));
    WorkspaceSettings::save(*m_db, WorkspaceSettings::trainingSeed, QString::number(m_script.seed));
    m_running = true;
    for (const TrainingInject &inject : m_script.injects) {
        if (inject.atSeconds)
            at(m_startMs + *inject.atSeconds * 1000, [this, key = inject.key] { postInject(key); });
    }
    if (m_script.noise.perMinute > 0) {
        for (int minute = 0; minute < m_script.durationMinutes; ++minute)
            at(m_startMs + minute * minuteMs, [this, minute] { noiseMinute(minute); });
    }
    at(endsAtMs(), [this] {
        stop();
        Q_EMIT finished();
    });
    qCInfo(lcSimulation) << "Training run started:" << m_script.injects.size() << "injects,"
                         << m_script.durationMinutes << "minutes, seed" << m_script.seed;
    scheduleNext();
}

void TrainingRun::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_agenda.clear();
    m_db.reset();
    qCInfo(lcSimulation) << "Training run stopped";
}

void TrainingRun::setSurge(bool on)
{
    m_surge = on;
}

void TrainingRun::at(std::int64_t dueMs, Action action)
{
    m_agenda.emplace(std::pair{dueMs, m_order++}, std::move(action));
}

void TrainingRun::scheduleNext()
{
    if (!m_running || m_agenda.empty())
        return;
    const std::int64_t due = m_agenda.begin()->first.first;
    m_timer.start(std::chrono::milliseconds(std::max<std::int64_t>(0, due - m_clock->nowMs())));
}

void TrainingRun::runDue()
{
    try {
        while (m_running && !m_agenda.empty()
               && m_agenda.begin()->first.first <= m_clock->nowMs()) {
            Action action = std::move(m_agenda.begin()->second);
            // What happens is stamped with the time it was due, not the moment a timer on a
            // busy machine got round to it: a replay gives the same times.
            m_dueMs = m_agenda.begin()->first.first;
            m_agenda.erase(m_agenda.begin());
            action();
        }
    } catch (const StoreError &e) {
        qCWarning(lcSimulation).noquote() << "Training run stopped by a write:" << e.message();
        stop();
        Q_EMIT failed(e.message());
        return;
    }
    scheduleNext();
}

void TrainingRun::write(const std::vector<Mention> &mentions)
{
    IngestBatch batch;
    batch.mentions = mentions;
    Ingestor(*m_db).ingest(batch);
}

void TrainingRun::postInject(const QString &key)
{
    const TrainingInject *inject = m_script.inject(key);
    if (!inject)
        return;
    ScenarioMention m;
    m.id = inject->mentionId;
    m.platform = inject->network;
    m.author = inject->persona;
    m.account = inject->account;
    m.text = inject->text;
    m.lang = inject->lang;
    m.isPrivate = inject->isPrivate;
    if (const TrainingInject *target = m_script.inject(inject->inReplyTo))
        m.inReplyTo = target->mentionId;
    const std::int64_t now = m_dueMs;
    write({m_scenario.toMention(m, now)});
    Q_EMIT injectPosted(key, now);
    for (std::size_t i = 0; i < m_script.branches.size(); ++i) {
        const TrainingBranch &branch = m_script.branches[i];
        if (branch.after == key)
            at(now + branch.decideAfterMinutes * minuteMs, [this, i] { decide(i); });
    }
    for (const TraineeAction &action : m_trainee.actions) {
        if (action.inject == key)
            at(now + action.afterSeconds * 1000, [this, action] { trainee(action); });
    }
}

bool TrainingRun::holds(const BranchCondition &c, const InjectActions &actions,
                        std::int64_t postedAtMs) const
{
    const std::vector<TraineeReply> &replies = actions.replies;
    if (c.repliedWithinMinutes) {
        const std::int64_t deadline = postedAtMs + *c.repliedWithinMinutes * minuteMs;
        if (replies.empty() || replies.front().atMs > deadline)
            return false;
    }
    if (c.repliedPrivately) {
        const bool any = std::any_of(replies.begin(), replies.end(), [&c](const TraineeReply &r) {
            return r.isPrivate == *c.repliedPrivately;
        });
        if (!any)
            return false;
    }
    if (!c.replyContains.isEmpty() && !containsAny(replies, c.replyContains))
        return false;
    if (!c.replyLacks.isEmpty() && containsAny(replies, c.replyLacks))
        return false;
    if (c.showsEmpathy) {
        const bool any = std::any_of(replies.begin(), replies.end(), [this](const TraineeReply &r) {
            return showsEmpathy(*m_db, r.text);
        });
        if (any != *c.showsEmpathy)
            return false;
    }
    if (c.askedDetailsInPrivate) {
        const bool any = std::any_of(replies.begin(), replies.end(), [](const TraineeReply &r) {
            return r.isPrivate && asksForDetails(r.text);
        });
        if (any != *c.askedDetailsInPrivate)
            return false;
    }
    if (!c.escalatedTo.isEmpty()) {
        const bool any =
            std::any_of(actions.escalations.begin(), actions.escalations.end(),
                        [&c](const TraineeEscalation &e) { return e.target == c.escalatedTo; });
        if (!any)
            return false;
    }
    if (c.resolved && actions.resolvedAtMs.has_value() != *c.resolved)
        return false;
    return true;
}

void TrainingRun::decide(std::size_t branchIndex)
{
    const TrainingBranch &branch = m_script.branches[branchIndex];
    const TrainingInject *after = m_script.inject(branch.after);
    const std::int64_t now = m_dueMs;
    const auto actions =
        readInjectActions(*m_db, after->network, after->mentionId, now, m_script.teams);
    if (!actions)
        return;
    QString chosen = branch.otherwise;
    for (const BranchRule &rule : branch.rules) {
        if (holds(rule.condition, *actions, actions->postedAtMs)) {
            chosen = rule.then;
            break;
        }
    }
    qCInfo(lcSimulation).noquote() << "Training branch after" << branch.after << "chose"
                                   << (chosen.isEmpty() ? u"nothing"_s : chosen);
    Q_EMIT branchDecided(branch.after, chosen);
    if (const TrainingInject *next = m_script.inject(chosen))
        at(now + next->delaySeconds * 1000, [this, chosen] { postInject(chosen); });
}

void TrainingRun::noiseMinute(int minute)
{
    Q_UNUSED(minute)
    const double rate = m_script.noise.perMinute * (m_surge ? m_script.noise.surgeFactor : 1.0);
    const double whole = std::floor(rate);
    int count = int(whole);
    if (m_noiseRandom.chance(rate - whole))
        ++count;
    const std::int64_t now = m_dueMs;
    for (int i = 0; i < count; ++i)
        at(now + m_noiseRandom.uniform(0, minuteMs - 1), [this] { postNoise(); });
}

void TrainingRun::postNoise()
{
    int total = 0;
    for (const NoiseMix &mix : m_script.noise.mix)
        total += mix.weight;
    if (total <= 0 || m_scenario.accounts.empty())
        return;
    std::int64_t roll = m_noiseRandom.uniform(0, total - 1);
    QString category = m_script.noise.mix.front().category;
    for (const NoiseMix &mix : m_script.noise.mix) {
        if (roll < mix.weight) {
            category = mix.category;
            break;
        }
        roll -= mix.weight;
    }
    const ScenarioAccount &account = m_scenario.accounts[std::size_t(
        m_noiseRandom.uniform(0, qint64(m_scenario.accounts.size()) - 1))];
    const int person = int(m_noiseRandom.uniform(1, noisePeople));
    const QStringList &texts = noiseTexts(m_script.language, category);
    Mention m;
    m.platform = account.platform;
    m.id = u"noise-%1-%2"_s.arg(m_script.seed).arg(++m_noiseCount);
    m.createdAtMs = m_dueMs;
    m.text = texts.value(int(m_noiseRandom.uniform(0, texts.size() - 1)));
    m.lang = m_script.language;
    m.account = account.handle;
    m.author.id = u"noise-%1"_s.arg(person);
    m.author.handle = u"caller_%1"_s.arg(person);
    m.author.name = noisePersonName(person);
    m.author.followers = 20 + person * 7;
    write({m});
    Q_EMIT noisePosted(1);
}

void TrainingRun::trainee(const TraineeAction &action)
{
    const TrainingInject *inject = m_script.inject(action.inject);
    if (!inject)
        return;
    Statement find(*m_db, "SELECT m.case_id, c.version FROM mentions m "
                          "JOIN cases c ON c.id = m.case_id "
                          "WHERE m.platform = ? AND m.platform_id = ?");
    find.bind(1, inject->network).bind(2, inject->mentionId);
    if (!find.step())
        return;
    const std::int64_t caseId = find.toInt(0);
    std::int64_t version = find.toInt(1);
    find.reset();
    const auto agentId = [this](const QString &key) -> std::int64_t {
        Statement s(*m_db, "SELECT id FROM agents WHERE key = ?");
        s.bind(1, key);
        return s.step() ? s.toInt(0) : 0;
    };
    const std::int64_t agent = agentId(action.agent);
    CaseCommands commands(*m_db);
    const auto run = [&](CaseCommand command) {
        command.caseId = caseId;
        command.seenVersion = version;
        command.agentId = agent;
        const CommandOutcome outcome = commands.execute(command);
        if (outcome.ok)
            version = outcome.version;
        else
            qCInfo(lcSimulation).noquote() << "Scripted trainee's action refused:" << outcome.error;
    };
    if (!action.reply.isEmpty()) {
        CaseCommand reply;
        reply.kind = CaseCommand::Kind::Reply;
        reply.text = action.reply;
        reply.isPrivate = action.isPrivate;
        run(reply);
    }
    if (!action.escalateTo.isEmpty()) {
        CaseCommand escalate;
        if (const std::int64_t lead = agentId(action.escalateTo)) {
            escalate.kind = CaseCommand::Kind::Assign;
            escalate.assigneeId = lead;
        } else {
            escalate.kind = CaseCommand::Kind::AddTag;
            escalate.text = action.escalateTo;
        }
        run(escalate);
    }
    if (action.resolve) {
        CaseCommand resolve;
        resolve.kind = CaseCommand::Kind::SetStatus;
        resolve.status = CaseStatus::Resolved;
        run(resolve);
    }
}

} // namespace earshot
