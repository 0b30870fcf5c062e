// SPDX-License-Identifier: Apache-2.0
// Being told (issue 16, item 6): what one agent does reaches a colleague's window as a desktop
// notification, a count in the title and the tray; and a notification really travels over D-Bus
// to org.freedesktop.Notifications (a stand-in service on a private session bus).
#include "DemoWindowFixture.h"

#include "MainWindow.h"
#include "notify/DesktopNotifier.h"
#include "notify/NotificationCenter.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

struct Told {
    QString title;
    QString body;
};

class RecordingNotifier final : public Notifier {
public:
    explicit RecordingNotifier(std::vector<Told> *told)
        : m_told(told)
    {}
    void notify(const QString &title, const QString &body) override
    {
        m_told->push_back({title, body});
    }

private:
    std::vector<Told> *m_told;
};

class NotificationTest : public DemoWindowFixture {
protected:
    // A second agent's window on the same file, as a colleague at the next desk has it.
    void openColleague()
    {
        colleagueSettings =
            std::make_unique<AppSettings>(folder.path(QStringLiteral("colleague.ini")));
        colleague = std::make_unique<WorkspaceSession>(path, QStringLiteral("a-jon"));
        ASSERT_EQ(colleague->agent().name, QStringLiteral("Jon Pereira"));
        colleagueWindow = std::make_unique<MainWindow>(*colleague, *colleagueSettings);
        colleagueWindow->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(colleagueWindow.get()));
        colleagueWindow->notifications()->setNotifier(std::make_unique<RecordingNotifier>(&told));
    }

    // This window's agent assigns a case to Jon.
    void assignToJon(std::int64_t caseId)
    {
        std::int64_t jon = 0;
        for (const AgentRow &agent : session->agents()) {
            if (agent.key == QStringLiteral("a-jon"))
                jon = agent.id;
        }
        ASSERT_NE(jon, 0);
        CaseCommand assign;
        assign.kind = CaseCommand::Kind::Assign;
        assign.caseId = caseId;
        assign.assigneeId = jon;
        assign.seenVersion = session->cases().caseById(caseId)->version;
        QSignalSpy done(session.get(), &WorkspaceSession::commandDone);
        session->execute(assign);
        ASSERT_TRUE(done.wait(5000));
        ASSERT_TRUE(done.front().front().value<CommandOutcome>().ok);
    }

    std::vector<Told> told;
    std::unique_ptr<AppSettings> colleagueSettings;
    std::unique_ptr<WorkspaceSession> colleague;
    std::unique_ptr<MainWindow> colleagueWindow;
};

} // namespace

TEST_F(NotificationTest, AnAssignmentByOneAgentNotifiesTheOthersWindow)
{
    ASSERT_NO_FATAL_FAILURE(openColleague());
    ASSERT_NE(session->agent().name, colleague->agent().name);
    const QString title = colleagueWindow->windowTitle();
    ASSERT_NO_FATAL_FAILURE(assignToJon(1004));
    // Jon's window hears of it through the file, as from another process.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !told.empty(); }, 10000));
    ASSERT_EQ(told.size(), 1u);
    EXPECT_EQ(told[0].title, QStringLiteral("Case #1004 is yours"));
    EXPECT_TRUE(
        told[0].body.startsWith(session->agent().name + QStringLiteral(" assigned it to you.")))
        << told[0].body.toStdString();
    EXPECT_EQ(colleagueWindow->notifications()->unseen(), 1);
    EXPECT_EQ(colleagueWindow->windowTitle(), QStringLiteral("(1) ") + title);
    EXPECT_EQ(colleagueWindow->notifications()->trayIcon()->toolTip(),
              QStringLiteral("Earshot: 1 new for you"));
    // The agent who assigned is told nothing, and being back at the window clears the count.
    EXPECT_EQ(window->notifications()->unseen(), 0);
    colleagueWindow->notifications()->markSeen();
    EXPECT_EQ(colleagueWindow->windowTitle(), title);
}

TEST_F(NotificationTest, DoNotDisturbAndSwitchedOffKindsTellNothing)
{
    ASSERT_NO_FATAL_FAILURE(openColleague());
    NotificationCenter *center = colleagueWindow->notifications();
    // Switched in Settings → Notifications, and kept in the person's settings.
    auto *doNotDisturb =
        colleagueWindow->findChild<QAction *>(QStringLiteral("doNotDisturbAction"));
    ASSERT_TRUE(doNotDisturb);
    EXPECT_TRUE(center->menu()->actions().contains(doNotDisturb));
    doNotDisturb->trigger();
    EXPECT_TRUE(center->choices().doNotDisturb);
    EXPECT_EQ(colleagueSettings->text(QStringLiteral("notify/do_not_disturb")),
              std::optional<QString>(QStringLiteral("true")));
    QSignalSpy heard(colleague.get(), &WorkspaceSession::casesChanged);
    ASSERT_NO_FATAL_FAILURE(assignToJon(1004));
    ASSERT_TRUE(heard.wait(10000));
    center->look();
    EXPECT_TRUE(told.empty());
    EXPECT_EQ(center->unseen(), 0);
    // Back from "do not disturb", assignments switched off: still nothing for one.
    doNotDisturb->trigger();
    colleagueWindow->findChild<QAction *>(QStringLiteral("notify_assigned"))->trigger();
    EXPECT_EQ(center->choices().off.count(NotificationKind::Assigned), 1u);
    heard.clear();
    ASSERT_NO_FATAL_FAILURE(assignToJon(1003));
    ASSERT_TRUE(heard.wait(10000));
    center->look();
    EXPECT_TRUE(told.empty());
}

// A stand-in for the desktop's notification daemon, on a bus of the test's own.
class FakeNotificationService final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    std::vector<QStringList> received; // app, summary, body
    QStringList capabilities{QStringLiteral("body"), QStringLiteral("body-markup")};

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &app, uint /*replacesId*/, const QString & /*icon*/,
                const QString &summary, const QString &body, const QStringList & /*actions*/,
                const QVariantMap & /*hints*/, int /*timeout*/)
    {
        received.push_back({app, summary, body});
        return uint(received.size());
    }
};

TEST(DesktopNotifierTest, SendsToTheNotificationServiceOnTheSessionBus)
{
    TempFolder folder;
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"), QStringLiteral("--nofork"),
               QStringLiteral("--print-address=1"),
               QStringLiteral("--address=unix:path=") + folder.path(QStringLiteral("bus"))});
    ASSERT_TRUE(bus.waitForStarted(10000)) << bus.errorString().toStdString();
    QByteArray address;
    while (!address.contains('\n') && bus.waitForReadyRead(10000))
        address += bus.readAllStandardOutput();
    address = address.trimmed();
    ASSERT_FALSE(address.isEmpty());
    {
        QDBusConnection server = QDBusConnection::connectToBus(QString::fromUtf8(address),
                                                               QStringLiteral("fake-daemon"));
        ASSERT_TRUE(server.isConnected());
        FakeNotificationService service;
        ASSERT_TRUE(server.registerObject(QString::fromLatin1(DesktopNotifier::path), &service,
                                          QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(server.registerService(QString::fromLatin1(DesktopNotifier::service)));

        QDBusConnection client =
            QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("earshot"));
        ASSERT_TRUE(client.isConnected());
        DesktopNotifier notifier(client);
        // A customer's words with markup in them arrive as text, escaped for a markup reader.
        notifier.notify(QStringLiteral("Anna Kowalski wrote in case #1003"),
                        QStringLiteral("<b>still</b> waiting & angry"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !service.received.empty(); }, 10000));
        EXPECT_EQ(service.received[0][1], QStringLiteral("Anna Kowalski wrote in case #1003"));
        EXPECT_EQ(service.received[0][2],
                  QStringLiteral("&lt;b&gt;still&lt;/b&gt; waiting &amp; angry"));
        // A service that shows bodies as they are gets them as they are.
        service.capabilities = {QStringLiteral("body")};
        DesktopNotifier plain(client);
        QSignalSpy known(&plain, &DesktopNotifier::capabilitiesKnown);
        plain.notify(QStringLiteral("first"), QStringLiteral("a & b")); // asks, escapes meanwhile
        ASSERT_TRUE(known.wait(10000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return service.received.size() == 2; }, 10000));
        EXPECT_EQ(service.received[1][2], QStringLiteral("a &amp; b"));
        plain.notify(QStringLiteral("second"), QStringLiteral("a & b"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return service.received.size() == 3; }, 10000));
        EXPECT_EQ(service.received[2][2], QStringLiteral("a & b"));
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("earshot"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-daemon"));
    bus.terminate();
    bus.waitForFinished(5000);
}

#include "NotificationTest.moc"
