// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceSession.h"

#include "Tr.h"
#include "platforms/simulation/ScenarioReader.h"
#include "platforms/simulation/SimulationFeed.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "workspace/QueueCounter.h"

#include <QDir>
#include <QSet>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Migrations run once, here, before any reader looks at the file.
Database openReader(const QString &path)
{
    Workspace::openForWriting(path, Workspace::Create::IfMissing);
    return Workspace::openForReading(path);
}

QString feedCursor(Database &db, const QString &feed)
{
    Statement s(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
    s.bind(1, feed);
    return s.step() ? s.toString(0) : SimulationFeed::startCursor();
}

} // namespace

WorkspaceSession::WorkspaceSession(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_reader(openReader(path))
    , m_cases(m_reader)
    , m_mentions(m_reader)
    , m_writer(std::make_unique<StoreWriter>(path))
    , m_counter(std::make_unique<QueueCounter>(path))
{
    connect(m_writer.get(), &StoreWriter::ingested, this, &WorkspaceSession::onIngested);
    connect(m_writer.get(), &StoreWriter::failed, this, &WorkspaceSession::writeFailed);
    m_isDemo = WorkspaceSettings::value(m_reader, WorkspaceSettings::kind) == u"demo";
    if (m_isDemo) {
        m_scenarioTitle = WorkspaceSettings::value(m_reader, WorkspaceSettings::scenarioTitle);
        const QString scenario =
            WorkspaceSettings::value(m_reader, WorkspaceSettings::scenarioResource);
        try {
            m_feed =
                std::make_unique<SimulationFeed>(ScenarioReader::readFile(scenario), m_writer.get(),
                                                 feedCursor(m_reader, SimulationFeed::feedName()));
        } catch (const ScenarioError &e) {
            // What is stored stays readable; only the trickle of new mentions stops.
            m_feedProblem = e.message();
        }
    }
}

WorkspaceSession::~WorkspaceSession()
{
    // The feed goes first so it cannot submit to a writer that is shutting down.
    m_feed.reset();
    m_writer.reset();
}

QString WorkspaceSession::describe() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_isDemo && !m_feedProblem.isEmpty())
        return Tr::tr("Demo workspace %1 - live feed stopped: %2").arg(file, m_feedProblem);
    if (m_isDemo)
        return Tr::tr("Demo workspace %1 - fed by the Simulation platform (\"%2\"), no network")
            .arg(file, m_scenarioTitle);
    return Tr::tr("Workspace %1 - no connected accounts yet").arg(file);
}

void WorkspaceSession::startFeeds()
{
    if (m_feed)
        m_feed->start();
}

void WorkspaceSession::onIngested(const IngestResult &result)
{
    QSet<qint64> unique;
    QList<qint64> ids;
    for (const std::int64_t id : result.caseIds) {
        if (!unique.contains(id)) {
            unique.insert(id);
            ids.append(id);
        }
    }
    if (result.inserted > 0)
        Q_EMIT mentionsArrived(result.inserted);
    if (!ids.isEmpty())
        Q_EMIT casesChanged(ids);
}

} // namespace earshot
