// SPDX-License-Identifier: Apache-2.0
#include "workspace/BackgroundTrainer.h"

#include "learning/LearnedModelStore.h"
#include "logging/LogCategories.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "workspace/BackgroundTrainerWorker.h"
#include "workspace/LearningJobs.h"
#include "workspace/StoreWriter.h"

#include <QElapsedTimer>

namespace earshot {

BackgroundTrainer::BackgroundTrainer(const QString &workspacePath, BuiltInReaders builtIn,
                                     StoreWriter *writer, std::shared_ptr<Clock> clock,
                                     QObject *parent)
    : QObject(parent)
    , m_worker(new BackgroundTrainerWorker(workspacePath, std::move(builtIn), std::move(clock)))
    , m_writer(writer)
{
    qRegisterMetaType<earshot::TrainingRun>();
    qRegisterMetaType<earshot::LearnedModels>();
    qRegisterMetaType<earshot::LearningSummary>();
    m_thread.setObjectName(QStringLiteral("earshot-trainer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BackgroundTrainerWorker::trained, this, &BackgroundTrainer::onTrained);
    Q_ASSERT(m_writer); // saving goes through the one writer; see the class comment
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::seconds(10));
    connect(&m_debounce, &QTimer::timeout, this, &BackgroundTrainer::start);
    m_thread.start();
}

BackgroundTrainer::~BackgroundTrainer()
{
    // A run in progress finishes first (training has no cancel point; it takes under a second
    // for a thousand corrections); its result is dropped with this object.
    m_thread.quit();
    m_thread.wait();
}

void BackgroundTrainer::setDebounce(std::chrono::milliseconds interval)
{
    m_debounce.setInterval(interval);
}

void BackgroundTrainer::request()
{
    if (m_running)
        m_again = true;
    else
        m_debounce.start(); // restarts: the run waits until the corrections pause
}

void BackgroundTrainer::start()
{
    m_running = true;
    ++m_runs;
    QMetaObject::invokeMethod(m_worker, &BackgroundTrainerWorker::train, Qt::QueuedConnection);
}

void BackgroundTrainer::onTrained(const TrainingRun &run, const QString &error)
{
    if (!error.isEmpty()) {
        qCWarning(lcLearning).noquote() << "Background training failed:" << error;
        Q_EMIT failed(error);
        finish();
        return;
    }
    if (!run.models.sentiment && !run.models.category) {
        finish(); // nothing to save: too few corrections so far
        return;
    }
    m_saving = run;
    m_writer->run<SavedModels>(saveLearnedModelsTask(run.models, run.trainedAtMs), this,
                               [this](const WriterAnswer<SavedModels> &saved) { onSaved(saved); });
}

void BackgroundTrainer::onSaved(const WriterAnswer<SavedModels> &saved)
{
    if (!saved.ok()) {
        qCWarning(lcLearning).noquote() << "Saving the learned models failed:" << saved.error;
        Q_EMIT failed(saved.error);
    } else if (saved.value.any()) {
        qCInfo(lcLearning) << "Saved learned models: sentiment" << saved.value.sentiment
                           << "category" << saved.value.category;
        // A field whose model was refused (learning reset meanwhile) is announced as unlearned.
        LearnedModels models = m_saving.models;
        if (!saved.value.sentiment)
            models.sentiment.reset();
        if (!saved.value.category)
            models.category.reset();
        Q_EMIT trained(models, m_saving.summary);
    }
    m_saving = {};
    finish();
}

void BackgroundTrainer::finish()
{
    m_running = false;
    if (std::exchange(m_again, false))
        m_debounce.start();
}

BackgroundTrainerWorker::BackgroundTrainerWorker(const QString &workspacePath,
                                                 BuiltInReaders builtIn,
                                                 std::shared_ptr<Clock> clock)
    : m_path(workspacePath)
    , m_builtIn(std::move(builtIn))
    , m_clock(std::move(clock))
{}

BackgroundTrainerWorker::~BackgroundTrainerWorker() = default;

void BackgroundTrainerWorker::train()
{
    qCInfo(lcLearning).noquote() << "Background training started on" << m_path;
    QElapsedTimer took;
    took.start();
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(Workspace::openForReading(m_path));
        TrainingRun run = trainAll(*m_db, m_builtIn, m_clock->nowMs());
        const auto describe = [](const FieldLearning &field, bool trained) {
            return QStringLiteral("%1 examples, %2")
                .arg(field.examples)
                .arg(trained ? QStringLiteral("model trained on %1, blend weight %2")
                                   .arg(field.trainedOn)
                                   .arg(field.blendWeight)
                             : QStringLiteral("no model"));
        };
        qCInfo(lcLearning).noquote()
            << "Background training finished in" << took.elapsed()
            << "ms; sentiment:" << describe(run.summary.sentiment, bool(run.models.sentiment))
            << "; category:" << describe(run.summary.category, bool(run.models.category));
        Q_EMIT trained(run, {});
    } catch (const StoreError &e) {
        m_db.reset(); // the next request opens it again
        Q_EMIT trained({}, e.message());
    }
}

} // namespace earshot
