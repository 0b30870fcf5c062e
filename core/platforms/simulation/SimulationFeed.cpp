// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationFeed.h"

#include "logging/LogCategories.h"
#include "workspace/StoreWriter.h"

namespace earshot {

using namespace Qt::StringLiterals;

SimulationFeed::SimulationFeed(Scenario scenario, StoreWriter *writer, const QString &cursor,
                               std::shared_ptr<Clock> clock, RandomSource random, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_writer(writer)
    , m_timer(std::move(clock))
    , m_random(std::move(random))
    , m_min(std::chrono::seconds(m_scenario.liveMinSeconds))
    , m_max(std::chrono::seconds(m_scenario.liveMaxSeconds))
{
    for (const ScenarioMention &m : m_scenario.live)
        m_liveIds.insert(m.id);
    if (const auto position = parseCursor(cursor)) {
        m_round = position->first;
        m_index = position->second;
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, &SimulationFeed::deliverNext);
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

void SimulationFeed::goBackBefore(const QString &cursor)
{
    // Each batch holds one mention and its cursor points past it: go back to that mention, so
    // it comes again. Ingest is idempotent, so later ones that were written are not doubled.
    const auto after = parseCursor(cursor);
    if (!after || after->second == 0)
        return;
    const std::pair failedAt{after->first, after->second - 1};
    if (failedAt < std::pair{m_round, m_index}) {
        m_round = failedAt.first;
        m_index = failedAt.second;
    }
}

QString SimulationFeed::feedName()
{
    return u"simulation:live"_s;
}

QString SimulationFeed::startCursor()
{
    return u"0:0"_s;
}

void SimulationFeed::start()
{
    if (m_scenario.live.empty()) {
        qCInfo(lcSimulation) << "Simulation feed not started: the scenario has no live mentions";
        return;
    }
    qCInfo(lcSimulation).noquote()
        << "Simulation feed started at" << cursor() << "of" << m_scenario.live.size()
        << "live mentions, one every" << m_min.count() << "to" << m_max.count() << "ms";
    scheduleNext();
}

void SimulationFeed::stop()
{
    if (m_timer.isActive())
        qCInfo(lcSimulation).noquote() << "Simulation feed stopped at" << cursor();
    m_timer.stop();
}

void SimulationFeed::setInterval(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_min = min;
    m_max = std::max(min, max);
    if (m_timer.isActive())
        scheduleNext();
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
    Mention mention = m_scenario.toMention(next, m_timer.clock().nowMs(), suffix);
    if (m_liveIds.contains(next.inReplyTo))
        mention.inReplyTo += suffix; // answers a post of the same round
    ++m_index;

    IngestBatch batch;
    batch.mentions.push_back(mention);
    batch.feed = feedName();
    batch.cursor = cursor();
    qCDebug(lcSimulation).noquote()
        << "Simulation delivers mention" << mention.id << "at" << batch.cursor;
    m_writer->submit(std::move(batch), this,
                     [this, position = cursor()](const WriterAnswer<IngestResult> &answer) {
                         if (answer.ok()) {
                             Q_EMIT written(answer.value);
                         } else {
                             goBackBefore(position);
                             Q_EMIT writeFailed(answer.error);
                         }
                     });
    Q_EMIT delivered(mention.id);
    scheduleNext();
}

} // namespace earshot
