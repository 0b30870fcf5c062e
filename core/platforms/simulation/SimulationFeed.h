// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "clock/RandomSource.h"
#include "connectors/Connector.h"
#include "platforms/simulation/Scenario.h"

#include <QSet>

#include <chrono>
#include <optional>
#include <utility>

namespace earshot {

// The Simulation platform's live side, a connector like any network's: it hears the scenario's
// live mentions one at a time, at random intervals, so a demo inbox keeps moving. When the list
// runs out it starts again with fresh ids. Its cursor ("round:index") goes with each mention, so
// a restart goes on where it stopped. Touches no network. Its pace follows `clock` and its
// intervals are rolled from `random`, so one seed on one clock delivers the same mentions at the
// same times.
class SimulationFeed final : public Connector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationFeed)

public:
    SimulationFeed(Scenario scenario, std::shared_ptr<Clock> clock = systemClock(),
                   RandomSource random = RandomSource(RandomSource::systemSeed()),
                   QObject *parent = nullptr);

    static QString feedName();
    static QString startCursor();

    // From `cursor` (empty: the start of the list).
    void start(const QString &cursor) override;
    void stop() override;
    // One cycle of the Simulation platform is its next live mention.
    void fetchOnce(const QString &cursor) override;
    // Overrides the scenario's pace; for a presenter who wants a busier inbox.
    void setInterval(std::chrono::milliseconds min, std::chrono::milliseconds max);
    // A customer wrote back (SimulationReplies): heard at once, without moving the cursor,
    // whether the live list runs or not.
    void hear(const earshot::Mention &answer);

Q_SIGNALS:
    // A live mention was heard and handed on (a trainer's replay of a run lists them with their
    // time).
    void delivered(const QString &mentionId);

private:
    void deliverNext();
    void scheduleNext();
    QString cursor() const;
    static std::optional<std::pair<int, int>> parseCursor(const QString &cursor);

    Scenario m_scenario;
    ClockTimer m_timer;
    RandomSource m_random;
    QSet<QString> m_liveIds;
    int m_round = 0;
    int m_index = 0;
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_max;
};

} // namespace earshot
