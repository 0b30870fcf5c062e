// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/SavedViews.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QMenu;
class QToolButton;

namespace earshot {

class WorkspaceSession;

// Picks, saves, renames and deletes the team's saved views (a queue, filters and a search under
// a name). Picking one asks the window to show it; saving takes what the window shows now.
class SavedViewsBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsBar)

public:
    SavedViewsBar(WorkspaceSession &session, std::function<SavedView()> current,
                  QWidget *parent = nullptr);

    // Reads the views again (they are the team's: another window may have changed them).
    void reload();
    const std::vector<SavedView> &views() const { return m_views; }
    // The asks of the menu, without their dialogs (the keyboard's and tests' way).
    void saveCurrentAs(const QString &name);
    void renameChosen(const QString &to);
    void deleteChosen();
    // The view picked in the box, or none.
    const SavedView *chosen() const;

Q_SIGNALS:
    void viewChosen(const earshot::SavedView &view);
    void message(const QString &text);

private:
    void onPicked(int index);
    void askName(const QString &title, const QString &label, const QString &text,
                 std::function<void(const QString &)> then);

    WorkspaceSession &m_session;
    std::function<SavedView()> m_current;
    std::vector<SavedView> m_views;
    QComboBox *m_box;
    QToolButton *m_button;
    QMenu *m_menu;
    QString m_select; // the view to pick once the views are read again (just saved or renamed)
};

} // namespace earshot
