// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "CaseDesk.h"
#include "PlainText.h"
#include "WorkspaceFiles.h"
#include "cases/CaseRescorer.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/LearningDialog.h"
#include "dialogs/ListeningTermsDialog.h"
#include "dialogs/ShortcutOverview.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/TriageSettingsDialog.h"
#include "models/CaseListModel.h"
#include "models/QueueModel.h"
#include "notify/NotificationCenter.h"
#include "platforms/PlatformTraits.h"
#include "session/SessionAccounts.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "shortcuts/ShortcutRegistry.h"
#include "store/StoreError.h"
#include "views/CaseActionBar.h"
#include "views/FilterBar.h"
#include "views/MatchHighlightDelegate.h"
#include "views/ReplyComposer.h"
#include "views/SavedViewsBar.h"
#include "workspace/QueueCounter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <vector>

namespace earshot {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(WorkspaceSession &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_queueModel(new QueueModel(session.cases(), this))
    , m_caseModel(new CaseListModel(session.cases(), this))
{
    setObjectName(u"mainWindow"_s);
    // The workspace's name; the desktop adds "Earshot" (the application's display name) itself.
    const QString workspaceName = QFileInfo(session.path()).completeBaseName();
    m_title = session.isDemo() ? tr("%1 (demo workspace)").arg(workspaceName) : workspaceName;
    setWindowTitle(m_title);
    buildLayout();
    m_notifications = new NotificationCenter(session, settings, this);
    connect(m_notifications, &NotificationCenter::unseenChanged, this, &MainWindow::showTitle);
    buildActions();

    // Live counts are made on the counter's own thread, at most a few times a second, so a
    // spike on a big workspace never stalls the window.
    m_countRefresh.setSingleShot(true);
    m_countRefresh.setInterval(400);
    connect(&m_countRefresh, &QTimer::timeout, session.queueCounter(), &QueueCounter::request);
    connect(&m_countRefresh, &QTimer::timeout, this, &MainWindow::showWhatNeedsAttention);
    connect(session.accounts(), &SessionAccounts::changed, this,
            &MainWindow::showWhatNeedsAttention);
    connect(session.accounts(), &SessionAccounts::ready, this, &MainWindow::showWhatNeedsAttention);
    showWhatNeedsAttention();
    connect(session.queueCounter(), &QueueCounter::countsReady, m_queueModel,
            &QueueModel::setCounts);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_caseModel->setSearchText(m_search->text()); });

    connect(&session, &WorkspaceSession::casesChanged, this, &MainWindow::onCasesChanged);
    // Seen by this agent: only the row's unread style changes, the open case stays as it is.
    connect(&session, &WorkspaceSession::caseSeen, this, [this](qint64 caseId) {
        m_refreshingCases = true;
        m_caseModel->refreshCases({caseId});
        m_refreshingCases = false;
        keepCurrentCaseSelected();
    });
    connect(&session, &WorkspaceSession::everythingChanged, this, &MainWindow::onEverythingChanged);
    connect(&session, &WorkspaceSession::readFailed, this, &MainWindow::onReadFailed);
    connect(&session, &WorkspaceSession::damaged, this, &MainWindow::onWorkspaceDamaged);
    connect(&session, &WorkspaceSession::waitingForAnotherWriter, this, [this] {
        statusBar()->showMessage(tr("Waiting for another Earshot window or command to finish "
                                    "writing to this workspace; your changes follow."),
                                 5000);
    });
    connect(&session, &WorkspaceSession::mentionsArrived, this, &MainWindow::onMentionsArrived);
    connect(&session, &WorkspaceSession::writeFailed, this, &MainWindow::onWriteFailed);
    connect(&session, &WorkspaceSession::triageSettingsSaved, this,
            &MainWindow::onTriageSettingsSaved);
    connect(&session, &WorkspaceSession::learningReset, this, &MainWindow::onLearningReset);
    connect(m_desk, &CaseDesk::caseTaken, this, &MainWindow::onCaseTaken);
    connect(m_desk, &CaseDesk::caseRequested, this, &MainWindow::openCase);
    connect(m_desk, &CaseDesk::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_desk, &CaseDesk::readFailed, this, &MainWindow::onReadFailed);
    m_desk->reloadSettings();
    connect(&session, &WorkspaceSession::casesChanged, m_files, &WorkspaceFiles::updateEmptyHint);
    connect(&session, &WorkspaceSession::everythingChanged, m_files,
            &WorkspaceFiles::updateEmptyHint);
    connect(m_files, &WorkspaceFiles::accountsRequested, this, &MainWindow::showAccounts);
    connect(m_files, &WorkspaceFiles::importFinished, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 15000); });
    m_files->updateEmptyHint();
    connect(m_filters, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_filters, &FilterBar::clearRequested, this, &MainWindow::clearSearchAndFilters);
    try {
        m_filters->setAgents(session.agents());
    } catch (const StoreError &e) {
        onReadFailed(e.message());
    }
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_queueView = new QTreeView(this);
    m_queueView->setObjectName(u"queueView"_s);
    m_queueView->setModel(m_queueModel);
    m_queueView->setRootIsDecorated(false);
    m_queueView->setHeaderHidden(true);
    m_queueView->setUniformRowHeights(true);
    m_queueView->header()->setStretchLastSection(false);
    m_queueView->header()->setSectionResizeMode(QueueModel::TitleColumn, QHeaderView::Stretch);
    m_queueView->header()->setSectionResizeMode(QueueModel::CountColumn,
                                                QHeaderView::ResizeToContents);
    m_queueView->setAccessibleName(tr("Queues"));
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onQueueChanged);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(
        tr("Search (Ctrl+F): words, \"a phrase\", refund*, a name, @handle, #1175, a tag"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    // Keyboard first: Enter or Down in the search box goes to what it found.
    m_search->installEventFilter(this);

    m_caseView = new QTreeView(this);
    m_caseView->setObjectName(u"caseView"_s);
    m_caseView->setModel(m_caseModel);
    m_caseView->setRootIsDecorated(false);
    m_caseView->setUniformRowHeights(true); // lets the view skip measuring rows it never shows
    m_caseView->setAllColumnsShowFocus(true);
    // A click on the number, priority or last activity sorts by it; a third click gives the
    // triage order back. The list opens in the triage order.
    m_caseView->header()->setSortIndicatorClearable(true);
    m_caseView->header()->setSortIndicator(-1, Qt::DescendingOrder);
    m_caseView->setSortingEnabled(true);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setAccessibleName(tr("Cases"));
    m_caseView->header()->setStretchLastSection(false);
    m_caseView->header()->setSectionResizeMode(CaseListModel::SubjectColumn, QHeaderView::Stretch);
    // Narrow enough that the message keeps room in a 1280-pixel window; people widen what they
    // need, and the widths are kept.
    m_caseView->setColumnWidth(CaseListModel::NumberColumn, 55);
    m_caseView->setColumnWidth(CaseListModel::PriorityColumn,
                               std::max(50, headerWidth(CaseListModel::PriorityColumn)));
    m_caseView->setColumnWidth(CaseListModel::PersonColumn, 115);
    m_caseView->setColumnWidth(CaseListModel::NetworkColumn, 70);
    m_caseView->setColumnWidth(CaseListModel::StatusColumn, 60);
    m_caseView->setColumnWidth(CaseListModel::ActivityColumn, activityColumnWidth());
    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentCaseChanged);
    connect(m_caseModel, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentCaseChanged);
    connect(m_caseModel, &CaseListModel::readFailed, this, &MainWindow::onReadFailed);
    // What the search found is highlighted in the rows.
    m_caseView->setItemDelegate(new MatchHighlightDelegate(CaseListModel::MatchesRole, m_caseView));
    m_foundLabel = new QLabel(this);
    m_foundLabel->setObjectName(u"foundLabel"_s);
    m_foundLabel->setTextFormat(Qt::PlainText);
    m_foundLabel->hide();
    connect(m_caseModel, &CaseListModel::foundCountChanged, this, &MainWindow::onFoundCountChanged);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_views = new SavedViewsBar(
        m_session, [this] { return currentView(); }, this);
    connect(m_views, &SavedViewsBar::viewChosen, this, &MainWindow::showView);
    connect(m_views, &SavedViewsBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_views);
    middleLayout->addLayout(searchRow);
    middleLayout->addWidget(m_foundLabel);
    m_filters = new FilterBar(this);
    // The Simulation platform feeds demo workspaces only: elsewhere it is no network to filter by.
    QStringList networks = replyPlatformKeys();
    if (!m_session.isDemo())
        networks.removeAll(u"simulation"_s);
    m_filters->offerNetworks(networks);
    middleLayout->addWidget(m_filters);
    m_files = new WorkspaceFiles(m_session, this);
    middleLayout->addWidget(m_files->emptyHint());
    middleLayout->addWidget(m_caseView);

    m_desk = new CaseDesk(m_session, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_queueView);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_desk);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({170, 600, 510});
    setCentralWidget(m_splitter);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_workspaceLabel->setText(m_session.describe());
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(u"liveLabel"_s);
    m_liveLabel->setTextFormat(Qt::PlainText);
    m_agentLabel = new QLabel(tr("Working as %1").arg(outsidePiece(m_session.agent().name)), this);
    m_agentLabel->setObjectName(u"agentLabel"_s);
    m_agentLabel->setTextFormat(Qt::PlainText);
    m_attentionLabel = new QLabel(this);
    m_attentionLabel->setObjectName(u"attentionLabel"_s);
    m_attentionLabel->setTextFormat(Qt::PlainText);
    m_attentionLabel->setForegroundRole(QPalette::Link);
    m_attentionLabel->hide();
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_attentionLabel);
    statusBar()->addPermanentWidget(m_agentLabel);
    statusBar()->addPermanentWidget(m_liveLabel);
}

void MainWindow::buildActions()
{
    m_shortcuts = new ShortcutRegistry(this, m_settings, this);
    const auto command = [this](const QString &id) { return m_shortcuts->action(id); };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->addTo(file);
    file->addAction(command(ShortcutId::quit));
    connect(command(ShortcutId::quit), &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(command(ShortcutId::search), &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(command(ShortcutId::nextCase), &QAction::triggered, this,
            [this] { moveSelection(+1); });
    connect(command(ShortcutId::previousCase), &QAction::triggered, this,
            [this] { moveSelection(-1); });
    connect(command(ShortcutId::backToList), &QAction::triggered, this,
            [this] { m_caseView->setFocus(Qt::ShortcutFocusReason); });
    view->addActions({command(ShortcutId::search), command(ShortcutId::nextCase),
                      command(ShortcutId::previousCase), command(ShortcutId::backToList)});
    view->addSeparator();
    for (const Queue queue : allQueues) {
        QAction *go = command(ShortcutId::queue(queue));
        connect(go, &QAction::triggered, this, [this, queue] { selectQueue(queue); });
        view->addAction(go);
    }

    // Working the case: the desk does it, the keyboard and the Case menu ask.
    ReplyComposer *composer = m_desk->composer();
    CaseActionBar *actions = m_desk->actions();
    const std::vector<std::pair<QString, std::function<void()>>> caseCommands{
        {ShortcutId::takeNextCase, [this] { m_desk->takeNextCase(); }},
        {ShortcutId::openConversation, [this] { openConversation(); }},
        {ShortcutId::loadConversation, [this] { m_desk->loadWholeConversation(); }},
        {ShortcutId::reply, [this] { m_desk->startReply(); }},
        {ShortcutId::note, [this] { m_desk->startNote(); }},
        {ShortcutId::templates,
         [this, composer] {
             m_desk->startReply();
             composer->openTemplates();
         }},
        {ShortcutId::send, [composer] { composer->send(); }},
        {ShortcutId::sendAndNext, [composer] { composer->send({}, true); }},
        {ShortcutId::assign, [actions] { actions->assignToMe(); }},
        {ShortcutId::resolve, [actions] { actions->resolve(); }},
        {ShortcutId::snooze, [actions] { actions->showSnoozeMenu(); }},
    };
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    for (const auto &[id, run] : caseCommands) {
        connect(command(id), &QAction::triggered, this, run);
        caseMenu->addAction(command(id));
    }
    // Enter opens a case from the list only: in the search box, the tag field or a dialog it
    // belongs to them.
    command(ShortcutId::openConversation)->setShortcutContext(Qt::WidgetShortcut);
    m_caseView->addAction(command(ShortcutId::openConversation));
    m_takeNext = command(ShortcutId::takeNextCase);
    QToolBar *work = addToolBar(tr("Work"));
    work->setObjectName(u"workToolBar"_s);
    work->setMovable(false);
    work->addAction(m_takeNext);
    m_takeNext->setObjectName(u"takeNextCase"_s);
    m_takeNext->setToolTip(
        tr("Take the first unassigned case (highest priority, longest waiting) and make it yours"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(u"settingsMenu"_s);
    settings->addAction(tr("&Keyboard shortcuts..."), this, [this] {
        auto *dialog = new ShortcutsDialog(*m_shortcuts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->addAction(tr("&Priorities, speakers and leads..."), this,
                        &MainWindow::showTriageSettings);
    settings->addAction(tr("What Earshot &learned..."), this, &MainWindow::showLearning);
    settings->addAction(tr("&Accounts..."), this, &MainWindow::showAccounts);
    settings->addMenu(m_notifications->menu());
    settings->addAction(tr("Listening &terms..."), this, [this] {
        auto *dialog = new ListeningTermsDialog(&m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(command(ShortcutId::overview), &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addAction(command(ShortcutId::overview));
    help->addAction(tr("&About Earshot"), this, &MainWindow::showAbout);
}

void MainWindow::showTriageSettings()
{
    const TriageSettings settings = m_session.triageSettings();
    auto *dialog =
        new TriageSettingsDialog(settings.weights, settings.speakerLists, settings.leadRisks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session.saveTriageSettings(dialog->weights(), dialog->speakerLists(),
                                     dialog->leadRisks());
    });
    dialog->open();
}

void MainWindow::showLearning()
{
    auto *dialog = new LearningDialog(describeLearning(m_session.learningSummary()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LearningDialog::forgetRequested, &m_session,
            &WorkspaceSession::forgetLearning);
    dialog->open();
}

void MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_session.accounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onLearningReset(const QString &error)
{
    if (!error.isEmpty()) {
        onWriteFailed(error);
        return;
    }
    statusBar()->showMessage(tr("Earshot forgot what agents taught it."), 8000);
}

void MainWindow::onTriageSettingsSaved(const QString &error, int badged, int moved)
{
    if (!error.isEmpty()) {
        onWriteFailed(error);
        return;
    }
    statusBar()->showMessage(
        tr("Priorities, speakers and leads saved; %n known people gained a badge.", nullptr, badged)
            + u' ' + movedInQueueMessage(moved),
        8000);
    // The queue's order changed wherever priorities did: read the list again.
    if (moved > 0)
        m_caseModel->reloadAll();
}

// 1280x800 where the screen has room, else what it has: at 1280x720 a fixed 800 put the status
// bar and Send below the screen's edge. The room kept for the title bar and frame is a guess:
// they are not known before the window is shown.
QSize MainWindow::firstStartSize() const
{
    const QSize wanted(1280, 800);
    const QScreen *where = screen();
    if (where == nullptr)
        return wanted;
    const QSize room = where->availableGeometry().size() - QSize(16, 48);
    return wanted.boundedTo(room).expandedTo(minimumSizeHint());
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(Settings::windowGeometry)))
        resize(firstStartSize());
    QMainWindow::restoreState(m_settings.value(Settings::windowState));
    const QByteArray splitter = m_settings.value(Settings::splitterState);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = m_settings.value(Settings::caseListHeader);
    if (!header.isEmpty())
        m_caseView->header()->restoreState(header);
    selectQueue(queueFromKey(m_settings.value(Settings::lastQueue), Queue::New));
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::windowGeometry, saveGeometry());
    m_settings.setValue(Settings::windowState, QMainWindow::saveState());
    m_settings.setValue(Settings::splitterState, m_splitter->saveState());
    m_settings.setValue(Settings::caseListHeader, m_caseView->header()->saveState());
    m_settings.setValue(Settings::lastQueue, queueKey(m_caseModel->queue()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_desk->composer()->saveDraftNow();
    saveState();
    event->accept();
}

int MainWindow::headerWidth(int column) const
{
    QHeaderView *header = m_caseView->header();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString title =
        m_caseModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return header->fontMetrics().horizontalAdvance(title) + margin + 4;
}

int MainWindow::activityColumnWidth() const
{
    // As wide as the longest the locale writes: a weekday and an evening time ("Wed 10:58 PM"),
    // or a date.
    const QDate today(2026, 12, 19);
    const QDateTime evening(today.addDays(-3), QTime(22, 58));
    const QDateTime longAgo(today.addDays(-80), QTime(22, 58));
    const QFontMetrics metrics = m_caseView->fontMetrics();
    int widest = 0;
    for (const QDateTime &when : {evening, longAgo}) {
        widest = std::max(widest, metrics.horizontalAdvance(CaseListModel::activityText(
                                      when.toMSecsSinceEpoch(), today)));
    }
    // The column's title too: German's "Letzte Aktivität" is wider than any time.
    return std::max(widest + 2 * metrics.averageCharWidth() + 4,
                    headerWidth(CaseListModel::ActivityColumn));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *press = static_cast<QKeyEvent *>(event);
    const int key = press->key();
    if ((key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter)
        || (press->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    // Search now rather than after the typing pause, then open the first case found. With
    // nothing found the box keeps the focus, so the person can change the words.
    if (m_searchDelay.isActive()) {
        m_searchDelay.stop();
        m_caseModel->setSearchText(m_search->text());
    }
    if (m_caseModel->rowCount() == 0)
        return true;
    m_caseView->setFocus(Qt::OtherFocusReason);
    if (!m_caseView->currentIndex().isValid() && m_caseModel->rowCount() > 0)
        m_caseView->setCurrentIndex(m_caseModel->index(0, 0));
    return true;
}

void MainWindow::selectQueue(Queue queue)
{
    m_queueView->setCurrentIndex(m_queueModel->index(m_queueModel->rowOf(queue), 0));
}

void MainWindow::onQueueChanged()
{
    m_caseModel->setQueue(m_queueModel->queueAt(m_queueView->currentIndex().row()));
    // Opening a queue opens its first case, so the keyboard can go on from there.
    if (m_caseModel->rowCount() > 0 && !m_caseView->currentIndex().isValid())
        m_caseView->setCurrentIndex(m_caseModel->index(0, 0));
}

void MainWindow::onCurrentCaseChanged()
{
    // Rows leaving the list move the view's current row; the case being read stays open.
    if (m_refreshingCases)
        return;
    const CaseRow *row = m_caseModel->caseAt(m_caseView->currentIndex().row());
    if (!row) {
        m_currentCaseId = 0;
        m_desk->clear();
        return;
    }
    if (row->id != m_currentCaseId)
        showCase(row->id);
}

void MainWindow::showCase(std::int64_t caseId)
{
    m_currentCaseId = caseId;
    m_desk->showCase(caseId);
}

void MainWindow::onFilterChanged(const CaseFilter &filter)
{
    m_caseModel->setFilter(filter);
    m_session.queueCounter()->setScope(m_session.agent().id, filter);
    m_session.queueCounter()->request();
}

void MainWindow::onFoundCountChanged(int count)
{
    m_foundLabel->setVisible(count >= 0);
    m_foundLabel->setText(count == 0
                              ? tr("No case found in this queue")
                              : tr("Cases found in this queue: %1").arg(QLocale().toString(count)));
    m_filters->setSearchActive(count >= 0);
}

void MainWindow::clearSearchAndFilters()
{
    // Clear means every case of the queue again: the search goes too, at once.
    m_searchDelay.stop();
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_caseModel->setSearchText({});
}

SavedView MainWindow::currentView() const
{
    SavedView view;
    view.queue = m_caseModel->queue();
    view.filter = m_filters->filter();
    view.search = m_search->text().trimmed();
    return view;
}

void MainWindow::showView(const SavedView &view)
{
    selectQueue(view.queue);
    m_filters->setFilter(view.filter);
    m_searchDelay.stop();
    {
        const QSignalBlocker quiet(m_search);
        m_search->setText(view.search);
    }
    m_caseModel->setSearchText(view.search);
}

void MainWindow::openConversation()
{
    if (m_caseModel->rowCount() > 0 && !m_caseView->currentIndex().isValid())
        m_caseView->setCurrentIndex(m_caseModel->index(0, 0));
    m_desk->startReply();
}

// Selected in the list where it is there; otherwise opened beside it (it may be in another queue,
// or resolved), as the case being read.
void MainWindow::openCase(qint64 caseId)
{
    if (const int row = m_caseModel->rowOfCase(caseId); row >= 0) {
        m_caseView->setCurrentIndex(m_caseModel->index(row, 0));
        return;
    }
    showCase(caseId);
    keepCurrentCaseSelected();
}

void MainWindow::onCaseTaken(qint64 caseId)
{
    // The case is the agent's and open now: it shows in Next for me, Mine and All; from any
    // other queue the window goes to Mine.
    const Queue queue = m_caseModel->queue();
    if (queue != Queue::NextForMe && queue != Queue::Mine && queue != Queue::All)
        selectQueue(Queue::Mine);
    showCase(caseId);
    // Selected once the list has taken in the change, which arrives right after this.
    QTimer::singleShot(0, this, [this, caseId] {
        const int row = m_caseModel->rowOfCase(caseId);
        if (row < 0)
            return;
        const QSignalBlocker blocker(m_caseView->selectionModel());
        m_caseView->setCurrentIndex(m_caseModel->index(row, 0));
        m_caseView->scrollTo(m_caseModel->index(row, 0));
        m_caseView->viewport()->update();
    });
    m_desk->startReply();
    statusBar()->showMessage(tr("Case #%1 is yours now.").arg(caseId), 8000);
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_caseModel->rowCount();
    if (rows == 0)
        return;
    const int current = m_caseView->currentIndex().row();
    const int target = std::clamp(current < 0 ? 0 : current + delta, 0, rows - 1);
    m_caseView->setCurrentIndex(m_caseModel->index(target, 0));
    m_caseView->scrollTo(m_caseModel->index(target, 0));
}

void MainWindow::onCasesChanged(const QList<qint64> &caseIds)
{
    m_refreshingCases = true;
    m_caseModel->refreshCases(caseIds);
    m_refreshingCases = false;
    keepCurrentCaseSelected();
    if (m_currentCaseId != 0 && caseIds.contains(m_currentCaseId))
        showCase(m_currentCaseId);
    if (!m_countRefresh.isActive())
        m_countRefresh.start();
}

void MainWindow::onEverythingChanged()
{
    m_refreshingCases = true;
    m_caseModel->reloadAll();
    m_refreshingCases = false;
    keepCurrentCaseSelected();
    if (m_currentCaseId != 0)
        showCase(m_currentCaseId);
    if (!m_countRefresh.isActive())
        m_countRefresh.start();
}

// Said in the status bar until it is dealt with: replies whose fate a person must decide, and
// accounts that cannot hear.
void MainWindow::showWhatNeedsAttention()
{
    WorkspaceSession::NeedsAttention needs;
    try {
        needs = m_session.needsAttention();
    } catch (const StoreError &) {
        return; // the window says elsewhere that the workspace cannot be read
    }
    QStringList parts;
    if (needs.replies > 0)
        parts.append(tr("Replies to decide on: %1").arg(needs.replies));
    if (needs.accounts > 0)
        parts.append(tr("Accounts with a problem: %1").arg(needs.accounts));
    m_attentionLabel->setText(parts.join(u" · "_s));
    m_attentionLabel->setVisible(!parts.isEmpty());
}

void MainWindow::keepCurrentCaseSelected()
{
    // The case a person was reading stays selected; if it left this list it stays open and
    // nothing else is selected in its place.
    const int row = m_caseModel->rowOfCase(m_currentCaseId);
    if (m_caseView->currentIndex().row() != row || row < 0) {
        const QSignalBlocker blocker(m_caseView->selectionModel());
        if (row >= 0)
            m_caseView->setCurrentIndex(m_caseModel->index(row, 0));
        else
            m_caseView->selectionModel()->clear();
        m_caseView->viewport()->update();
    }
}

void MainWindow::onMentionsArrived(int count)
{
    m_arrivedThisSession += count;
    // Worded without a plural, so English needs no translation file of its own.
    const QLocale locale;
    m_liveLabel->setText(tr("Live: new mentions since opening: %1, the last at %2")
                             .arg(locale.toString(m_arrivedThisSession),
                                  locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::onWriteFailed(const QString &message)
{
    statusBar()->showMessage(tr("Could not save incoming mentions: %1").arg(message), 15000);
}

void MainWindow::onReadFailed(const QString &message)
{
    statusBar()->showMessage(tr("Could not read the workspace: %1").arg(message), 15000);
}

void MainWindow::onWorkspaceDamaged(const QString &message)
{
    // Stays until the window closes: nothing more is written to this file.
    m_workspaceLabel->setText(tr("Damaged - read only"));
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The workspace is damaged"), message,
                                QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    auto *overview = new ShortcutOverview(*m_shortcuts, this);
    overview->setAttribute(Qt::WA_DeleteOnClose);
    overview->open();
}

void MainWindow::showTitle()
{
    // "(3) demo (demo workspace)": what is new for the agent, where the taskbar shows it.
    setWindowTitle(m_notifications->titleCountShown()
                       ? tr("(%1) %2").arg(m_notifications->unseen()).arg(m_title)
                       : m_title);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_notifications->markSeen();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Earshot"),
                       tr("Earshot %1\nA desktop console for social customer care.\n"
                          "Licensed under the Apache License 2.0.")
                           .arg(QStringLiteral(EARSHOT_VERSION)));
}

} // namespace earshot
