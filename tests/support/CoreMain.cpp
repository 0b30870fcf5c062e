// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // event loop for signals, timers and threads
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
