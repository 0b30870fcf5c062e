// SPDX-License-Identifier: Apache-2.0
#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace earshot {

FirstPaintProbe::FirstPaintProbe(QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
{}

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariableIntValue("EARSHOT_FIRST_PAINT_REPORT") == 1;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report after the paint has run, not before it.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace earshot
