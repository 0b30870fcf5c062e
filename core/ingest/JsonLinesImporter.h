// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Ingestor.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <istream>

namespace earshot {

struct ImportSummary {
    std::int64_t lines = 0;
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
};

// Reads normalized mentions as JSON Lines (docs/import-format.md) and hands them on in batches.
// A bad line is reported with its number and reason and skipped; the good lines are kept.
// Streams: memory stays at one batch however long the input is.
class JsonLinesImporter final {
public:
    using BatchWriter = std::function<IngestResult(const IngestBatch &)>;
    using ProblemReporter = std::function<void(std::int64_t line, const QString &reason)>;

    JsonLinesImporter(BatchWriter writer, ProblemReporter reporter, int batchSize = 5000);

    ImportSummary run(std::istream &input);

private:
    void flush(IngestBatch &batch, ImportSummary &summary);

    BatchWriter m_writer;
    ProblemReporter m_reporter;
    int m_batchSize;
};

} // namespace earshot
