// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <memory>
#include <utility>

namespace earshot {

// QTimer's counterpart in a clock's time: times out when its clock has reached the due time, so
// on a simulated clock it follows the clock's speed and waits while it is paused, and on a
// manual clock it fires when the test moves the clock on. Never fires before its clock's due
// time. Lives on the thread of its clock's timers.
class ClockTimer final : public QObject, private ClockListener {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockTimer)

public:
    explicit ClockTimer(std::shared_ptr<Clock> clock = systemClock(), QObject *parent = nullptr);
    ~ClockTimer() override;

    Clock &clock() const { return *m_clock; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    bool isActive() const { return m_active; }
    // The clock's time at which it times out next (while active).
    std::int64_t dueMs() const { return m_dueMs; }

    // (Re)starts: times out `interval` from the clock's now, and then every interval unless
    // single-shot.
    void start();
    void start(std::chrono::milliseconds interval);
    void stop();

    // Calls `slot` once, `delay` of `clock`'s time from now, unless `context` is gone by then.
    template <class Slot>
    static void singleShot(const std::shared_ptr<Clock> &clock, std::chrono::milliseconds delay,
                           QObject *context, Slot slot)
    {
        auto *timer = new ClockTimer(clock, context);
        timer->setSingleShot(true);
        connect(timer, &ClockTimer::timeout, context, [timer, slot = std::move(slot)]() mutable {
            timer->deleteLater();
            slot();
        });
        timer->start(delay);
    }

Q_SIGNALS:
    void timeout();

private:
    friend class ManualClock;

    // Waits for m_dueMs on the clock that runs by itself at the bottom of m_clock.
    void wait(bool afterEarlyWake = false);
    void stopWaiting();
    // The wait ended (a real-time timer, or a manual clock moved on).
    void waitOver();
    void clockPaceChanged() override;

    std::shared_ptr<Clock> m_clock;
    QTimer m_realWait;
    Clock *m_armedAt = nullptr; // the manual clock it waits on, if any
    std::chrono::milliseconds m_interval{0};
    std::int64_t m_dueMs = 0;
    bool m_singleShot = false;
    bool m_active = false;
};

} // namespace earshot
