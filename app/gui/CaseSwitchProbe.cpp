// SPDX-License-Identifier: Apache-2.0
#include "CaseSwitchProbe.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace earshot {

CaseSwitchProbe::CaseSwitchProbe(QAction *next, QWidget *painted, int switches, QObject *parent)
    : QObject(parent)
    , m_next(next)
    , m_left(switches)
{
    painted->installEventFilter(this);
}

int CaseSwitchProbe::requestedSwitches()
{
    return qEnvironmentVariableIntValue("EARSHOT_CASE_SWITCH_REPORT");
}

void CaseSwitchProbe::start()
{
    // After the window's first paints have settled.
    QTimer::singleShot(500, this, &CaseSwitchProbe::switchOnce);
}

void CaseSwitchProbe::switchOnce()
{
    if (m_left-- <= 0) {
        report();
        return;
    }
    m_waiting = true;
    m_timer.start();
    m_next->trigger();
}

bool CaseSwitchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_waiting) {
        m_waiting = false;
        // Timed once the paint has run, then on to the next case.
        QTimer::singleShot(0, this, [this] {
            m_ms.push_back(double(m_timer.nsecsElapsed()) / 1e6);
            switchOnce();
        });
    }
    return QObject::eventFilter(watched, event);
}

void CaseSwitchProbe::report()
{
    std::sort(m_ms.begin(), m_ms.end());
    const auto at = [this](double q) {
        return m_ms.empty() ? 0.0 : m_ms[std::size_t(q * double(m_ms.size() - 1))];
    };
    std::printf("case-switch-ms median %.2f p95 %.2f count %zu\n", at(0.5), at(0.95), m_ms.size());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace earshot
