// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LearnedModel.h"
#include "store/Sqlite.h"

#include <cstdint>

namespace earshot {

// The trained models a workspace keeps (learned_models), one per field. Writes run in the
// caller's transaction (workspace/LearningJobs wraps them for the writer thread).
class LearnedModelStore final {
public:
    // False, and nothing saved, when the field now has fewer examples than the model was trained
    // on: the learning was reset while the model trained, and must stay reset.
    static bool save(Database &db, const LearnedModel &model, std::int64_t trainedAtMs);
    // Both models as stored; a blob that does not read back is left out (nothing learned).
    static LearnedModels load(Database &db);
    // When the newest model was trained, 0 without any: one indexed lookup, cheap enough to ask
    // before every ingest batch. Reload when it differs from what was loaded (a reset lowers it).
    static std::int64_t latestTrainedAt(Database &db);
    // Forgets what agents taught: every example and both models.
    static void reset(Database &db);
};

} // namespace earshot
