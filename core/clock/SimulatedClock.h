// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"

#include <cstdint>
#include <memory>
#include <mutex>

namespace earshot {

// A clock for training runs: starts at a given time and runs at `speed` times the pace of the
// clock below it (the system's, or a manual one in tests); it can pause, resume, change speed
// and jump. Its timers (ClockTimer) follow: at 60x a 60 s timer fires after a second of the
// clock below, and none fires while it is paused.
class SimulatedClock final : public Clock, private ClockListener {
public:
    explicit SimulatedClock(std::int64_t startMs, double speed = 1.0,
                            std::shared_ptr<Clock> base = systemClock());
    ~SimulatedClock() override;

    std::int64_t nowMs() const override;
    double speed() const;
    // Times the pace of the clock below; at least 0.001.
    void setSpeed(double speed);
    bool isPaused() const;
    void pause();
    void resume();
    // Jumps to `ms` (forwards or back) and runs on from there; timers now due fire soon.
    void setNowMs(std::int64_t ms);

private:
    Clock *base() const override { return m_base.get(); }
    std::optional<std::int64_t> baseTimeAt(std::int64_t ms) const override;
    void clockPaceChanged() override;
    // Under m_mutex: this clock's time when the clock below reads `baseMs`.
    std::int64_t timeAtLocked(std::int64_t baseMs) const;
    void reanchorLocked();

    std::shared_ptr<Clock> m_base;
    mutable std::mutex m_mutex;
    // This clock read m_anchorMs when the clock below read m_baseAnchorMs.
    std::int64_t m_anchorMs;
    std::int64_t m_baseAnchorMs;
    double m_speed;
    bool m_paused = false;
};

} // namespace earshot
