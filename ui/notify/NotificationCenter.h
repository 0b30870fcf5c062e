// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/AgentNotifications.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace earshot {

class AppSettings;
class Notifier;
class WorkspaceSession;

// Tells the agent what happened for them while they were not looking (issue 16, item 6): core
// decides what (AgentNotifications, through the session), this delivers it: a desktop
// notification (Notifier), a tray icon with the count of what is unseen, the count in the window
// title, the taskbar's urgency hint. Each is switched in Settings → Notifications, with "Do not
// disturb" above them all; the choices are the person's own settings.
class NotificationCenter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    NotificationCenter(WorkspaceSession &session, AppSettings &settings, QWidget *window);
    ~NotificationCenter() override;

    // The desktop's notification service unless a test gives another.
    void setNotifier(std::unique_ptr<Notifier> notifier);
    // Reads what is new for the agent and tells it (soon after a change, coalesced).
    void lookSoon();
    void look();
    // The agent is at the window: nothing is unseen any more.
    void markSeen();
    int unseen() const { return m_unseen; }
    bool titleCountShown() const;
    NotificationChoices choices() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

Q_SIGNALS:
    void unseenChanged(int count);

private:
    QAction *addSwitch(const QString &title, const QString &settingKey, bool fallback,
                       const QString &objectName);
    bool switchedOn(const QString &settingKey, bool fallback) const;
    void showCount();

    WorkspaceSession &m_session;
    AppSettings &m_settings;
    QWidget *m_window;
    std::unique_ptr<Notifier> m_notifier;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    QAction *m_doNotDisturb = nullptr;
    QTimer m_soon;   // coalesces a burst of changes into one look
    QTimer m_minute; // waiting times grow without any change: looked at every half minute
    int m_unseen = 0;
};

} // namespace earshot
