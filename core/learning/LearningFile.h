// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <istream>

namespace earshot {

struct LearningFileSummary {
    std::int64_t lines = 0;
    std::int64_t sentiment = 0; // examples added per field
    std::int64_t category = 0;
    std::int64_t known = 0;    // examples learned from a file before, not added again
    std::int64_t rejected = 0; // lines with a text or label that could not be used
};

// Labelled examples as JSON Lines, for `earshot-cli learn`: each line an object with "text" and
// a label for one field or both, {"text": "…", "sentiment": "negative", "category": "complaint"}.
// Idempotent: an example the workspace has already learned from a file is counted as known and
// not added again, so running `learn` again after an interruption doubles nothing.
// Sentiment takes the five keys or a three-level file's negative/neutral/positive; keys in any
// case, with '_' or '-' for the space. Each becomes a correction with the source "file".
// Streams: one line in memory at a time, written in transactions of `batchLines` lines (a
// failure keeps the batches before it). A rejected line is reported with its number and why.
class LearningFile final {
public:
    using ProblemReporter = std::function<void(std::int64_t line, const QString &reason)>;
    static constexpr int defaultBatchLines = 10000;

    explicit LearningFile(ProblemReporter reporter, int batchLines = defaultBatchLines);

    // Throws StoreError when the workspace cannot be written.
    LearningFileSummary importInto(Database &db, std::istream &input);

private:
    ProblemReporter m_reporter;
    int m_batchLines;
};

} // namespace earshot
