// SPDX-License-Identifier: Apache-2.0
#include "clock/ClockTimer.h"

#include <algorithm>
#include <limits>

namespace earshot {

ClockTimer::ClockTimer(std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : systemClock())
    , m_realWait(this)
{
    m_realWait.setSingleShot(true);
    connect(&m_realWait, &QTimer::timeout, this, &ClockTimer::waitOver);
}

ClockTimer::~ClockTimer()
{
    stop();
}

void ClockTimer::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
}

void ClockTimer::start(std::chrono::milliseconds interval)
{
    setInterval(interval);
    start();
}

void ClockTimer::start()
{
    stopWaiting();
    if (!m_active)
        m_clock->addListener(this);
    m_active = true;
    m_dueMs = m_clock->nowMs() + m_interval.count();
    wait();
}

void ClockTimer::stop()
{
    stopWaiting();
    if (m_active)
        m_clock->removeListener(this);
    m_active = false;
}

void ClockTimer::stopWaiting()
{
    m_realWait.stop();
    if (m_armedAt) {
        m_armedAt->disarm(this);
        m_armedAt = nullptr;
    }
}

void ClockTimer::wait(bool afterEarlyWake)
{
    stopWaiting();
    // Down to the clock that runs by itself, translating the due time on the way.
    Clock *clock = m_clock.get();
    std::int64_t due = m_dueMs;
    while (Clock *below = clock->base()) {
        const std::optional<std::int64_t> there = clock->baseTimeAt(due);
        if (!there)
            return; // paused: its resuming tells this timer to wait again
        due = *there;
        clock = below;
    }
    const std::int64_t now = clock->nowMs();
    // Woken before the due time (rounding, a coarse system timer): the next wait must end
    // later than now, or it would end at once again.
    if (afterEarlyWake)
        due = std::max(due, now + 1);
    if (clock->firesTimers()) {
        clock->arm(this, due);
        m_armedAt = clock;
        return;
    }
    const std::int64_t realWait =
        std::clamp<std::int64_t>(due - now, 0, std::numeric_limits<int>::max());
    m_realWait.start(int(realWait));
}

void ClockTimer::waitOver()
{
    m_armedAt = nullptr;
    if (!m_active)
        return;
    const std::int64_t now = m_clock->nowMs();
    if (now < m_dueMs) {
        wait(true);
        return;
    }
    if (m_singleShot) {
        stop();
    } else {
        // Keeps to its beat in the clock's time; after a long gap (a suspended machine) it goes
        // on from now instead of firing for every beat it missed.
        const std::int64_t step = std::max<std::int64_t>(1, m_interval.count());
        m_dueMs = m_dueMs + step > now ? m_dueMs + step : now + step;
        wait();
    }
    Q_EMIT timeout();
}

void ClockTimer::clockPaceChanged()
{
    if (m_active)
        wait();
}

} // namespace earshot
