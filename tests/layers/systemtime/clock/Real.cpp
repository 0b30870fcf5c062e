// SPDX-License-Identifier: Apache-2.0
// A fixture for Clock.SystemTimeInCoreFailsTheBuild: core/clock may ask the system.
#include <QDateTime>

qint64 systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}
