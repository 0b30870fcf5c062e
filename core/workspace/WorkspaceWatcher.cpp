// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceWatcher.h"

#include "store/Sqlite.h"
#include "store/StoreError.h"

namespace earshot {

WorkspaceWatcher::WorkspaceWatcher(Database &reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{
    m_timer.setInterval(lookIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceWatcher::look);
}

void WorkspaceWatcher::start()
{
    try {
        m_dataVersion = m_reader.queryInt("PRAGMA data_version");
        m_lastSeen = latestChange();
    } catch (const StoreError &e) {
        Q_EMIT readFailed(e.message());
    }
    m_timer.start();
}

std::int64_t WorkspaceWatcher::latestChange()
{
    return m_reader.queryInt("SELECT coalesce(max(seq), 0) FROM case_changes");
}

void WorkspaceWatcher::look()
{
    try {
        const std::int64_t version = m_reader.queryInt("PRAGMA data_version");
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        Q_EMIT committed();
        Statement oldest(m_reader, "SELECT min(seq) FROM case_changes");
        const std::int64_t firstKept = oldest.step() ? oldest.toInt(0) : 0;
        if (firstKept > m_lastSeen + 1) {
            m_lastSeen = latestChange();
            Q_EMIT everythingChanged();
            return;
        }
        Statement changes(m_reader, "SELECT seq, case_id FROM case_changes WHERE seq > ?1 "
                                    "ORDER BY seq LIMIT ?2");
        changes.bind(1, m_lastSeen).bind(2, maxCasesPerLook * 4 + 1);
        QList<qint64> caseIds;
        int rows = 0;
        while (changes.step()) {
            ++rows;
            m_lastSeen = changes.toInt(0);
            const qint64 caseId = changes.toInt(1);
            if (!caseIds.contains(caseId))
                caseIds.append(caseId);
        }
        if (rows > maxCasesPerLook * 4 || caseIds.size() > maxCasesPerLook) {
            m_lastSeen = latestChange();
            Q_EMIT everythingChanged();
        } else if (!caseIds.isEmpty()) {
            Q_EMIT casesChanged(caseIds);
        }
    } catch (const StoreError &e) {
        Q_EMIT readFailed(e.message());
    }
}

} // namespace earshot
