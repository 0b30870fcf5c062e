// SPDX-License-Identifier: Apache-2.0
#include "clock/SimulatedClock.h"

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

double validSpeed(double speed)
{
    return std::isfinite(speed) ? std::max(speed, 0.001) : 1.0;
}

} // namespace

SimulatedClock::SimulatedClock(std::int64_t startMs, double speed, std::shared_ptr<Clock> base)
    : m_base(base ? std::move(base) : systemClock())
    , m_anchorMs(startMs)
    , m_baseAnchorMs(m_base->nowMs())
    , m_speed(validSpeed(speed))
{
    // A simulated clock on a simulated clock changes pace with it.
    m_base->addListener(this);
}

SimulatedClock::~SimulatedClock()
{
    m_base->removeListener(this);
}

std::int64_t SimulatedClock::timeAtLocked(std::int64_t baseMs) const
{
    if (m_paused)
        return m_anchorMs;
    return m_anchorMs + std::llround(double(baseMs - m_baseAnchorMs) * m_speed);
}

void SimulatedClock::reanchorLocked()
{
    const std::int64_t baseNow = m_base->nowMs();
    m_anchorMs = timeAtLocked(baseNow);
    m_baseAnchorMs = baseNow;
}

std::int64_t SimulatedClock::nowMs() const
{
    const std::lock_guard lock(m_mutex);
    return timeAtLocked(m_base->nowMs());
}

double SimulatedClock::speed() const
{
    const std::lock_guard lock(m_mutex);
    return m_speed;
}

void SimulatedClock::setSpeed(double speed)
{
    {
        const std::lock_guard lock(m_mutex);
        reanchorLocked();
        m_speed = validSpeed(speed);
    }
    notifyPaceChanged();
}

bool SimulatedClock::isPaused() const
{
    const std::lock_guard lock(m_mutex);
    return m_paused;
}

void SimulatedClock::pause()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_paused)
            return;
        reanchorLocked();
        m_paused = true;
    }
    notifyPaceChanged();
}

void SimulatedClock::resume()
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_paused)
            return;
        m_paused = false;
        m_baseAnchorMs = m_base->nowMs(); // runs on from where it stood
    }
    notifyPaceChanged();
}

void SimulatedClock::setNowMs(std::int64_t ms)
{
    {
        const std::lock_guard lock(m_mutex);
        m_anchorMs = ms;
        m_baseAnchorMs = m_base->nowMs();
    }
    notifyPaceChanged();
}

std::optional<std::int64_t> SimulatedClock::baseTimeAt(std::int64_t ms) const
{
    const std::lock_guard lock(m_mutex);
    if (m_paused)
        return std::nullopt;
    // Rounded up: the clock below waits until this clock has surely got there.
    return m_baseAnchorMs + std::int64_t(std::ceil(double(ms - m_anchorMs) / m_speed));
}

void SimulatedClock::clockPaceChanged()
{
    // The clock below paused, resumed or jumped: this clock follows it, and so must its timers.
    notifyPaceChanged();
}

} // namespace earshot
