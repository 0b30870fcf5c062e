// SPDX-License-Identifier: Apache-2.0
// earshot-command-latency-bench: how long an agent's command waits on the writer while it takes
// in a backfill of mentions and while it rescores every open case, next to the same command on
// an idle writer (the limit). Measured from the request on the GUI thread to its answer there,
// as an agent's Send or Next case is. Figures in docs/benchmarks.md.
#include "MentionGenerator.h"
#include "Stopwatch.h"

#include "cases/Agents.h"
#include "cases/CaseCommand.h"
#include "cases/PrioritySettings.h"
#include "cases/TriageSettings.h"
#include "store/Workspace.h"
#include "workspace/Rescoring.h"
#include "workspace/StoreWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace earshot;
using namespace earshot::bench;

namespace {

constexpr std::uint32_t seed = 20261207;
constexpr std::int64_t startMs = 1'790'000'000'000;

struct Options {
    int mentions = 100000;
    int batch = 5000;    // mentions per submitted batch, as a connector catching up hands them
    int intervalMs = 20; // an agent's command every so often
    std::string folder = "bench";
};

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--mentions") == 0)
            o.mentions = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--batch") == 0)
            o.batch = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--interval") == 0)
            o.intervalMs = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--folder") == 0)
            o.folder = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: earshot-command-latency-bench [--mentions N] "
                                 "[--batch N] [--interval MS] [--folder DIR]\n");
            std::exit(2);
        }
    }
    return o;
}

// Issues a note on one of the cases every interval while `busy` says the load is still on,
// and keeps how long each took to come back.
class CommandProbe final {
public:
    CommandProbe(StoreWriter &writer, std::int64_t agentId, std::int64_t caseId, int intervalMs)
        : m_writer(writer)
        , m_agentId(agentId)
        , m_caseId(caseId)
    {
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { issue(); });
    }

    std::vector<double> measure(const std::function<void()> &startLoad,
                                const std::function<bool()> &loadDone, int idleCount)
    {
        m_latencies.clear();
        m_timer.start();
        if (startLoad)
            startLoad();
        while (loadDone ? !loadDone() : int(m_latencies.size()) < idleCount)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        m_timer.stop();
        while (m_pending > 0) // the last answers, so no sample is cut short
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return m_latencies;
    }

private:
    void issue()
    {
        CaseCommand command;
        command.kind = CaseCommand::Kind::SaveDraft; // as a person typing: no event, no version
        command.caseId = m_caseId;
        command.agentId = m_agentId;
        command.text = QStringLiteral("Thanks for telling us, we are on it.");
        ++m_pending;
        auto *clock = new QElapsedTimer;
        clock->start();
        m_writer.execute(command, &m_context, [this, clock](const CommandOutcome &outcome) {
            m_latencies.push_back(double(clock->nsecsElapsed()) / 1e6);
            delete clock;
            --m_pending;
            if (!outcome.error.isEmpty())
                std::fprintf(stderr, "command refused: %s\n", qPrintable(outcome.error));
        });
    }

    StoreWriter &m_writer;
    std::int64_t m_agentId;
    std::int64_t m_caseId;
    QObject m_context;
    QTimer m_timer;
    std::vector<double> m_latencies;
    int m_pending = 0;
};

struct Figures {
    std::vector<double> idle, importing, rescoring;
    double importMs = 0, rescoreMs = 0;
    int moved = 0;
};

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// One writer on a fresh workspace: commands on an idle writer, during a backfill of
// o.mentions, during a lead's rescore of every open case.
Figures measureWriter(const Options &o, bool oneQueue)
{
    const QString path = QString::fromStdString(o.folder)
                         + (oneQueue ? QStringLiteral("/latency-one-queue.earshot")
                                     : QStringLiteral("/latency.earshot"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    std::int64_t agentId = 0;
    {
        Database db = Workspace::openForWriting(path, Workspace::Create::IfMissing);
        agentId = ensureConsoleAgent(db, {}, QStringLiteral("bench")).id;
    }
    StoreWriter writer(path);
    if (oneQueue)
        writer.behaveAsOneQueueForComparison();
    MentionGenerator generator(seed, o.mentions / 4, startMs);

    // A first case to write drafts on.
    std::int64_t caseId = 0;
    bool first = false;
    QObject context;
    IngestBatch opening;
    opening.mentions.push_back(generator.next());
    writer.submit(opening, &context, [&](const WriterAnswer<IngestResult> &answer) {
        if (answer.ok() && !answer.value.caseIds.empty())
            caseId = answer.value.caseIds.front();
        first = true;
    });
    waitFor([&] { return first; });
    CommandProbe probe(writer, agentId, caseId, o.intervalMs);

    Figures f;
    f.idle = probe.measure({}, {}, 200);

    // A backfill: every batch submitted at once, as a connector that was offline catches up.
    int batchesLeft = 0;
    Stopwatch importClock;
    f.importing = probe.measure(
        [&] {
            for (int done = 0; done < o.mentions; done += o.batch) {
                IngestBatch batch;
                for (int i = 0; i < o.batch && done + i < o.mentions; ++i)
                    batch.mentions.push_back(generator.next());
                ++batchesLeft;
                writer.submit(
                    std::move(batch), &context, [&](const WriterAnswer<IngestResult> &answer) {
                        if (!answer.ok())
                            std::fprintf(stderr, "batch failed: %s\n", qPrintable(answer.error));
                        --batchesLeft;
                    });
            }
        },
        [&] { return batchesLeft == 0; }, 0);
    f.importMs = importClock.elapsedMs();

    // A lead's new weights: every sentiment counts for more, so nearly every open case moves.
    nlohmann::json json = PriorityWeights().toJson();
    for (auto &[key, value] : json.items()) {
        if (key.rfind("sentiment.", 0) == 0)
            value = std::min(100, value.get<int>() + 10);
    }
    TriageSettingsChange change;
    change.weights = PriorityWeights::fromJson(json, nullptr);
    bool rescored = false;
    Stopwatch rescoreClock;
    f.rescoring = probe.measure(
        [&] {
            WriterTask<int> save;
            save.name = "triage settings";
            if (oneQueue) {
                // As before: settings and the whole rescore in one transaction on the writer.
                save.lane = WriterLane::Bulk;
                save.work = [change](WriterContext &c) {
                    return saveTriageSettings(c.db, change).moved;
                };
                writer.run<int>(std::move(save), &context, [&](const WriterAnswer<int> &answer) {
                    f.moved = answer.value;
                    rescored = true;
                });
                return;
            }
            save.work = [change](WriterContext &c) { return writeTriageSettings(c.db, change); };
            writer.run<int>(std::move(save), &context, [&](const WriterAnswer<int> &) {
                rescoreInSteps(writer, &context, [&](const WriterAnswer<int> &answer) {
                    f.moved = answer.value;
                    rescored = true;
                });
            });
        },
        [&] { return rescored; }, 0);
    f.rescoreMs = rescoreClock.elapsedMs();
    return f;
}

void report(const char *what, const std::vector<double> &ms, double loadMs)
{
    const double p95 = quantile(ms, 0.95);
    std::printf("  %-32s %5zu commands  p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms", what, ms.size(),
                quantile(ms, 0.5), p95, quantile(ms, 1.0));
    if (loadMs > 0)
        std::printf("  (load %.1f s)", loadMs / 1000);
    std::printf("\n");
    std::fflush(stdout);
}

void reportWriter(const char *title, const Figures &f)
{
    std::printf("%s\n", title);
    report("idle writer (the limit)", f.idle, 0);
    report("during the backfill", f.importing, f.importMs);
    report("during a rescore of every case", f.rescoring, f.rescoreMs);
    std::printf("  (%d open cases moved in the rescore)\n", f.moved);
}

} // namespace

// A bench that fails ends with its exception, which says why.
int main(int argc, char **argv) // NOLINT(bugprone-exception-escape)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(argc, argv);
    std::printf("An agent's command (a draft saved) every %d ms; a backfill of %d mentions in "
                "batches of %d, then a rescore\n",
                o.intervalMs, o.mentions, o.batch);
    const Figures lanes = measureWriter(o, false);
    reportWriter("Earshot's writer (two lanes, steps):", lanes);
    const Figures oneQueue = measureWriter(o, true);
    reportWriter("The writer before (one queue, whole batches, reading inside):", oneQueue);
    std::printf("p95 during the backfill: %.2f ms against %.2f ms before (x%.2f); "
                "during the rescore: %.2f ms against %.2f ms before (x%.2f)\n",
                quantile(lanes.importing, 0.95), quantile(oneQueue.importing, 0.95),
                quantile(lanes.importing, 0.95) / quantile(oneQueue.importing, 0.95),
                quantile(lanes.rescoring, 0.95), quantile(oneQueue.rescoring, 0.95),
                quantile(lanes.rescoring, 0.95) / quantile(oneQueue.rescoring, 0.95));
    return 0;
}
