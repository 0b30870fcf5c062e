// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "clock/ClockTimer.h"
#include "clock/ManualClock.h"
#include "clock/SimulatedClock.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <memory>
#include <utility>
#include <vector>

using namespace earshot;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t start = ManualClock::defaultStartMs;

// Which timer fired, and what its clock read then.
using Firings = std::vector<std::pair<QString, std::int64_t>>;

void record(ClockTimer &timer, const QString &name, Firings &firings)
{
    QObject::connect(&timer, &ClockTimer::timeout, &timer, [&timer, name, &firings] {
        firings.emplace_back(name, timer.clock().nowMs());
    });
}

} // namespace

TEST(ManualClock, StandsStillUntilMovedOn)
{
    ManualClock clock(start);
    EXPECT_EQ(clock.nowMs(), start);
    EXPECT_EQ(clock.now().toMSecsSinceEpoch(), start);
    EXPECT_EQ(clock.now().timeSpec(), Qt::UTC);
    clock.advanceBy(1500ms);
    EXPECT_EQ(clock.nowMs(), start + 1500);
    clock.advanceTo(start); // never backwards
    EXPECT_EQ(clock.nowMs(), start + 1500);
}

TEST(ManualClock, FiresDueTimersInOrderWhenAdvanced)
{
    auto clock = std::make_shared<ManualClock>(start);
    ClockTimer every30(clock);
    ClockTimer once50(clock);
    ClockTimer alsoOnce50(clock);
    ClockTimer later(clock);
    once50.setSingleShot(true);
    alsoOnce50.setSingleShot(true);
    later.setSingleShot(true);
    Firings firings;
    record(every30, u"every30"_s, firings);
    record(once50, u"once50"_s, firings);
    record(alsoOnce50, u"alsoOnce50"_s, firings);
    record(later, u"later"_s, firings);
    every30.start(30ms);
    once50.start(50ms);
    alsoOnce50.start(50ms);
    later.start(101ms);

    clock->advanceBy(29ms);
    EXPECT_TRUE(firings.empty()) << "nothing is due before 30 ms";
    clock->advanceBy(71ms);
    const Firings expected{{u"every30"_s, start + 30},
                           {u"once50"_s, start + 50},
                           {u"alsoOnce50"_s, start + 50},
                           {u"every30"_s, start + 60},
                           {u"every30"_s, start + 90}};
    EXPECT_EQ(firings, expected);
    EXPECT_EQ(clock->nowMs(), start + 100);
    EXPECT_FALSE(once50.isActive());
    EXPECT_TRUE(every30.isActive());
    EXPECT_TRUE(later.isActive());
    EXPECT_EQ(every30.dueMs(), start + 120);

    firings.clear();
    every30.stop();
    clock->advanceBy(1s);
    EXPECT_EQ(firings, (Firings{{u"later"_s, start + 101}}));
}

TEST(ManualClock, ATimerStartedInASlotFiresInTheSameAdvance)
{
    auto clock = std::make_shared<ManualClock>(start);
    ClockTimer timer(clock);
    timer.setSingleShot(true);
    std::vector<std::int64_t> times;
    QObject::connect(&timer, &ClockTimer::timeout, &timer, [&] {
        times.push_back(clock->nowMs());
        if (times.size() < 3)
            timer.start(10ms); // as the Simulation feed schedules its next mention
    });
    timer.start(10ms);
    clock->advanceBy(1min);
    EXPECT_EQ(times, (std::vector<std::int64_t>{start + 10, start + 20, start + 30}));
}

TEST(ManualClock, ASingleShotCallsItsSlotOnceAndNotAfterItsContextIsGone)
{
    auto clock = std::make_shared<ManualClock>(start);
    int calls = 0;
    QObject context;
    ClockTimer::singleShot(clock, 5s, &context, [&] { ++calls; });
    clock->advanceBy(4999ms);
    EXPECT_EQ(calls, 0);
    clock->advanceBy(1ms);
    EXPECT_EQ(calls, 1);
    clock->advanceBy(1h);
    EXPECT_EQ(calls, 1);

    auto gone = std::make_unique<QObject>();
    ClockTimer::singleShot(clock, 1s, gone.get(), [&] { ++calls; });
    gone.reset();
    clock->advanceBy(1h);
    EXPECT_EQ(calls, 1);
}

TEST(SimulatedClock, RunsAtItsSpeedOverTheClockBelow)
{
    auto below = std::make_shared<ManualClock>(start);
    const std::int64_t trainingDay = 1'800'000'000'000;
    SimulatedClock clock(trainingDay, 60, below);
    EXPECT_EQ(clock.nowMs(), trainingDay);
    below->advanceBy(1s);
    EXPECT_EQ(clock.nowMs(), trainingDay + 60'000);
    clock.setSpeed(2);
    below->advanceBy(1s);
    EXPECT_EQ(clock.nowMs(), trainingDay + 62'000);
    clock.setNowMs(trainingDay);
    EXPECT_EQ(clock.nowMs(), trainingDay);
}

TEST(SimulatedClock, At60TimesA60SecondTimerFiresAfterOneSecondBelow)
{
    auto below = std::make_shared<ManualClock>(start);
    auto clock = std::make_shared<SimulatedClock>(start, 60, below);
    ClockTimer minute(clock);
    minute.setSingleShot(true);
    QSignalSpy fired(&minute, &ClockTimer::timeout);
    minute.start(60s);
    below->advanceBy(999ms);
    EXPECT_EQ(fired.count(), 0);
    below->advanceBy(1ms);
    EXPECT_EQ(fired.count(), 1);
    EXPECT_GE(clock->nowMs(), start + 60'000);
}

TEST(SimulatedClock, StandsStillWhilePausedAndSoDoItsTimers)
{
    auto below = std::make_shared<ManualClock>(start);
    auto clock = std::make_shared<SimulatedClock>(start, 60, below);
    ClockTimer minute(clock);
    minute.setSingleShot(true);
    QSignalSpy fired(&minute, &ClockTimer::timeout);
    minute.start(60s);
    below->advanceBy(500ms); // half of it: 30 s of the simulated clock
    clock->pause();
    EXPECT_TRUE(clock->isPaused());
    below->advanceBy(1h);
    EXPECT_EQ(clock->nowMs(), start + 30'000);
    EXPECT_EQ(fired.count(), 0);

    clock->resume();
    EXPECT_EQ(clock->nowMs(), start + 30'000);
    below->advanceBy(499ms);
    EXPECT_EQ(fired.count(), 0);
    below->advanceBy(1ms);
    EXPECT_EQ(fired.count(), 1);
    EXPECT_EQ(clock->nowMs(), start + 60'000);
}

TEST(SimulatedClock, ANewSpeedMovesTheTimersItHas)
{
    auto below = std::make_shared<ManualClock>(start);
    auto clock = std::make_shared<SimulatedClock>(start, 1, below);
    ClockTimer minute(clock);
    minute.setSingleShot(true);
    QSignalSpy fired(&minute, &ClockTimer::timeout);
    minute.start(60s);
    below->advanceBy(30s);
    clock->setSpeed(30); // the other 30 s now pass in 1 s below
    below->advanceBy(999ms);
    EXPECT_EQ(fired.count(), 0);
    below->advanceBy(1ms);
    EXPECT_EQ(fired.count(), 1);
}

TEST(SimulatedClock, At60TimesOnTheSystemClockAMinuteTakesAboutASecond)
{
    auto clock = std::make_shared<SimulatedClock>(start, 60);
    ClockTimer minute(clock);
    minute.setSingleShot(true);
    QSignalSpy fired(&minute, &ClockTimer::timeout);
    QElapsedTimer real;
    real.start();
    minute.start(60s);
    ASSERT_TRUE(fired.wait(30'000)) << "a simulated minute at 60x is a second of real time";
    // Never before its time: the simulated clock has reached the minute. (How much later it
    // fired on a busy machine is not asserted.)
    EXPECT_GE(clock->nowMs(), start + 60'000);
    EXPECT_GE(real.elapsed(), 900);
}
