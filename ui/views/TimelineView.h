// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseTimeline.h"

#include <QWidget>

#include <vector>

class QScrollArea;
class QVBoxLayout;

namespace earshot {

// A case's history: every event with who and when, newest at the bottom, all as plain text.
class TimelineView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // `keepPlace`: a live update of the case being read keeps the reader's scroll position;
    // another case opens at its latest event.
    void setEntries(const std::vector<TimelineEntry> &entries, bool keepPlace);
    void clear();

private:
    QScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
};

} // namespace earshot
