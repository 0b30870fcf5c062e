// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace earshot {

// A training sandbox: a workspace of kind "training", in a file of its own, made fresh from a
// version 2 scenario (its brand accounts, agents and personas; no mentions until a run posts
// them). Its only connector is the Simulation platform and its network loop refuses every
// request (UrlPolicy::forWorkspaceKind).
namespace TrainingWorkspace {

inline constexpr const char *kind = "training";

// Makes the sandbox at `path`. A training workspace already there is reset (deleted and made
// again); any other file there is refused, so a trainer cannot wipe a real workspace by a
// slip of the path. Throws StoreError or ScenarioError.
void createFresh(const QString &path, const QString &scenarioPath, std::shared_ptr<Clock> clock);

bool isTraining(const QString &path);

} // namespace TrainingWorkspace

} // namespace earshot
