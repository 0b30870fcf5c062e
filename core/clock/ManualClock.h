// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <vector>

namespace earshot {

// A clock that stands still until it is moved on: for tests. Moving it on fires the timers that
// fall due on the way, one at a time in the order of their times (timers due at the same time in
// the order they were started), each seeing the clock at its own time; a timer due at or before
// the clock's time fires at the next advance. Timers of a simulated clock on top of it fire the
// same way.
class ManualClock final : public Clock {
public:
    // 2023-11-14 22:13:20 UTC: a fixed moment, so what a test writes is the same every run.
    static constexpr std::int64_t defaultStartMs = 1'700'000'000'000;

    explicit ManualClock(std::int64_t startMs = defaultStartMs);
    ~ManualClock() override;

    std::int64_t nowMs() const override { return m_now.load(); }
    // Never backwards: a time before the clock's is ignored.
    void advanceTo(std::int64_t ms);
    void advanceBy(std::chrono::milliseconds duration);

private:
    bool firesTimers() const override { return true; }
    void arm(ClockTimer *timer, std::int64_t dueMs) override;
    void disarm(ClockTimer *timer) override;

    struct Armed {
        std::int64_t dueMs;
        std::uint64_t order;
        ClockTimer *timer;
    };

    std::atomic<std::int64_t> m_now;
    std::vector<Armed> m_armed;
    std::uint64_t m_nextOrder = 0;
};

} // namespace earshot
