// SPDX-License-Identifier: Apache-2.0
#include "ingest/JsonLinesImporter.h"

#include "Tr.h"
#include "ingest/MentionJson.h"

#include <string>

namespace earshot {

JsonLinesImporter::JsonLinesImporter(BatchWriter writer, ProblemReporter reporter, int batchSize)
    : m_writer(std::move(writer))
    , m_reporter(std::move(reporter))
    , m_batchSize(std::max(1, batchSize))
{}

ImportSummary JsonLinesImporter::run(std::istream &input)
{
    ImportSummary summary;
    IngestBatch batch;
    batch.mentions.reserve(std::size_t(m_batchSize));
    std::string line;
    while (std::getline(input, line)) {
        ++summary.lines;
        std::string_view view(line);
        if (summary.lines == 1 && view.substr(0, 3) == "\xEF\xBB\xBF")
            view.remove_prefix(3); // a byte order mark some editors write
        if (!view.empty() && view.back() == '\r')
            view.remove_suffix(1);
        if (view.find_first_not_of(" \t") == std::string_view::npos)
            continue; // blank lines separate nothing; skip them quietly
        QString error;
        auto mention = mentionFromJsonLine(view, &error);
        if (!mention) {
            ++summary.rejected;
            m_reporter(summary.lines, error);
            continue;
        }
        batch.mentions.push_back(std::move(*mention));
        if (int(batch.mentions.size()) >= m_batchSize)
            flush(batch, summary);
    }
    if (input.bad())
        m_reporter(summary.lines + 1, Tr::tr("reading stopped: the input could not be read"));
    flush(batch, summary);
    return summary;
}

void JsonLinesImporter::flush(IngestBatch &batch, ImportSummary &summary)
{
    if (batch.mentions.empty())
        return;
    const IngestResult result = m_writer(batch);
    summary.inserted += result.inserted;
    summary.duplicates += result.duplicates;
    batch.mentions.clear();
}

} // namespace earshot
