// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace earshot::test {

// A real Secret Service for one test process: a private session bus (dbus-daemon) and GNOME
// Keyring's secrets component on it, its login keyring made and unlocked with a test password
// given on standard input, HOME and the XDG folders in a temporary folder. Started on the first
// call to privateKeyring(), before anything in the process speaks D-Bus (the session bus's
// address is read once), and ended with the process. Nothing of the person's own keyring is
// touched.
class PrivateKeyring final {
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    // Empty when the Secret Service answers; otherwise why it could not be started.
    const QString &problem() const { return m_problem; }
    // The test's home (HOME, XDG_DATA_HOME, XDG_CONFIG_HOME are inside it).
    QString home() const { return m_home.path(); }
    // What a child process (earshot-cli) runs with to reach this keyring.
    QProcessEnvironment environment() const { return m_environment; }

private:
    void start();

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_problem;
};

// The process's one private keyring, started on first use.
PrivateKeyring &privateKeyring();

} // namespace earshot::test
