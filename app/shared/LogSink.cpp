// SPDX-License-Identifier: Apache-2.0
#include "LogSink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <utility>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QMutex sinkMutex;
RotatingLogFile *sinkFile = nullptr; // guarded by sinkMutex
std::atomic<QtMessageHandler> previousHandler = nullptr;
std::atomic<bool> terminalGetsEverything = false;
// A message logged while this thread writes one (Qt warning about the file itself) goes only to
// the terminal: the file's lock is held.
thread_local bool writingHere = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

QByteArray threadName()
{
    QThread *thread = QThread::currentThread();
    if (const QCoreApplication *app = QCoreApplication::instance(); app && app->thread() == thread)
        return "main";
    const QString name = thread ? thread->objectName() : QString();
    if (!name.isEmpty())
        return name.toUtf8();
    return "thread-" + QByteArray::number(quintptr(QThread::currentThreadId()), 16);
}

QByteArray formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                      + levelName(type) + ' ' + (context.category ? context.category : "default")
                      + " [" + threadName() + "] ";
    // One record a line: further lines of a message are indented under it.
    QByteArray text = message.toUtf8();
    text.replace('\n', "\n    ");
    line += text;
    line += '\n';
    return line;
}

bool isEarshots(const char *category)
{
    return category && std::strncmp(category, "earshot.", 8) == 0;
}

void toTerminal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (const QtMessageHandler previous = previousHandler.load()) {
        previous(type, context, message);
        return;
    }
    const QByteArray formatted = qFormatLogMessage(type, context, message).toLocal8Bit();
    std::fprintf(stderr, "%s\n", formatted.constData());
    std::fflush(stderr);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!writingHere) {
        writingHere = true;
        {
            const QMutexLocker locker(&sinkMutex);
            if (sinkFile)
                sinkFile->write(formatLine(type, context, message));
        }
        writingHere = false;
    }
    const bool quietByDefault =
        (type == QtDebugMsg || type == QtInfoMsg) && isEarshots(context.category);
    if (!quietByDefault || terminalGetsEverything)
        toTerminal(type, context, message);
}

} // namespace

LogSink::LogSink(const QString &folder, RotatingLogFile::Limits limits)
{
    terminalGetsEverything = qEnvironmentVariableIsSet("QT_LOGGING_RULES")
                             || qEnvironmentVariableIsSet("QT_LOGGING_CONF");
    {
        const QMutexLocker locker(&sinkMutex);
        sinkFile = new RotatingLogFile(folder, limits);
    }
    previousHandler = qInstallMessageHandler(handleMessage);
}

LogSink::~LogSink()
{
    qInstallMessageHandler(previousHandler.load());
    const QMutexLocker locker(&sinkMutex);
    delete std::exchange(sinkFile, nullptr);
}

QString LogSink::filePath() const
{
    const QMutexLocker locker(&sinkMutex);
    return sinkFile ? sinkFile->path() : QString();
}

void LogSink::applyRules(const QString &rules)
{
    QString lines = rules.trimmed();
    if (lines.isEmpty())
        return;
    lines.replace(u';', u'\n');
    QLoggingCategory::setFilterRules(lines);
}

} // namespace earshot
