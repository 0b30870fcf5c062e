// SPDX-License-Identifier: Apache-2.0
// A fixture for Clock.SystemTimeInCoreFailsTheBuild: never compiled.
#include <QDateTime>

// Not QDateTime::currentMSecsSinceEpoch(): a comment may name it.
qint64 stampedNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}
