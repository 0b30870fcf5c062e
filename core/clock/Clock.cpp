// SPDX-License-Identifier: Apache-2.0
#include "clock/Clock.h"

#include <algorithm>

namespace earshot {

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

void Clock::addListener(ClockListener *listener)
{
    const std::lock_guard lock(m_listenersMutex);
    if (std::find(m_listeners.begin(), m_listeners.end(), listener) == m_listeners.end())
        m_listeners.push_back(listener);
}

void Clock::removeListener(ClockListener *listener)
{
    const std::lock_guard lock(m_listenersMutex);
    m_listeners.erase(std::remove(m_listeners.begin(), m_listeners.end(), listener),
                      m_listeners.end());
}

void Clock::notifyPaceChanged()
{
    std::vector<ClockListener *> listeners;
    {
        const std::lock_guard lock(m_listenersMutex);
        listeners = m_listeners;
    }
    for (ClockListener *listener : listeners) {
        // One listener's reaction may remove another (a timer's slot stopping a timer).
        std::unique_lock lock(m_listenersMutex);
        const bool stillThere =
            std::find(m_listeners.begin(), m_listeners.end(), listener) != m_listeners.end();
        lock.unlock();
        if (stillThere)
            listener->clockPaceChanged();
    }
}

std::int64_t SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::shared_ptr<Clock> systemClock()
{
    static const std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

} // namespace earshot
