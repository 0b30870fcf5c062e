// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace earshot {

class WorkspaceSession;

// Settings → Listening terms: the words, "phrases" and #hashtags Earshot searches the networks
// for (beside the mentions addressed to the brand), on every network or one; what each heard
// last and when; adding and removing them. Changes are written by the session's writer and
// reach the connected accounts from their next cycle.
class ListeningTermsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListeningTermsDialog)

public:
    explicit ListeningTermsDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads the terms again (after a change, or when a person asks).
    void reload();

private:
    void addTerm();
    void removeSelected();
    void showProblem(const QString &problem);

    WorkspaceSession *m_session;
    QTableWidget *m_table;
    QLineEdit *m_term;
    QComboBox *m_network;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace earshot
