// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace earshot {

// Reports when the case list first paints, for the benchmark (docs/benchmarks.md): with
// EARSHOT_FIRST_PAINT_REPORT=1 Earshot prints "first-paint-ms N" and quits after that paint.
class FirstPaintProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    FirstPaintProbe(QElapsedTimer sinceStart, QObject *parent);
    static bool requested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace earshot
