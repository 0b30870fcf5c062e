// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "platforms/simulation/Scenario.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace earshot {

// Builds a workspace from a scenario: brand accounts, agents, and every past mention placed
// relative to `startMs`, with the case statuses and assignments the scenario gives.
namespace DemoWorkspace {

// The scenario bundled with Earshot (a Qt resource path).
QString bundledScenario();

// Creates the workspace at `path` in one go: it is written next to it and renamed into place
// when complete, so a failure leaves no half-made workspace behind. Throws StoreError or
// ScenarioError. `path` must not exist yet. What it writes is stamped with `clock`'s time.
// `kind` is the workspace's kind ("demo", or "training" for a training sandbox).
void create(const QString &path, const QString &scenarioPath, std::int64_t startMs,
            std::shared_ptr<Clock> clock = systemClock(),
            const QString &kind = QStringLiteral("demo"));

} // namespace DemoWorkspace

} // namespace earshot
