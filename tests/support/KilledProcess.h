// SPDX-License-Identifier: Apache-2.0
// Helpers for tests that kill a real earshot-cli with SIGKILL at random points.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <random>

namespace earshot::test {

// How many times the kill tests repeat (EARSHOT_KILL_ITERATIONS; 1 in the everyday run).
int killIterations();

// The dice of a kill test: seeded from EARSHOT_KILL_SEED when set, otherwise from the system,
// and the seed printed either way, so a failure can be replayed with EARSHOT_KILL_SEED=<seed>.
class KillDice final {
public:
    KillDice();
    std::uint32_t seed() const { return m_seed; }
    // A whole number in [low, high].
    int between(int low, int high);

private:
    std::uint32_t m_seed;
    std::mt19937 m_engine;
};

// Starts the real earshot-cli with `arguments` and `environment` (standard input closed).
void startCli(QProcess &process, const QStringList &arguments,
              const QProcessEnvironment &environment);

// Waits until `reached()` holds (asked every few milliseconds while the event loop runs, so an
// in-process fixture server and Qt both go on) or the process ended by itself, then `thenMs`
// more, then kills it with SIGKILL and waits for it to be gone. True when it was killed, false
// when it had ended by itself first.
bool killWhen(QProcess &process, const std::function<bool()> &reached, int thenMs);

} // namespace earshot::test
