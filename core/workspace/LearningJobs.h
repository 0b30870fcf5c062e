// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LearnedModel.h"
#include "workspace/WriterJob.h"

#include <cstdint>

namespace earshot {

// What the learning store writes, as jobs for the writer thread (the one thread that writes).
// Saves the models given (a field without one keeps what it has). The result's answer says which
// were saved: 1 sentiment, 2 category (bits).
WriterJob saveLearnedModelsJob(const LearnedModels &models, std::int64_t trainedAtMs);
// LearnedModelStore::reset in one transaction that a person asked for (synchronous=FULL).
WriterJob forgetLearningJob();

} // namespace earshot
