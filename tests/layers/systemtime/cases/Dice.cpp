// SPDX-License-Identifier: Apache-2.0
// A fixture for Clock.SystemTimeInCoreFailsTheBuild: never compiled.
#include <cstdlib>
#include <random>

int roll()
{
    std::random_device device;
    return int(device() % 6) + std::rand() % 2;
}

int operand(int x)
{
    return x; // "operand(" is no call of rand()
}
