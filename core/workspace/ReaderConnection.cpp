// SPDX-License-Identifier: Apache-2.0
#include "workspace/ReaderConnection.h"

#include "ingest/ReadBeforeWriting.h"
#include "learning/LearnedModelStore.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

namespace earshot {

ReaderConnection::ReaderConnection(QString workspacePath, std::shared_ptr<Clock> clock)
    : m_path(std::move(workspacePath))
    , m_clock(std::move(clock))
{}

ReaderConnection::~ReaderConnection() = default;

bool ReaderConnection::ready(QString *error)
{
    if (m_db)
        return true;
    try {
        m_db = std::make_unique<Database>(Workspace::openForReading(m_path));
        m_db->setClock(m_clock);
        return true;
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
}

void ReaderConnection::close()
{
    m_db.reset();
}

void ReaderConnection::readMentions(IngestBatch &batch)
{
    bool anyUnread = false;
    for (const Mention &mention : batch.mentions)
        anyUnread = anyUnread || !mention.reading;
    if (!anyUnread)
        return;
    if (const std::int64_t learnedAt = LearnedModelStore::latestTrainedAt(*m_db);
        learnedAt != m_learnedAt) {
        m_reader.setLearnedModels(LearnedModelStore::load(*m_db));
        m_learnedAt = learnedAt;
    }
    for (Mention &mention : batch.mentions) {
        if (!mention.reading)
            readBeforeWriting(m_reader, mention);
    }
}

} // namespace earshot
