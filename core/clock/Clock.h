// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace earshot {

class ClockTimer;

// Something that must hear when a clock changes pace (paused, resumed, a new speed, a jump), so
// that what waits on it can work out its wait again.
class ClockListener {
public:
    virtual void clockPaceChanged() = 0;

protected:
    ~ClockListener() = default;
};

// Where core reads the time from. Core never asks the system for the time: it is handed a clock
// (the session's, or a test's), so a training run can be replayed and a test decides what time
// it is. nowMs() may be called from any thread; the timers of a clock (ClockTimer) and whatever
// changes its pace (pause, advance) belong to one thread, the one that owns the clock.
class Clock {
public:
    virtual ~Clock();
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    // Milliseconds since 1970-01-01 UTC, as this clock has it.
    virtual std::int64_t nowMs() const = 0;
    QDateTime now() const;

    void addListener(ClockListener *listener);
    void removeListener(ClockListener *listener);

protected:
    Clock() = default;
    // Tells every listener that the pace changed. Call on the clock's own thread.
    void notifyPaceChanged();

private:
    friend class ClockTimer;

    // How timers wait on this clock. A clock that runs by itself (the system's, a manual one) has
    // nothing below it; a derived clock (a simulated one) maps its times onto the clock below.
    virtual Clock *base() const { return nullptr; }
    // The time on base() at which this clock will read `ms`; nothing while it will not get
    // there by itself (paused).
    virtual std::optional<std::int64_t> baseTimeAt(std::int64_t ms) const { return ms; }
    // A clock that fires its timers itself when it is moved on (a manual one), instead of their
    // waiting in real time.
    virtual bool firesTimers() const { return false; }
    virtual void arm(ClockTimer *, std::int64_t /*dueMs*/) {}
    virtual void disarm(ClockTimer *) {}

    std::mutex m_listenersMutex;
    std::vector<ClockListener *> m_listeners;
};

// The system's real time: the default everywhere outside tests and training.
class SystemClock final : public Clock {
public:
    SystemClock() = default;
    std::int64_t nowMs() const override;
};

// The one system clock of the process.
std::shared_ptr<Clock> systemClock();

} // namespace earshot
