// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationCenter.h"

#include "logging/LogCategories.h"
#include "notify/DesktopNotifier.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const QString doNotDisturbKey = u"notify/do_not_disturb"_s;
const QString trayKey = u"notify/tray"_s;
const QString titleCountKey = u"notify/title_count"_s;
const QString urgencyKey = u"notify/urgency_hint"_s;

QString kindKey(NotificationKind kind)
{
    return u"notify/"_s + notificationKindKey(kind);
}

} // namespace

NotificationCenter::NotificationCenter(WorkspaceSession &session, AppSettings &settings,
                                       QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_notifier(std::make_unique<DesktopNotifier>())
    , m_menu(new QMenu(tr("&Notifications"), window))
    , m_tray(new QSystemTrayIcon(this))
{
    setObjectName(u"notificationCenter"_s);
    m_menu->setObjectName(u"notificationsMenu"_s);
    m_doNotDisturb =
        addSwitch(tr("&Do not disturb"), doNotDisturbKey, false, u"doNotDisturbAction"_s);
    m_menu->addSeparator();
    for (const NotificationKind kind : allNotificationKinds)
        addSwitch(notificationKindTitle(kind), kindKey(kind), true,
                  u"notify_"_s + notificationKindKey(kind));
    m_menu->addSeparator();
    addSwitch(tr("Tray icon with the count"), trayKey, true, u"notifyTrayAction"_s);
    addSwitch(tr("Count in the window title"), titleCountKey, true, u"notifyTitleAction"_s);
    addSwitch(tr("Flash the taskbar entry"), urgencyKey, true, u"notifyUrgencyAction"_s);

    m_tray->setObjectName(u"trayIcon"_s);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray->setIcon(icon);
    auto *trayMenu = new QMenu(window);
    trayMenu->addAction(m_doNotDisturb);
    trayMenu->addAction(tr("Show Earshot"), window, [w = window] {
        w->showNormal();
        w->raise();
        w->activateWindow();
    });
    m_tray->setContextMenu(trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, window, [w = window] {
        w->showNormal();
        w->raise();
        w->activateWindow();
    });

    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &NotificationCenter::look);
    m_minute.setInterval(30'000);
    connect(&m_minute, &QTimer::timeout, this, &NotificationCenter::look);
    m_minute.start();
    connect(&session, &WorkspaceSession::casesChanged, this, &NotificationCenter::lookSoon);
    connect(&session, &WorkspaceSession::everythingChanged, this, &NotificationCenter::lookSoon);
    look(); // where telling starts: what came before is in the lists
    showCount();
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
}

QAction *NotificationCenter::addSwitch(const QString &title, const QString &settingKey,
                                       bool fallback, const QString &objectName)
{
    QAction *action = m_menu->addAction(title);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setChecked(switchedOn(settingKey, fallback));
    connect(action, &QAction::toggled, this, [this, settingKey](bool on) {
        m_settings.setText(settingKey, on ? u"true"_s : u"false"_s);
        showCount();
    });
    return action;
}

bool NotificationCenter::switchedOn(const QString &settingKey, bool fallback) const
{
    const std::optional<QString> stored = m_settings.text(settingKey);
    return stored ? *stored == u"true" : fallback;
}

NotificationChoices NotificationCenter::choices() const
{
    NotificationChoices choices;
    choices.doNotDisturb = switchedOn(doNotDisturbKey, false);
    for (const NotificationKind kind : allNotificationKinds) {
        if (!switchedOn(kindKey(kind), true))
            choices.off.insert(kind);
    }
    return choices;
}

bool NotificationCenter::titleCountShown() const
{
    return switchedOn(titleCountKey, true) && m_unseen > 0;
}

void NotificationCenter::lookSoon()
{
    if (!m_soon.isActive())
        m_soon.start();
}

void NotificationCenter::look()
{
    std::vector<AgentNotification> told;
    try {
        told = m_session.lookForNotifications(choices());
    } catch (const StoreError &e) {
        qCWarning(lcUi) << "Could not read what to notify:" << e.message();
        return;
    }
    if (told.empty())
        return;
    for (const AgentNotification &n : told) {
        if (m_notifier)
            m_notifier->notify(n.title, n.body);
    }
    qCInfo(lcUi) << "Notified the agent:" << told.size();
    m_unseen += int(told.size());
    if (switchedOn(urgencyKey, true) && !m_window->isActiveWindow())
        QApplication::alert(m_window);
    showCount();
}

void NotificationCenter::markSeen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    showCount();
}

void NotificationCenter::showCount()
{
    const bool tray = switchedOn(trayKey, true);
    m_tray->setToolTip(m_unseen > 0 ? tr("Earshot: %1 new for you").arg(m_unseen)
                                    : tr("Earshot: nothing new for you"));
    m_tray->setVisible(tray && QSystemTrayIcon::isSystemTrayAvailable());
    Q_EMIT unseenChanged(m_unseen);
}

} // namespace earshot
