// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/DemoWorkspace.h"

#include "Tr.h"
#include "ingest/Ingestor.h"
#include "platforms/simulation/ScenarioReader.h"
#include "platforms/simulation/SimulationFeed.h"
#include "replies/TemplateLibrary.h"
#include "store/CaseEventLog.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const QString scenarioActor = u"scenario"_s;

QHash<QString, std::int64_t> seedAgents(Database &db, const Scenario &scenario)
{
    QHash<QString, std::int64_t> ids;
    Statement insert(db, "INSERT INTO agents (key, name, role, created_at) VALUES (?, ?, ?, ?)");
    for (const ScenarioAgent &agent : scenario.agents) {
        insert.bind(1, agent.key)
            .bind(2, agent.name)
            .bind(3, agent.role)
            .bind(4, db.clock().nowMs())
            .run();
        ids.insert(agent.key, db.lastInsertId());
    }
    return ids;
}

void seedAccounts(Database &db, const Scenario &scenario)
{
    Statement insert(db, "INSERT INTO accounts (platform, handle, display_name, created_at) "
                         "VALUES (?, ?, ?, ?)");
    for (const ScenarioAccount &account : scenario.accounts) {
        insert.bind(1, account.platform)
            .bind(2, account.handle)
            .bind(3, account.name)
            .bind(4, db.clock().nowMs())
            .run();
    }
}

// A scenario knows which handles belong to one person; seeding them first makes ingest find
// the person instead of creating one per network.
void seedPeople(Database &db, const Scenario &scenario)
{
    Statement person(db, "INSERT INTO people (display_name, created_at) VALUES (?, ?)");
    Statement handle(db, "INSERT INTO handles (person_id, platform, platform_user_id, handle, "
                         "name, followers) VALUES (?, ?, ?, ?, ?, ?)");
    for (const ScenarioPerson &p : scenario.people) {
        person.bind(1, p.name).bind(2, db.clock().nowMs()).run();
        const std::int64_t personId = db.lastInsertId();
        for (const ScenarioHandle &h : p.handles) {
            handle.bind(1, personId)
                .bind(2, h.platform)
                .bind(3, h.id)
                .bind(4, h.handle)
                .bind(5, p.name)
                .bind(6, h.followers)
                .run();
        }
    }
}

QByteArray jsonPayload(const char *key, const QString &value)
{
    return eventPayload({{key, value.toStdString()}});
}

// Case state the scenario gives (a conversation resolved weeks ago, a case already assigned),
// recorded as events like any other change, then projected onto the case row. Applied right
// after its mention, so later mentions thread against the state they would have met.
class CaseStateWriter {
public:
    CaseStateWriter(Database &db, QHash<QString, std::int64_t> agentIds)
        : m_events(db)
        , m_setStatus(db, "UPDATE cases SET status = ? WHERE id = ?")
        , m_setAssignee(db, "UPDATE cases SET assignee_id = ? WHERE id = ?")
        , m_agentIds(std::move(agentIds))
    {}

    void apply(const ScenarioMention &m, std::int64_t caseId, std::int64_t at)
    {
        if (m.status != CaseStatus::New) {
            const QString status = caseStatusKey(m.status);
            m_setStatus.bind(1, status).bind(2, caseId).run();
            m_events.append(caseId, CaseEventType::StatusChanged, scenarioActor, at,
                            jsonPayload("status", status));
        }
        if (!m.assign.isEmpty()) {
            m_setAssignee.bind(1, m_agentIds.value(m.assign)).bind(2, caseId).run();
            m_events.append(caseId, CaseEventType::Assigned, scenarioActor, at,
                            jsonPayload("agent", m.assign));
        }
    }

private:
    CaseEventLog m_events;
    Statement m_setStatus;
    Statement m_setAssignee;
    QHash<QString, std::int64_t> m_agentIds;
};

} // namespace

QString DemoWorkspace::bundledScenario()
{
    return u":/earshot/scenarios/fernline.scenario.json"_s;
}

void DemoWorkspace::create(const QString &path, const QString &scenarioPath, std::int64_t startMs,
                           std::shared_ptr<Clock> clock, const QString &kind)
{
    if (Workspace::exists(path))
        throw StoreError(Tr::tr("Cannot create workspace %1: the file already exists.").arg(path));
    // Checked here, before the temporary file beside it exists: a message about that file would
    // name a path the person never chose.
    const QFileInfo target(path);
    if (target.isDir())
        throw StoreError(Tr::tr("Cannot create workspace %1: it is a folder.").arg(path));
    if (!QFileInfo(target.absolutePath()).isDir())
        throw StoreError(Tr::tr("Cannot create workspace %1: the folder %2 does not exist.")
                             .arg(path, QDir::toNativeSeparators(target.absolutePath())));
    const Scenario scenario = ScenarioReader::readFile(scenarioPath);
    const QString partial = path + u".part"_s;
    const auto removePartial = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
    };
    removePartial();
    try {
        Database db = Workspace::openForWriting(partial);
        db.setClock(std::move(clock));
        Transaction transaction(db);
        const auto agentIds = seedAgents(db, scenario);
        seedAccounts(db, scenario);
        seedPeople(db, scenario);
        Ingestor ingestor(db);
        CaseStateWriter caseState(db, agentIds);
        for (const ScenarioMention &m : scenario.mentions) {
            const std::int64_t at = startMs + m.atSeconds * 1000;
            IngestBatch one;
            one.mentions.push_back(scenario.toMention(m, at));
            caseState.apply(m, ingestor.ingestInTransaction(one).caseIds.front(), at);
        }
        IngestBatch cursor;
        cursor.feed = SimulationFeed::feedName();
        cursor.cursor = SimulationFeed::startCursor();
        ingestor.ingestInTransaction(cursor);
        WorkspaceSettings::setValue(db, WorkspaceSettings::kind, kind);
        WorkspaceSettings::setValue(db, WorkspaceSettings::scenarioTitle, scenario.title);
        WorkspaceSettings::setValue(db, WorkspaceSettings::brandName, scenario.brandName);
        // Absolute, so the live feed finds it again whatever folder Earshot starts in.
        WorkspaceSettings::setValue(db, WorkspaceSettings::scenarioResource,
                                    scenarioPath.startsWith(u':')
                                        ? scenarioPath
                                        : QFileInfo(scenarioPath).absoluteFilePath());
        transaction.commit();
        // A newcomer finds a template library to reply from, as a real team would have.
        TemplateLibrary(db).installStarterTemplates();
        // Fold the write-ahead log in, so the renamed file is complete on its own.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (...) {
        removePartial(); // a half-built demo is of no use to anyone
        throw;
    }
    QFile::remove(partial + u"-wal"_s);
    QFile::remove(partial + u"-shm"_s);
    QFile built(partial);
    if (!built.rename(path)) {
        const QString reason = built.errorString();
        QFile::remove(partial);
        throw StoreError(Tr::tr("Cannot create workspace %1: could not move it into place (%2).")
                             .arg(path, reason));
    }
}

} // namespace earshot
