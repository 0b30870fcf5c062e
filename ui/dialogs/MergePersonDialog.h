// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "people/PeopleQueries.h"

#include <QDialog>

#include <cstdint>
#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace earshot {

// Finds the person who is really the same human being as the one on screen (the same customer
// on another network) and shows both, with their handles, before anything is merged. The person
// on screen is kept; the chosen one's handles and cases move to them. The caller brings the
// search; the dialog never touches the workspace itself.
class MergePersonDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergePersonDialog)

public:
    // Called as the agent types, with the start of a name or handle; returns the people to list
    // (never `current`), for example WorkspaceSession::findPeople.
    using Search = std::function<std::vector<PersonSummary>(const QString &prefix)>;

    MergePersonDialog(PersonSummary current, Search search, QWidget *parent = nullptr);

    // After accept(): the person to merge into the current one.
    std::int64_t chosenPersonId() const { return m_chosenId; }
    const PersonSummary &current() const { return m_current; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showSelected();
    const PersonSummary *selected() const;

    PersonSummary m_current;
    Search m_search;
    std::vector<PersonSummary> m_results;
    std::int64_t m_chosenId = 0;

    QLineEdit *m_searchField;
    QListWidget *m_list;
    QLabel *m_status;
    QLabel *m_kept;
    QLabel *m_merged;
    QPushButton *m_merge;
};

} // namespace earshot
