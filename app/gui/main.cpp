// SPDX-License-Identifier: Apache-2.0
// earshot: the console window.
#include "AppPaths.h"
#include "CaseSwitchProbe.h"
#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "Error.h"
#include "FirstPaintProbe.h"
#include "LogSink.h"
#include "MainWindow.h"
#include "RecoveryOffer.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "logging/LogCategories.h"
#include "secrets/SecretStore.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "shortcuts/ShortcutRegistry.h"
#include "store/Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMessageBox>

#include <memory>
#include <string_view>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Earshot)
};

// Platforms with no screen a person looks at: a modal dialog there waits for a click that never
// comes (a test, a script, a benchmark under QT_QPA_PLATFORM=offscreen).
bool nobodyCanSeeDialogs()
{
    const QString platform = QGuiApplication::platformName();
    return platform == u"offscreen" || platform == u"minimal";
}

int refuse(const QString &message)
{
    err() << message << Qt::endl;
    if (!nobodyCanSeeDialogs())
        QMessageBox::critical(nullptr, Tr::tr("Earshot cannot open the workspace"), message);
    return 1;
}

// --help and --version print text and quit: they must work without a display too.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const std::unique_ptr<QCoreApplication> application =
        onlyPrintsText(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                   : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setOrganizationName(u"Earshot"_s);
    QApplication::setApplicationName(u"Earshot"_s);
    QApplication::setApplicationDisplayName(u"Earshot"_s);
    QApplication::setApplicationVersion(QStringLiteral(EARSHOT_VERSION));
    QApplication::setDesktopFileName(u"earshot"_s);

    AppSettings settings;
    LogSink::applyRules(settings.value(Settings::logRules));
    const LogSink logSink(AppPaths::logFolder());
    SecretStore::setFileFolder(AppPaths::secretFolder());
    qCInfo(lcUi).noquote() << "Earshot" << QCoreApplication::applicationVersion()
                           << u"started (pid %1, Qt %2)"_s.arg(QCoreApplication::applicationPid())
                                  .arg(QString::fromLatin1(qVersion()));
    const QString language = languageArgument(QCoreApplication::arguments());
    installTranslations(app, language.isEmpty() ? settings.value(Settings::language) : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Earshot: a desktop console for social customer care."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        {u"w"_s, u"workspace"_s},
        Tr::tr("Open this workspace file (created if it does not exist). Without it, Earshot "
               "opens the demo workspace."),
        Tr::tr("path"));
    const QCommandLineOption langOption(u"lang"_s,
                                        Tr::tr("Language of the window (en, de); overrides the "
                                               "system language."),
                                        Tr::tr("code"));
    const QCommandLineOption agentOption(
        u"agent"_s, Tr::tr("Work as this agent of the workspace (its key, for example a-priya)."),
        Tr::tr("key"));
    parser.addOptions({workspaceOption, langOption, agentOption});
    parser.process(app);

    QString path = parser.value(workspaceOption);
    std::unique_ptr<WorkspaceSession> session;
    try {
        if (path.isEmpty()) {
            path = AppPaths::defaultWorkspace();
            AppPaths::ensureDemoWorkspace(path);
        }
        const QString agent = parser.isSet(agentOption) ? parser.value(agentOption)
                                                        : settings.value(Settings::agentKey);
        try {
            session = std::make_unique<WorkspaceSession>(path, agent);
        } catch (const DamagedWorkspaceError &e) {
            // A person can save what is readable into a new file and go on working there.
            if (nobodyCanSeeDialogs())
                throw;
            err() << e.message() << Qt::endl;
            path = offerRecovery(e);
            if (path.isEmpty())
                return 1;
            session = std::make_unique<WorkspaceSession>(path, agent);
        }
    } catch (const Error &e) {
        qCWarning(lcUi).noquote() << "The window cannot open a workspace:" << e.message();
        return refuse(e.message());
    }
    settings.setValue(Settings::agentKey, session->agent().key);

    MainWindow window(*session, settings);
    new TerminationSignals(&window);
    if (FirstPaintProbe::requested()) {
        auto *probe = new FirstPaintProbe(sinceStart, &window);
        window.findChild<QAbstractItemView *>(u"caseView"_s)->viewport()->installEventFilter(probe);
    }
    window.show();
    if (const int switches = CaseSwitchProbe::requestedSwitches(); switches > 0) {
        auto *probe = new CaseSwitchProbe(window.shortcuts()->action(ShortcutId::nextCase),
                                          window.findChild<QWidget *>(u"conversationThread"_s),
                                          switches, &window);
        probe->start();
    } else if (!FirstPaintProbe::requested()) {
        session->startFeeds();
    }
    const int exitCode = QApplication::exec();
    qCInfo(lcUi) << "Earshot's window closed, exit code" << exitCode;
    return exitCode;
}
