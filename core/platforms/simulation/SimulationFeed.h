// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "clock/RandomSource.h"
#include "ingest/Ingestor.h"
#include "platforms/simulation/Scenario.h"

#include <QObject>
#include <QSet>

#include <chrono>
#include <optional>
#include <utility>

namespace earshot {

class StoreWriter;

// The Simulation platform's live side: hands the scenario's live mentions to the store writer
// one at a time, at random intervals, so a demo inbox keeps moving. When the list runs out it
// starts again with fresh ids. Its position is saved with each mention, so a restart goes on
// where it stopped. Touches no network. Its pace follows `clock` and its intervals are rolled
// from `random`, so one seed on one clock delivers the same mentions at the same times.
class SimulationFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationFeed)

public:
    SimulationFeed(Scenario scenario, StoreWriter *writer, const QString &cursor,
                   std::shared_ptr<Clock> clock = systemClock(),
                   RandomSource random = RandomSource(RandomSource::systemSeed()),
                   QObject *parent = nullptr);

    static QString feedName();
    static QString startCursor();

    void start();
    void stop();
    // Overrides the scenario's pace; for a presenter who wants a busier inbox.
    void setInterval(std::chrono::milliseconds min, std::chrono::milliseconds max);

Q_SIGNALS:
    // A mention went to the writer (a trainer's replay of a run lists them with their time).
    void delivered(const QString &mentionId);
    // A mention is in the workspace (or was already: ingest never doubles one).
    void written(const earshot::IngestResult &result);
    // A mention could not be written; the feed goes back and delivers it again.
    void writeFailed(const QString &message);

private:
    void deliverNext();
    void scheduleNext();
    QString cursor() const;
    static std::optional<std::pair<int, int>> parseCursor(const QString &cursor);
    void goBackBefore(const QString &cursor);

    Scenario m_scenario;
    StoreWriter *m_writer;
    ClockTimer m_timer;
    RandomSource m_random;
    QSet<QString> m_liveIds;
    int m_round = 0;
    int m_index = 0;
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_max;
};

} // namespace earshot
