// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QSocketNotifier;
class QWidget;

namespace earshot {

// Closes the window as a person would when the desktop session ends or a terminal sends
// SIGTERM, SIGINT or SIGHUP: drafts and layout are saved and the workspace is closed cleanly,
// instead of the process simply vanishing. The signal handler only writes a byte to a socket;
// the window is closed on the GUI thread when that byte is read.
class TerminationSignals final : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QWidget *window);
    ~TerminationSignals() override;

private:
    void onSignal();

    QWidget *m_window;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace earshot
