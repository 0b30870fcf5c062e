// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Priority.h"

#include <QDialog>
#include <QStringList>

#include <map>

class QPlainTextEdit;
class QSpinBox;

namespace earshot {

// Where a team lead sets what triage weighs: the points behind every priority, and the handles
// of the team's staff, VIPs and customers (one a line). Shows what is set; the caller saves.
class TriageSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageSettingsDialog)

public:
    // `speakerLists`: staff, VIPs, customers, in that order.
    TriageSettingsDialog(const PriorityWeights &weights, const QList<QStringList> &speakerLists,
                         QWidget *parent = nullptr);

    PriorityWeights weights() const;
    QList<QStringList> speakerLists() const; // one handle a line, blank lines dropped

private:
    void restoreDefaults();

    std::map<QString, QSpinBox *> m_points;
    QList<QPlainTextEdit *> m_lists;
};

} // namespace earshot
