// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notify/Notifier.h"

#include <QDBusConnection>
#include <QObject>

#include <optional>

namespace earshot {

// Notifications through org.freedesktop.Notifications on the session bus (the Desktop
// Notifications Specification), as every Linux desktop offers. Calls are asynchronous: a desktop
// without the service loses the notification and logs why, the window never waits. Where the
// service reads markup in bodies, the body is escaped, so outside text stays text.
class DesktopNotifier final : public QObject, public Notifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static constexpr const char *service = "org.freedesktop.Notifications";
    static constexpr const char *path = "/org/freedesktop/Notifications";

    // The session bus, reached at the first notification (not when the window opens).
    explicit DesktopNotifier(QObject *parent = nullptr);
    // A bus of the caller's (tests).
    explicit DesktopNotifier(QDBusConnection bus, QObject *parent = nullptr);

    void notify(const QString &title, const QString &body) override;

Q_SIGNALS:
    // The service said what it can (asked with the first notification).
    void capabilitiesKnown();

private:
    void askCapabilities();

    QDBusConnection &bus();

    std::optional<QDBusConnection> m_bus;
    bool m_bodyMarkup = true; // until the service says otherwise: escaping is the safe side
    bool m_asked = false;
};

} // namespace earshot
