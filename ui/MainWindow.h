// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseFilter.h"
#include "cases/Queue.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace earshot {

class AppSettings;
class CaseListModel;
class CaseDesk;
class FilterBar;
class NotificationCenter;
class SavedViewsBar;
struct SavedView;
class QueueModel;
class ShortcutRegistry;
class WorkspaceFiles;
class WorkspaceSession;

// The console: queues on the left, the case list in the middle, the selected case's
// conversation on the right, and a status bar that says which workspace and what feeds it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(WorkspaceSession &session, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseListModel() const { return m_caseModel; }
    QueueModel *queueModel() const { return m_queueModel; }
    void selectQueue(Queue queue);
    CaseDesk *desk() const { return m_desk; }
    // Every keyboard command as a QAction, by ShortcutId. Commands whose behaviour lives outside
    // buildActions() (reply, note, assign, resolve, snooze, send, send and next, templates, take
    // next, open the conversation) start disabled: whoever connects one enables it.
    ShortcutRegistry *shortcuts() const { return m_shortcuts; }
    // What the agent is told (desktop notifications, tray, title count, urgency hint).
    NotificationCenter *notifications() const { return m_notifications; }
    SavedViewsBar *savedViews() const { return m_views; }
    // File's workspace commands and the empty workspace's hint.
    WorkspaceFiles *workspaceFiles() const { return m_files; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int activityColumnWidth() const;
    // What a column's title needs to be read whole.
    int headerWidth(int column) const;
    void buildLayout();
    void buildActions();
    void restoreState();
    QSize firstStartSize() const;
    void saveState();

    void onQueueChanged();
    void onCurrentCaseChanged();
    void onCasesChanged(const QList<qint64> &caseIds);
    void onEverythingChanged();
    void keepCurrentCaseSelected();
    void showWhatNeedsAttention();
    void onMentionsArrived(int count);
    void showTriageSettings();
    void showLearning();
    void showAccounts();
    void onLearningReset(const QString &error);
    void onTriageSettingsSaved(const QString &error, int badged, int moved);
    void onWriteFailed(const QString &message);
    void onReadFailed(const QString &message);
    void onWorkspaceDamaged(const QString &message);
    void moveSelection(int delta);
    void showCase(std::int64_t caseId);
    void onCaseTaken(qint64 caseId);
    void openCase(qint64 caseId);
    void openConversation();
    void onFilterChanged(const earshot::CaseFilter &filter);
    void onFoundCountChanged(int count);
    void clearSearchAndFilters();
    SavedView currentView() const;
    void showView(const earshot::SavedView &view);
    void showShortcuts();
    void showAbout();
    void showTitle();

    WorkspaceSession &m_session;
    AppSettings &m_settings;
    QueueModel *m_queueModel;
    CaseListModel *m_caseModel;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_queueView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_foundLabel = nullptr; // how many cases the search found
    SavedViewsBar *m_views = nullptr;
    QTreeView *m_caseView = nullptr;
    CaseDesk *m_desk = nullptr;
    QLabel *m_agentLabel = nullptr;
    QAction *m_takeNext = nullptr;
    FilterBar *m_filters = nullptr;
    ShortcutRegistry *m_shortcuts = nullptr;
    NotificationCenter *m_notifications = nullptr;
    QString m_title; // without the count of what is new
    WorkspaceFiles *m_files = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_attentionLabel = nullptr; // replies and accounts that need a person
    QTimer m_countRefresh;
    QTimer m_searchDelay;
    std::int64_t m_currentCaseId = 0;
    bool m_refreshingCases = false;
    int m_arrivedThisSession = 0;
};

} // namespace earshot
