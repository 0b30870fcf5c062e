// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Priority.h"
#include "listening/Reading.h"

#include <QDialog>
#include <QStringList>

#include <map>

class QCheckBox;
class QPlainTextEdit;
class QSpinBox;

namespace earshot {

// Where a team lead sets what triage weighs: the points behind every priority, the handles of
// the team's staff, VIPs and customers (one a line), and the risks "Take the next case" leaves
// to a lead. Shows what is set; the caller saves.
class TriageSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageSettingsDialog)

public:
    // `speakerLists`: staff, VIPs, customers, in that order.
    TriageSettingsDialog(const PriorityWeights &weights, const QList<QStringList> &speakerLists,
                         RiskFlags leadRisks, QWidget *parent = nullptr);

    PriorityWeights weights() const;
    QList<QStringList> speakerLists() const; // one handle a line, blank lines dropped
    RiskFlags leadRisks() const;

private:
    QWidget *leadRisksPage(RiskFlags leadRisks);
    void restoreDefaults();

    std::map<QString, QSpinBox *> m_points;
    QList<QPlainTextEdit *> m_lists;
    std::map<Risk, QCheckBox *> m_leadRisks;
};

} // namespace earshot
