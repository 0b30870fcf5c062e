// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/CaseQueries.h"
#include "store/Ingestor.h"
#include "store/MentionQueries.h"
#include "store/Sqlite.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace earshot {

class QueueCounter;
class SimulationFeed;
class StoreWriter;

// An open workspace as the window sees it: a reader connection for the GUI thread, the writer
// thread, and whatever feeds it (the Simulation platform in a demo). Tells its listeners which
// cases changed, by id.
class WorkspaceSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    // Opens (and if needed migrates) the workspace. Throws StoreError or ScenarioError.
    explicit WorkspaceSession(const QString &path, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    const QString &path() const { return m_path; }
    bool isDemo() const { return m_isDemo; }
    QString scenarioTitle() const { return m_scenarioTitle; }
    // One line for the status bar: which workspace, what feeds it.
    QString describe() const;

    CaseQueries &cases() { return m_cases; }
    MentionQueries &mentions() { return m_mentions; }
    SimulationFeed *feed() const { return m_feed.get(); }
    StoreWriter *writer() const { return m_writer.get(); }
    QueueCounter *queueCounter() const { return m_counter.get(); }

    void startFeeds();

Q_SIGNALS:
    void casesChanged(const QList<qint64> &caseIds);
    void mentionsArrived(int count);
    void writeFailed(const QString &message);

private:
    void onIngested(const earshot::IngestResult &result);

    QString m_path;
    Database m_reader;
    CaseQueries m_cases;
    MentionQueries m_mentions;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<QueueCounter> m_counter;
    std::unique_ptr<SimulationFeed> m_feed;
    bool m_isDemo = false;
    QString m_scenarioTitle;
    QString m_feedProblem;
};

} // namespace earshot
