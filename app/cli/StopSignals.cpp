// SPDX-License-Identifier: Apache-2.0
#include "StopSignals.h"

#include "logging/LogCategories.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace earshot::cli {

namespace {

int stopSockets[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; a full socket means a stop is on its way already.
    [[maybe_unused]] const ssize_t written = ::write(stopSockets[0], &byte, 1);
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (stopSockets[0] < 0
        && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, stopSockets) != 0)
        return;
    m_notifier = new QSocketNotifier(stopSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::onSignal);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT})
        sigaction(signal, &action, nullptr);
}

StopSignals::~StopSignals()
{
    for (const int signal : {SIGTERM, SIGINT})
        std::signal(signal, SIG_DFL);
}

void StopSignals::onSignal()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(stopSockets[1], &byte, 1);
    qCInfo(lcCli) << "Stopping on a termination signal";
    m_stopped = true;
    Q_EMIT stopRequested();
}

} // namespace earshot::cli
