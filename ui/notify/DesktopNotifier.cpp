// SPDX-License-Identifier: Apache-2.0
#include "notify/DesktopNotifier.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace earshot {

using namespace Qt::StringLiterals;

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{}

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{}

QDBusConnection &DesktopNotifier::bus()
{
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    return *m_bus;
}

void DesktopNotifier::askCapabilities()
{
    m_asked = true;
    const QDBusMessage ask =
        QDBusMessage::createMethodCall(QString::fromLatin1(service), QString::fromLatin1(path),
                                       QString::fromLatin1(service), u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QStringList> reply = *call;
                if (!reply.isError())
                    m_bodyMarkup = reply.value().contains(u"body-markup"_s);
                call->deleteLater();
                Q_EMIT capabilitiesKnown();
            });
}

void DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (!m_asked)
        askCapabilities();
    QDBusMessage call =
        QDBusMessage::createMethodCall(QString::fromLatin1(service), QString::fromLatin1(path),
                                       QString::fromLatin1(service), u"Notify"_s);
    const QVariantMap hints{{u"urgency"_s, QVariant::fromValue<uchar>(1)},
                            {u"desktop-entry"_s, u"earshot"_s},
                            {u"category"_s, u"im.received"_s}};
    call << QCoreApplication::applicationName() << uint(0) << u"earshot"_s << title
         << (m_bodyMarkup ? body.toHtmlEscaped() : body) << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [](QDBusPendingCallWatcher *sent) {
        const QDBusPendingReply<uint> reply = *sent;
        if (reply.isError()) // the words are D-Bus's, never the notification's
            qCWarning(lcUi) << "Desktop notification not shown:" << reply.error().name();
        sent->deleteLater();
    });
}

} // namespace earshot
