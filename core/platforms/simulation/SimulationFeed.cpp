// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationFeed.h"

#include "logging/LogCategories.h"

namespace earshot {

using namespace Qt::StringLiterals;

SimulationFeed::SimulationFeed(Scenario scenario, std::shared_ptr<Clock> clock, RandomSource random,
                               QObject *parent)
    : Connector(parent)
    , m_scenario(std::move(scenario))
    , m_timer(std::move(clock))
    , m_random(random)
    , m_min(std::chrono::seconds(m_scenario.liveMinSeconds))
    , m_max(std::chrono::seconds(m_scenario.liveMaxSeconds))
{
    for (const ScenarioMention &m : m_scenario.live)
        m_liveIds.insert(m.id);
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        deliverNext();
        scheduleNext();
    });
}

QString SimulationFeed::cursor() const
{
    return QString::number(m_round) + u':' + QString::number(m_index);
}

// "round:index" of the next live mention to deliver.
std::optional<std::pair<int, int>> SimulationFeed::parseCursor(const QString &cursor)
{
    const QStringList parts = cursor.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    return std::pair{std::max(0, parts[0].toInt()), std::max(0, parts[1].toInt())};
}

QString SimulationFeed::feedName()
{
    return u"simulation:live"_s;
}

QString SimulationFeed::startCursor()
{
    return u"0:0"_s;
}

void SimulationFeed::start(const QString &cursor)
{
    // The host starts a feed again from the last cursor written when a batch could not be
    // written: the mentions after it come again (ingest never doubles one).
    const auto position = parseCursor(cursor);
    m_round = position ? position->first : 0;
    m_index = position ? position->second : 0;
    if (m_scenario.live.empty()) {
        qCInfo(lcSimulation) << "Simulation feed not started: the scenario has no live mentions";
        return;
    }
    qCInfo(lcSimulation).noquote()
        << "Simulation feed started at" << this->cursor() << "of" << m_scenario.live.size()
        << "live mentions, one every" << m_min.count() << "to" << m_max.count() << "ms";
    scheduleNext();
}

void SimulationFeed::stop()
{
    if (m_timer.isActive())
        qCInfo(lcSimulation).noquote() << "Simulation feed stopped at" << cursor();
    m_timer.stop();
}

void SimulationFeed::fetchOnce(const QString &cursor)
{
    if (m_scenario.live.empty()) {
        Q_EMIT cycleFinished(true);
        return;
    }
    const auto position = parseCursor(cursor);
    m_round = position ? position->first : 0;
    m_index = position ? position->second : 0;
    deliverNext();
    Q_EMIT cycleFinished(true);
}

void SimulationFeed::setInterval(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_min = min;
    m_max = std::max(min, max);
    if (m_timer.isActive())
        scheduleNext();
}

void SimulationFeed::hear(const Mention &answer)
{
    MentionBatch batch;
    batch.mentions.push_back(answer);
    Q_EMIT mentionsArrived(batch);
}

void SimulationFeed::scheduleNext()
{
    const auto span = (m_max - m_min).count();
    const auto jitter = span > 0 ? m_random.uniform(0, span) : 0;
    m_timer.start(m_min + std::chrono::milliseconds(jitter));
}

void SimulationFeed::deliverNext()
{
    if (m_index >= int(m_scenario.live.size())) {
        m_index = 0;
        ++m_round;
    }
    const ScenarioMention &next = m_scenario.live[std::size_t(m_index)];
    const QString suffix = m_round == 0 ? QString() : u"-r"_s + QString::number(m_round);
    const std::int64_t now = m_timer.clock().nowMs();
    Mention mention = m_scenario.toMention(next, now, suffix);
    if (m_liveIds.contains(next.inReplyTo))
        mention.inReplyTo += suffix; // answers a post of the same round
    ++m_index;

    MentionBatch batch;
    batch.mentions.push_back(mention);
    batch.cursor = cursor();
    qCDebug(lcSimulation).noquote()
        << "Simulation delivers mention" << mention.id << "at" << batch.cursor;
    AccountHealth health;
    health.lastSuccessMs = now;
    setHealth(health);
    Q_EMIT mentionsArrived(batch);
    Q_EMIT delivered(mention.id);
}

} // namespace earshot
