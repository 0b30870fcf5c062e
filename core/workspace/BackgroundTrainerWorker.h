// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "learning/LearningTrainer.h"
#include "store/Sqlite.h"

#include <QObject>
#include <QString>

#include <memory>

namespace earshot {

// Lives on the trainer's thread; its reader connection never leaves it.
class BackgroundTrainerWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTrainerWorker)

public:
    BackgroundTrainerWorker(const QString &workspacePath, BuiltInReaders builtIn,
                            std::shared_ptr<Clock> clock);
    ~BackgroundTrainerWorker() override;

    void train();

Q_SIGNALS:
    // `error` is empty when the run read the workspace.
    void trained(const earshot::TrainingRun &run, const QString &error);

private:
    QString m_path;
    BuiltInReaders m_builtIn;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace earshot
