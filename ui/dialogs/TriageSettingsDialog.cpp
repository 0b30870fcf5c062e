// SPDX-License-Identifier: Apache-2.0
#include "dialogs/TriageSettingsDialog.h"

#include "cases/LeadRouting.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>

#include <QVBoxLayout>
#include <algorithm>

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;

TriageSettingsDialog::TriageSettingsDialog(const PriorityWeights &weights,
                                           const QList<QStringList> &speakerLists,
                                           RiskFlags leadRisks, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"triageSettingsDialog"_s);
    setWindowTitle(tr("Priorities, speakers and leads"));

    auto *weightsPage = new QWidget;
    auto *form = new QFormLayout(weightsPage);
    for (const QString &key : PriorityWeights::keys()) {
        auto *points = new QSpinBox(weightsPage);
        points->setObjectName(u"weight:"_s + key);
        points->setRange(-100, 100);
        points->setValue(weights.points(key));
        points->setAccessibleName(priorityWeightTitle(key));
        form->addRow(priorityWeightTitle(key), points);
        m_points.emplace(key, points);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(weightsPage);
    scroll->setWidgetResizable(true);
    auto *weightsTab = new QWidget;
    auto *weightsLayout = new QVBoxLayout(weightsTab);
    auto *weightsHint = new QLabel(
        tr("Points each signal adds to a case's priority (0 to 100 in all). They apply to every "
           "message read from now on; the case desk lists them under \"Why priority\"."),
        weightsTab);
    weightsHint->setWordWrap(true);
    weightsLayout->addWidget(weightsHint);
    weightsLayout->addWidget(scroll, 1);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(weightsTab, tr("Priority weights"));
    const QString titles[] = {tr("Staff"), tr("VIPs"), tr("Customers")};
    const QString hints[] = {
        tr("Handles of your staff: whoever writes from one is an employee."),
        tr("Handles whose people carry the VIP badge."),
        tr("Handles of known customers, for example from your customer records.")};
    for (int i = 0; i < 3; ++i) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *hint = new QLabel(hints[i] + u' '
                                    + tr("One a line: a handle for any network, or "
                                         "network:handle for one."),
                                page);
        hint->setWordWrap(true);
        auto *edit = new QPlainTextEdit(page);
        edit->setObjectName(u"speakers:"_s + QString::number(i));
        edit->setPlainText(speakerLists.value(i).join(u'\n'));
        edit->setTabChangesFocus(true);
        layout->addWidget(hint);
        layout->addWidget(edit, 1);
        tabs->addTab(page, titles[i]);
        m_lists.append(edit);
    }
    tabs->addTab(leadRisksPage(leadRisks), tr("Left to a lead"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &TriageSettingsDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    // Every tab whole and in sight (German's are longer): the dialog is as wide as its tabs.
    tabs->setUsesScrollButtons(false);
    tabs->tabBar()->setElideMode(Qt::ElideNone);
    resize(std::max(480, sizeHint().width()), 560);
}

QWidget *TriageSettingsDialog::leadRisksPage(RiskFlags leadRisks)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(
        tr("\"Take the next case\" hands cases with these risks to leads and admins only. "
           "Agents still see them in every queue and can open them; the case desk says who "
           "they are for."),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    for (const Risk risk : allRisks()) {
        auto *box = new QCheckBox(riskTitle(risk), page);
        box->setObjectName(u"leadRisk:"_s + riskKey(risk));
        box->setChecked(hasRisk(leadRisks, risk));
        layout->addWidget(box);
        m_leadRisks.emplace(risk, box);
    }
    layout->addStretch(1);
    return page;
}

void TriageSettingsDialog::restoreDefaults()
{
    const PriorityWeights defaults;
    for (const auto &[key, points] : m_points)
        points->setValue(defaults.points(key));
    for (const auto &[risk, box] : m_leadRisks)
        box->setChecked(hasRisk(LeadRouting::defaultRisks, risk));
}

RiskFlags TriageSettingsDialog::leadRisks() const
{
    RiskFlags risks = 0;
    for (const auto &[risk, box] : m_leadRisks) {
        if (box->isChecked())
            risks |= riskFlag(risk);
    }
    return risks;
}

PriorityWeights TriageSettingsDialog::weights() const
{
    nlohmann::json chosen = nlohmann::json::object();
    for (const auto &[key, points] : m_points)
        chosen[key.toStdString()] = points->value();
    QString unused;
    // Every key is one Earshot knows and every value in range: the spin boxes see to that.
    return PriorityWeights::fromJson(chosen, &unused).value_or(PriorityWeights());
}

QList<QStringList> TriageSettingsDialog::speakerLists() const
{
    QList<QStringList> lists;
    for (const QPlainTextEdit *edit : m_lists) {
        QStringList entries;
        for (const QString &line : edit->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                entries.append(line.trimmed());
        }
        lists.append(entries);
    }
    return lists;
}

} // namespace earshot
