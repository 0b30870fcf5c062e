// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "learning/LearningSummary.h"
#include "learning/LearningTrainer.h"
#include "workspace/LearningJobs.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace earshot {

class BackgroundTrainerWorker;
class StoreWriter;

// Trains the workspace's models on a thread of its own, with its own reader connection, so the
// window never waits for it. request() after each correction; a burst of them trains once, when
// the agents paused for the debounce interval (and once more if corrections came in during a
// run). The trained models are saved through the StoreWriter, the one thread that writes (no
// second writer connection to contend for the lock with the ingest), and announced only once
// they are saved, so the window and the ingest pipeline never disagree about what is learned.
class BackgroundTrainer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTrainer)

public:
    // A run is stamped with `clock`'s time.
    BackgroundTrainer(const QString &workspacePath, BuiltInReaders builtIn, StoreWriter *writer,
                      std::shared_ptr<Clock> clock = systemClock(), QObject *parent = nullptr);
    ~BackgroundTrainer() override;

    void setDebounce(std::chrono::milliseconds interval);
    void request();
    int runsStarted() const { return m_runs; }

Q_SIGNALS:
    // The models are saved in the workspace; either may be absent (too few examples).
    void trained(const earshot::LearnedModels &models, const earshot::LearningSummary &summary);
    void failed(const QString &message);

private:
    void start();
    void onTrained(const earshot::TrainingRun &run, const QString &error);
    void onSaved(const earshot::WriterAnswer<earshot::SavedModels> &saved);
    void finish();

    QThread m_thread;
    BackgroundTrainerWorker *m_worker;
    StoreWriter *m_writer;
    QTimer m_debounce;
    bool m_running = false;
    bool m_again = false;
    int m_runs = 0;
    TrainingRun m_saving;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::LearnedModels)
