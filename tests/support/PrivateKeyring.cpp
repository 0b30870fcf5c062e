// SPDX-License-Identifier: Apache-2.0
#include "PrivateKeyring.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QTest>

namespace earshot::test {

using namespace Qt::StringLiterals;

PrivateKeyring::PrivateKeyring()
{
    start();
}

PrivateKeyring::~PrivateKeyring()
{
    // The keyring leaves when its bus goes; both are ended by their process ids, nothing else.
    for (QProcess *process : {m_keyring.get(), m_bus.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
}

void PrivateKeyring::start()
{
    const QString home = m_home.path();
    for (const QString &folder : {u"data"_s, u"config"_s, u"cache"_s, u"run"_s})
        QDir(home).mkpath(folder);
    QFile::setPermissions(home + u"/run"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QList<std::pair<const char *, QString>> variables{
        {"HOME", home},
        {"XDG_DATA_HOME", home + u"/data"_s},
        {"XDG_CONFIG_HOME", home + u"/config"_s},
        {"XDG_CACHE_HOME", home + u"/cache"_s},
        {"XDG_RUNTIME_DIR", home + u"/run"_s}};
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.remove(u"DISPLAY"_s);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const auto &[name, value] : variables)
        m_environment.insert(QString::fromLatin1(name), value);

    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessEnvironment(m_environment);
    m_bus->setProcessChannelMode(QProcess::SeparateChannels);
    m_bus->start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s,
                                    u"--address=unix:path="_s + home + u"/run/bus"_s});
    if (!m_bus->waitForStarted(10000)) {
        m_problem = u"dbus-daemon could not be started: "_s + m_bus->errorString();
        return;
    }
    QByteArray address;
    while (!address.contains('\n') && m_bus->waitForReadyRead(10000))
        address += m_bus->readAllStandardOutput();
    address = address.trimmed();
    if (address.isEmpty()) {
        m_problem = u"dbus-daemon gave no address"_s;
        return;
    }
    m_environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(address));

    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(m_environment);
    m_keyring->start(u"gnome-keyring-daemon"_s,
                     {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring->waitForStarted(10000)) {
        m_problem = u"gnome-keyring-daemon could not be started: "_s + m_keyring->errorString();
        return;
    }
    m_keyring->write("earshot-test-password");
    m_keyring->closeWriteChannel();

    // This process speaks to the same bus and folders from now on (before its first D-Bus call).
    for (const auto &[name, value] : variables)
        qputenv(name, value.toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qunsetenv("DISPLAY");
    QDBusConnection probe =
        QDBusConnection::connectToBus(QString::fromUtf8(address), u"earshot-keyring-probe"_s);
    const bool registered = QTest::qWaitFor(
        [&] {
            return probe.isConnected() && probe.interface()
                   && probe.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s);
        },
        20000);
    QDBusConnection::disconnectFromBus(u"earshot-keyring-probe"_s);
    if (!registered)
        m_problem = u"GNOME Keyring's Secret Service did not come up on the private bus: "_s
                    + QString::fromUtf8(m_keyring->readAllStandardError());
}

namespace {
PrivateKeyring *theKeyring = nullptr;
}

PrivateKeyring &privateKeyring()
{
    if (!theKeyring) {
        theKeyring = new PrivateKeyring;
        // Ended while the application still stands (its processes are QObjects of it).
        qAddPostRoutine([] {
            delete theKeyring;
            theKeyring = nullptr;
        });
    }
    return *theKeyring;
}

} // namespace earshot::test
