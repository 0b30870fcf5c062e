// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QWidget;

namespace earshot {

class WorkspaceSession;

// What File offers besides Quit, and what an empty workspace shows where its cases would be:
// connect an account, import mentions from a file, or open the demo. A new workspace (started
// with --workspace on a new path) is then a place to begin, not a dead end.
class WorkspaceFiles final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceFiles)

public:
    // Opens a workspace in a window of its own; an empty path opens the demo workspace.
    using Opener = std::function<void(const QString &path)>;

    WorkspaceFiles(WorkspaceSession &session, QWidget *window);

    void addTo(QMenu *file);
    // Shown above the case list while the workspace holds no case.
    QFrame *emptyHint() const { return m_hint; }
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    // Reads whether the workspace is still empty and shows the hint accordingly.
    void updateEmptyHint();
    // Imports the JSON Lines file off the GUI thread; importFinished tells how it went.
    void importFrom(const QString &file);
    bool isImporting() const { return m_importing; }
    void openDemo();

Q_SIGNALS:
    void accountsRequested();
    void importFinished(const QString &summary);

private:
    void chooseAndImport();
    void chooseAndOpen();
    void chooseNew();

    WorkspaceSession &m_session;
    QWidget *m_window;
    Opener m_opener;
    QFrame *m_hint;
    QLabel *m_hintText;
    QPushButton *m_connect;
    QPushButton *m_import;
    QPushButton *m_demo;
    bool m_importing = false;
};

} // namespace earshot
