// SPDX-License-Identifier: Apache-2.0
#include "KilledProcess.h"

#include <QDeadlineTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace earshot::test {

int killIterations()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("EARSHOT_KILL_ITERATIONS", &ok);
    return ok && n > 0 ? n : 1;
}

namespace {

std::uint32_t chooseSeed()
{
    bool ok = false;
    const auto given = qEnvironmentVariable("EARSHOT_KILL_SEED").toUInt(&ok);
    const std::uint32_t seed = ok ? given : std::random_device{}();
    std::cout << "[ kill dice ] EARSHOT_KILL_SEED=" << seed << std::endl;
    return seed;
}

} // namespace

KillDice::KillDice()
    : m_seed(chooseSeed())
    , m_engine(m_seed)
{}

int KillDice::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_engine);
}

void startCli(QProcess &process, const QStringList &arguments,
              const QProcessEnvironment &environment)
{
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EARSHOT_CLI), arguments);
    ASSERT_TRUE(process.waitForStarted(10000)) << process.errorString().toStdString();
    process.closeWriteChannel();
}

bool killWhen(QProcess &process, const std::function<bool()> &reached, int thenMs)
{
    // A process that never gets there ends by itself, or ctest's timeout ends the test.
    while (process.state() != QProcess::NotRunning && !reached())
        QTest::qWait(2);
    if (thenMs > 0)
        QTest::qWait(thenMs);
    if (process.state() == QProcess::NotRunning)
        return false;
    process.kill();
    EXPECT_TRUE(process.waitForFinished(30000));
    return true;
}

} // namespace earshot::test
