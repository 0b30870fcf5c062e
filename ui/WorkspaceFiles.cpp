// SPDX-License-Identifier: Apache-2.0
#include "WorkspaceFiles.h"

#include "session/MentionFileImport.h"
#include "session/WorkspaceSession.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Another workspace opens in a window (a process) of its own, as `earshot --workspace` would.
void openInNewProcess(const QString &path)
{
    QStringList arguments;
    if (!path.isEmpty())
        arguments << u"--workspace"_s << path;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

QString fileFilter()
{
    return WorkspaceFiles::tr("Earshot workspaces (*.earshot);;All files (*)");
}

} // namespace

WorkspaceFiles::WorkspaceFiles(WorkspaceSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_opener(openInNewProcess)
    , m_hint(new QFrame(window))
    , m_hintText(new QLabel(m_hint))
    , m_connect(new QPushButton(tr("Connect an account..."), m_hint))
    , m_import(new QPushButton(tr("Import mentions from a file..."), m_hint))
    , m_demo(new QPushButton(tr("Open the demo workspace"), m_hint))
{
    m_hint->setObjectName(u"emptyWorkspaceHint"_s);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hintText->setObjectName(u"emptyWorkspaceText"_s);
    m_hintText->setTextFormat(Qt::PlainText);
    m_hintText->setWordWrap(true);
    m_connect->setObjectName(u"connectAccountButton"_s);
    m_import->setObjectName(u"importMentionsButton"_s);
    m_demo->setObjectName(u"openDemoButton"_s);
    auto *layout = new QVBoxLayout(m_hint);
    layout->addWidget(m_hintText);
    layout->addWidget(m_connect);
    layout->addWidget(m_import);
    layout->addWidget(m_demo);
    connect(m_connect, &QPushButton::clicked, this, &WorkspaceFiles::accountsRequested);
    connect(m_import, &QPushButton::clicked, this, &WorkspaceFiles::chooseAndImport);
    connect(m_demo, &QPushButton::clicked, this, &WorkspaceFiles::openDemo);
    m_hint->hide();
}

void WorkspaceFiles::addTo(QMenu *file)
{
    QAction *open = file->addAction(tr("&Open workspace..."), this, &WorkspaceFiles::chooseAndOpen);
    open->setObjectName(u"openWorkspaceAction"_s);
    QAction *fresh = file->addAction(tr("&New workspace..."), this, &WorkspaceFiles::chooseNew);
    fresh->setObjectName(u"newWorkspaceAction"_s);
    QAction *import =
        file->addAction(tr("&Import mentions..."), this, &WorkspaceFiles::chooseAndImport);
    import->setObjectName(u"importMentionsAction"_s);
    QAction *demo = file->addAction(tr("Open &demo workspace"), this, &WorkspaceFiles::openDemo);
    demo->setObjectName(u"openDemoAction"_s);
    file->addSeparator();
}

void WorkspaceFiles::updateEmptyHint()
{
    if (m_importing)
        return;
    bool empty = false;
    try {
        empty = m_session.hasNoCases();
    } catch (const StoreError &) {
        empty = false; // the window says what cannot be read elsewhere
    }
    m_hintText->setText(tr("This workspace holds no cases yet. Connect an account to hear "
                           "mentions, import mentions from a JSON Lines file, or try Earshot on "
                           "the demo workspace."));
    m_hint->setVisible(empty);
}

void WorkspaceFiles::importFrom(const QString &file)
{
    if (m_importing || file.isEmpty())
        return;
    m_importing = true;
    m_import->setEnabled(false);
    m_hintText->setText(tr("Importing mentions..."));
    MentionFileImport::start(
        m_session.path(), file, this, [this](const MentionFileImportResult &result) {
            m_importing = false;
            m_import->setEnabled(true);
            QString summary =
                result.error.isEmpty()
                    ? tr("Read %1 lines: %2 new mentions, %3 already known, %4 rejected.")
                          .arg(result.summary.lines)
                          .arg(result.summary.inserted)
                          .arg(result.summary.duplicates)
                          .arg(result.summary.rejected)
                    : tr("The import stopped: %1").arg(result.error);
            if (!result.problems.isEmpty())
                summary += u' ' + tr("First skipped: %1").arg(result.problems.first());
            updateEmptyHint();
            Q_EMIT importFinished(summary);
        });
}

void WorkspaceFiles::openDemo()
{
    m_opener(QString());
}

void WorkspaceFiles::chooseAndImport()
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import mentions"), QString(),
        tr("Mentions as JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
    importFrom(file);
}

void WorkspaceFiles::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open workspace"), QString(), fileFilter());
    if (!path.isEmpty())
        m_opener(path);
}

void WorkspaceFiles::chooseNew()
{
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("New workspace"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".earshot"_s))
        path += u".earshot"_s;
    m_opener(path);
}

} // namespace earshot
