// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/LearnedModel.h"
#include "workspace/WriterConnection.h"

#include <cstdint>

namespace earshot {

// Which models a save kept: a field whose learning was reset while it trained is refused.
struct SavedModels {
    bool sentiment = false;
    bool category = false;
    bool any() const { return sentiment || category; }
};

// What the learning store writes, as tasks for the writer thread (the one thread that writes).
// Saves the models given (a field without one keeps what it has).
WriterTask<SavedModels> saveLearnedModelsTask(const LearnedModels &models,
                                              std::int64_t trainedAtMs);
// LearnedModelStore::reset in one transaction that a person asked for (synchronous=FULL).
WriterTask<bool> forgetLearningTask();

} // namespace earshot
