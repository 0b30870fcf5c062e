// SPDX-License-Identifier: Apache-2.0
#include "workspace/Rescoring.h"

#include "cases/CaseRescorer.h"
#include "cases/PrioritySettings.h"

#include <algorithm>

namespace earshot {

namespace {
// About as long to write as one ingest step.
constexpr std::size_t rescoreStep = 2000;
} // namespace

void rescoreInSteps(StoreWriter &writer, QObject *context, StoreWriter::Done<int> done)
{
    using Plan = std::vector<PriorityChange>;
    writer.read<Plan>(
        "rescore plan",
        [](Database &db) { return CaseRescorer(db).planAll(loadPriorityWeights(db)); }, context,
        [&writer, context, done = std::move(done)](const WriterAnswer<Plan> &plan) {
            if (!plan.ok()) {
                done({0, plan.error});
                return;
            }
            struct Progress {
                Plan changes;
                std::size_t next = 0;
                int moved = 0;
            };
            WriterSteps<Progress> steps;
            steps.name = "rescore";
            steps.state.changes = plan.value;
            steps.step = [](WriterContext &c, Progress &p) {
                const std::size_t end = std::min(p.changes.size(), p.next + rescoreStep);
                p.moved += int(CaseRescorer(c.db)
                                   .apply(p.changes.data() + p.next, p.changes.data() + end)
                                   .size());
                p.next = end;
                return end < p.changes.size();
            };
            writer.runInSteps<Progress>(std::move(steps), context,
                                        [done](const WriterAnswer<Progress> &progress) {
                                            done({progress.value.moved, progress.error});
                                        });
        });
}

} // namespace earshot
