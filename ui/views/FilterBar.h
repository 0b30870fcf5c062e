// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Agents.h"
#include "cases/CaseFilter.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace earshot {

// Narrows every queue, and its count, to the cases a person wants to see: by network,
// sentiment, category, priority, language, risk, tag and assignee. Together with the search box.
class FilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setAgents(const std::vector<AgentRow> &agents);
    // The networks the network box offers (keys, in this order), besides "Any network".
    void offerNetworks(const QStringList &keys);
    CaseFilter filter() const;
    void clear();

Q_SIGNALS:
    void filterChanged(const earshot::CaseFilter &filter);

private:
    void emitChange();

    QComboBox *m_network;
    QComboBox *m_sentiment;
    QComboBox *m_category;
    QComboBox *m_priority;
    QComboBox *m_language;
    QComboBox *m_risk;
    QLineEdit *m_tag;
    QComboBox *m_assignee;
    QToolButton *m_clear;
    bool m_clearing = false;
};

} // namespace earshot
