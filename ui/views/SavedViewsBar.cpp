// SPDX-License-Identifier: Apache-2.0
#include "views/SavedViewsBar.h"

#include "session/WorkspaceSession.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

namespace earshot {

using namespace Qt::StringLiterals;

SavedViewsBar::SavedViewsBar(WorkspaceSession &session, std::function<SavedView()> current,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_current(std::move(current))
    , m_box(new QComboBox(this))
    , m_button(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"savedViewsBar"_s);
    m_box->setObjectName(u"savedViews"_s);
    m_box->setAccessibleName(tr("Saved views"));
    m_box->setToolTip(tr("A queue with its filters and search, saved under a name for the team"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(12);
    m_button->setObjectName(u"savedViewsButton"_s);
    m_button->setText(tr("Views"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_menu->addAction(tr("Save the current view as..."), this, [this] {
        askName(tr("Save the view"), tr("Name of the view:"), {},
                [this](const QString &name) { saveCurrentAs(name); });
    });
    QAction *rename = m_menu->addAction(tr("Rename the chosen view..."), this, [this] {
        if (const SavedView *view = chosen())
            askName(tr("Rename the view"), tr("New name:"), view->name,
                    [this](const QString &name) { renameChosen(name); });
    });
    QAction *remove =
        m_menu->addAction(tr("Delete the chosen view"), this, &SavedViewsBar::deleteChosen);
    connect(m_menu, &QMenu::aboutToShow, this, [this, rename, remove] {
        rename->setEnabled(chosen() != nullptr);
        remove->setEnabled(chosen() != nullptr);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 1);
    layout->addWidget(m_button);
    connect(m_box, &QComboBox::activated, this, &SavedViewsBar::onPicked);
    connect(&session, &WorkspaceSession::savedViewsChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message(error);
        reload();
    });
    reload();
}

void SavedViewsBar::reload()
{
    const QString keep = m_select.isEmpty() && chosen() ? chosen()->name : m_select;
    m_select.clear();
    try {
        m_views = m_session.savedViews();
    } catch (const StoreError &e) {
        Q_EMIT message(e.message());
        return;
    }
    const QSignalBlocker quiet(m_box);
    m_box->clear();
    m_box->addItem(m_views.empty() ? tr("No saved views") : tr("Saved views"));
    for (const SavedView &view : m_views)
        m_box->addItem(view.name); // the team's words: a combo box item is plain text
    for (int i = 0; i < int(m_views.size()); ++i) {
        if (m_views[std::size_t(i)].name == keep)
            m_box->setCurrentIndex(i + 1);
    }
}

const SavedView *SavedViewsBar::chosen() const
{
    const int index = m_box->currentIndex() - 1;
    return index >= 0 && index < int(m_views.size()) ? &m_views[std::size_t(index)] : nullptr;
}

void SavedViewsBar::onPicked(int index)
{
    if (index >= 1 && index <= int(m_views.size()))
        Q_EMIT viewChosen(m_views[std::size_t(index - 1)]);
}

void SavedViewsBar::saveCurrentAs(const QString &name)
{
    SavedView view = m_current();
    view.name = name.trimmed();
    if (view.name.isEmpty())
        return;
    m_select = view.name;
    m_session.saveView(view);
}

void SavedViewsBar::renameChosen(const QString &to)
{
    const SavedView *view = chosen();
    if (!view || to.trimmed().isEmpty())
        return;
    m_select = to.trimmed();
    m_session.renameView(view->name, to);
}

void SavedViewsBar::deleteChosen()
{
    if (const SavedView *view = chosen())
        m_session.deleteView(view->name);
}

void SavedViewsBar::askName(const QString &title, const QString &label, const QString &text,
                            std::function<void(const QString &)> then)
{
    // Opened, not exec()'d: the window goes on while the agent types.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"viewNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [then = std::move(then)](const QString &name) { then(name); });
    dialog->open();
}

} // namespace earshot
