// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "clock/RandomSource.h"

#include <cstdint>
#include <memory>

namespace earshot {

// What one workspace session runs on: its clock and the seed of its dice. The defaults are real
// life (the system clock, a seed from the system); a test gives a manual clock and a seed, a
// training run a simulated clock and the seed it will be replayed with.
struct TimeAndChance {
    std::shared_ptr<Clock> clock = systemClock();
    std::uint64_t seed = RandomSource::systemSeed();
};

} // namespace earshot
