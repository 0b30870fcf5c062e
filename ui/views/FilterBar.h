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
    // Shows `filter` (a saved view's) and tells filterChanged once.
    void setFilter(const CaseFilter &filter);
    // A search narrows the list too: Clear is offered while one is active.
    void setSearchActive(bool active);

Q_SIGNALS:
    void filterChanged(const earshot::CaseFilter &filter);
    // The agent pressed Clear: the filters are cleared; the search box is cleared by its owner.
    void clearRequested();

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
    bool m_searchActive = false;
};

} // namespace earshot
