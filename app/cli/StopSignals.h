// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QSocketNotifier;

namespace earshot::cli {

// SIGTERM and SIGINT as a Qt signal: the handler only writes a byte to a socket pair (the
// self-pipe pattern); stopRequested() is emitted on this object's thread when the byte is read, so
// the work in progress (a transaction) ends before the program does. The signals' default action
// comes back when this object goes.
class StopSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    bool stopped() const { return m_stopped; }

Q_SIGNALS:
    void stopRequested();

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
    bool m_stopped = false;
};

} // namespace earshot::cli
