// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "clock/RandomSource.h"
#include "platforms/simulation/Scenario.h"
#include "store/Sqlite.h"
#include "training/ScriptedTrainee.h"

#include <QHash>
#include <QObject>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace earshot {

struct InjectActions;

// Plays a version 2 scenario into a training workspace on a clock: posts the scripted injects
// at their times, decides each branch on what the trainees did by then (read from the
// workspace's case history, so the ordinary console is what they use), keeps background noise
// going around them and ends after the scenario's duration. Everything it does runs on `clock`
// (a SimulatedClock for 1x-60x, pause and resume; a ManualClock in tests) and every roll comes
// from the scenario's seed, so the same seed and the same trainee actions give the same run.
class TrainingRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingRun)

public:
    // `workspacePath` is a training workspace (TrainingWorkspace::create); the run writes to it
    // through a connection of its own. `scenario` must be version 2.
    TrainingRun(Scenario scenario, const QString &workspacePath, std::shared_ptr<Clock> clock,
                QObject *parent = nullptr);
    ~TrainingRun() override;

    // Plays a scripted trainee's actions too (earshot-cli --replies).
    void setScriptedTrainee(ScriptedTrainee trainee);

    // From the clock's now. Throws StoreError when the workspace cannot be written.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // The noise runs at the scenario's surge factor while on.
    void setSurge(bool on);
    bool surging() const { return m_surge; }
    std::int64_t startedAtMs() const { return m_startMs; }
    std::int64_t endsAtMs() const;

Q_SIGNALS:
    void injectPosted(const QString &injectKey, std::int64_t atMs);
    // A branch after `afterKey` chose `injectKey` (empty: nothing).
    void branchDecided(const QString &afterKey, const QString &injectKey);
    void noisePosted(int count);
    void finished();
    // A write failed; the run stops.
    void failed(const QString &message);

private:
    using Action = std::function<void()>;
    void at(std::int64_t dueMs, Action action);
    void scheduleNext();
    void runDue();
    void postInject(const QString &key);
    void decide(std::size_t branchIndex);
    void noiseMinute(int minute);
    void postNoise();
    void trainee(const TraineeAction &action);
    void write(const std::vector<Mention> &mentions);
    bool holds(const BranchCondition &condition, const InjectActions &actions,
               std::int64_t postedAtMs) const;

    Scenario m_scenario;
    const TrainingScript &m_script;
    QString m_path;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    ClockTimer m_timer;
    RandomSource m_noiseRandom;
    ScriptedTrainee m_trainee;
    // What is due, in the order of time and then of scheduling.
    std::map<std::pair<std::int64_t, std::uint64_t>, Action> m_agenda;
    std::uint64_t m_order = 0;
    std::int64_t m_startMs = 0;
    std::int64_t m_dueMs = 0; // the due time of the action that runs
    bool m_running = false;
    bool m_surge = false;
    int m_noiseCount = 0;
};

} // namespace earshot
