// SPDX-License-Identifier: Apache-2.0
#include "clock/ManualClock.h"

#include "clock/ClockTimer.h"

#include <algorithm>

namespace earshot {

ManualClock::ManualClock(std::int64_t startMs)
    : m_now(startMs)
{}

ManualClock::~ManualClock() = default;

void ManualClock::arm(ClockTimer *timer, std::int64_t dueMs)
{
    disarm(timer);
    m_armed.push_back({dueMs, m_nextOrder++, timer});
}

void ManualClock::disarm(ClockTimer *timer)
{
    m_armed.erase(std::remove_if(m_armed.begin(), m_armed.end(),
                                 [timer](const Armed &a) { return a.timer == timer; }),
                  m_armed.end());
}

void ManualClock::advanceTo(std::int64_t ms)
{
    // One timer at a time, looked up afresh each time: a timer's slot may start, stop or delete
    // timers (its own included).
    for (;;) {
        const auto next =
            std::min_element(m_armed.begin(), m_armed.end(), [](const Armed &a, const Armed &b) {
                return std::pair{a.dueMs, a.order} < std::pair{b.dueMs, b.order};
            });
        if (next == m_armed.end() || next->dueMs > ms)
            break;
        ClockTimer *timer = next->timer;
        if (next->dueMs > m_now.load())
            m_now.store(next->dueMs);
        m_armed.erase(next);
        timer->waitOver();
    }
    if (ms > m_now.load())
        m_now.store(ms);
}

void ManualClock::advanceBy(std::chrono::milliseconds duration)
{
    advanceTo(m_now.load() + std::max<std::int64_t>(0, duration.count()));
}

} // namespace earshot
