// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QAction;
class QWidget;

namespace earshot {

// Measures switching from one case to the next for the benchmark (docs/benchmarks.md): with
// EARSHOT_CASE_SWITCH_REPORT=N Earshot moves down the case list N times, as J does, timing each
// move until the conversation has painted, prints "case-switch-ms median M p95 P" and quits.
class CaseSwitchProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseSwitchProbe)

public:
    // `next` is the window's next-case command; `painted` the widget the conversation paints in.
    CaseSwitchProbe(QAction *next, QWidget *painted, int switches, QObject *parent);
    static int requestedSwitches();
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void switchOnce();
    void report();

    QAction *m_next;
    int m_left;
    bool m_waiting = false;
    QElapsedTimer m_timer;
    std::vector<double> m_ms;
};

} // namespace earshot
