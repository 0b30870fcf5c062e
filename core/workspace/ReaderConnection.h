// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "ingest/Ingestor.h"
#include "listening/MentionReader.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace earshot {

// The state of the writer's reading thread, where work is prepared so that the writer's
// transactions stay short: a read-only connection, opened on first use on that thread, and the
// reader of mentions with the models the workspace learned.
class ReaderConnection final {
public:
    ReaderConnection(QString workspacePath, std::shared_ptr<Clock> clock);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    // False, with *error saying why, when the workspace cannot be read now.
    bool ready(QString *error);
    Database &db() { return *m_db; }
    // Reads every mention of the batch that has no reading yet, with the learned models as
    // they are now (reloaded when an agent's corrections trained new ones). Needs ready().
    void readMentions(IngestBatch &batch);
    // After a failed read: open again next time.
    void close();

private:
    QString m_path;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    MentionReader m_reader;
    std::int64_t m_learnedAt = -1;
};

} // namespace earshot
