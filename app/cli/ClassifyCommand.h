// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `earshot-cli classify [FILE]`: reads texts (standard input without FILE or with "-"), one
// JSON object a text on standard output, in input order: language, sentiment, emotion,
// category, needs-a-reply, risks with their cues, and the priority with its reasons. `format` is
// "lines", "jsonl" or "csv" (with `column`), or empty to tell by the file name and the first
// line. The workspace's priority weights and what its agents taught apply when it exists.
int classify(const QString &workspace, const QString &file, const QString &format,
             const QString &column);

} // namespace earshot::cli
