// SPDX-License-Identifier: Apache-2.0
#include "ingest/JsonLinesImporter.h"

#include "ingest/ReadBeforeWriting.h"

#include "Tr.h"
#include "ingest/MentionJson.h"
#include "logging/LogCategories.h"

#include <QElapsedTimer>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace earshot {

// Parsed batches on their way from the reading thread to the writing one. Bounded, so memory
// stays at a few batches however long the input is.
class BatchQueue {
public:
    // False when the consumer gave up; the producer then stops reading.
    bool push(IngestBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Nothing when the producer has finished and everything was taken.
    std::optional<IngestBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return std::nullopt;
        IngestBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }

    bool abandoned()
    {
        std::lock_guard lock(m_mutex);
        return m_abandoned;
    }

private:
    static constexpr std::size_t capacity = 1; // one waiting while one is written
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<IngestBatch> m_batches;
    bool m_finished = false;
    bool m_abandoned = false;
};

JsonLinesImporter::JsonLinesImporter(BatchWriter writer, ProblemReporter reporter, int batchSize)
    : m_writer(std::move(writer))
    , m_reporter(std::move(reporter))
    , m_batchSize(std::max(1, batchSize))
{}

void JsonLinesImporter::read(std::istream &input, BatchQueue &queue, ImportSummary &summary)
{
    IngestBatch batch;
    batch.mentions.reserve(std::size_t(m_batchSize));
    std::string line;
    // Checked every so many lines, so a failed write stops a long import's reading soon.
    constexpr std::int64_t abandonCheckEvery = 1024;
    while (std::getline(input, line)) {
        ++summary.lines;
        if (summary.lines % abandonCheckEvery == 0 && queue.abandoned())
            return;
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
            // Not the reason: it may quote the line, which may hold anything (a credential a
            // connector left in its payload). The person is told it on standard error.
            qCDebug(lcIngest) << "Import line" << summary.lines << "skipped";
            m_reporter(summary.lines, error);
            continue;
        }
        readBeforeWriting(m_mentionReader, *mention);
        batch.mentions.push_back(std::move(*mention));
        if (int(batch.mentions.size()) >= m_batchSize) {
            if (!queue.push(std::exchange(batch, IngestBatch())))
                return;
            batch.mentions.reserve(std::size_t(m_batchSize));
        }
    }
    if (input.bad())
        m_reporter(summary.lines + 1, Tr::tr("reading stopped: the input could not be read"));
    if (!batch.mentions.empty())
        queue.push(std::move(batch));
}

ImportSummary JsonLinesImporter::run(std::istream &input)
{
    // Parsing JSON and writing SQLite each take a core: the reading thread parses the next
    // batch while this one writes the last.
    ImportSummary summary;
    QElapsedTimer took;
    took.start();
    qCInfo(lcIngest) << "Import started, batches of" << m_batchSize << "mentions";
    BatchQueue queue;
    std::exception_ptr readerFailure;
    std::thread reader([&] {
        QThread::currentThread()->setObjectName(QStringLiteral("earshot-import-parser"));
        // An exception must not leave the thread (that would end the program): it is handed
        // to this one and thrown here.
        try {
            read(input, queue, summary);
        } catch (...) {
            readerFailure = std::current_exception();
        }
        queue.finish();
    });
    try {
        int batches = 0;
        while (std::optional<IngestBatch> batch = queue.pop()) {
            QElapsedTimer writing;
            writing.start();
            const IngestResult result = m_writer(*batch);
            summary.inserted += result.inserted;
            summary.duplicates += result.duplicates;
            qCInfo(lcIngest) << "Import batch" << ++batches << "written:" << batch->mentions.size()
                             << "mentions," << result.inserted << "new," << result.duplicates
                             << "already known," << result.createdCaseIds.size() << "new cases, in"
                             << writing.elapsed() << "ms";
            batch.reset();
#ifdef __GLIBC__
            // The batch was allocated on the reading thread and is freed on this one; glibc
            // keeps such memory in the reading thread's arena unless asked to give it back, and
            // how much it keeps depends on the threads' timing (peaks of 270-380 MB for the same
            // million mentions). Once per batch costs nothing measurable.
            malloc_trim(0);
#endif
        }
    } catch (...) {
        queue.abandon();
        reader.join();
        qCWarning(lcIngest) << "Import stopped after" << summary.lines
                            << "lines:" << summary.inserted << "new mentions were written";
        throw;
    }
    reader.join();
    if (readerFailure) {
        qCWarning(lcIngest) << "Import stopped: reading failed after" << summary.lines << "lines";
        std::rethrow_exception(readerFailure);
    }
    qCInfo(lcIngest) << "Import finished:" << summary.lines << "lines," << summary.inserted
                     << "new," << summary.duplicates << "already known," << summary.rejected
                     << "rejected, in" << took.elapsed() << "ms";
    return summary;
}

} // namespace earshot
