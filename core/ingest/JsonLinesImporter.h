// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Ingestor.h"
#include "listening/MentionReader.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <istream>

namespace earshot {

class BatchQueue;

struct ImportSummary {
    std::int64_t lines = 0;
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
};

// Reads normalized mentions as JSON Lines (docs/import-format.md) and hands them on in batches.
// A bad line is reported with its number and reason and skipped; the good lines are kept.
// Streams: memory stays at a few batches however long the input is. Lines are read and parsed
// on a thread of their own; the problem reporter is called from that thread, batches are
// written on the calling thread (which owns the database connection).
class JsonLinesImporter final {
public:
    using BatchWriter = std::function<IngestResult(const IngestBatch &)>;
    using ProblemReporter = std::function<void(std::int64_t line, const QString &reason)>;

    // Bigger batches write each touched index page once for more mentions, but a batch is one
    // write transaction: while it runs, every other process on the workspace (a window sending a
    // reply) waits. At a million mentions 10,000 hold the lock about half a second; 20,000 were
    // 15 % faster and held it a second, 5,000 were 25 % slower (docs/benchmarks.md).
    static constexpr int defaultBatchSize = 10000;

    JsonLinesImporter(BatchWriter writer, ProblemReporter reporter,
                      int batchSize = defaultBatchSize);

    ImportSummary run(std::istream &input);

    // Mentions are read (language, sentiment, …) on the parsing thread, so the writing thread
    // only writes; set what the workspace's agents taught before run().
    void setLearnedModels(LearnedModels models)
    {
        m_mentionReader.setLearnedModels(std::move(models));
    }

private:
    void read(std::istream &input, BatchQueue &queue, ImportSummary &summary);

    BatchWriter m_writer;
    ProblemReporter m_reporter;
    int m_batchSize;
    MentionReader m_mentionReader;
};

} // namespace earshot
