// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseDetails.h"

#include <QWidget>

class QLabel;

namespace earshot {

// What Earshot read in a case and why it stands where it does in the queue: sentiment, emotion,
// category, whether it needs a reply, its risks, the priority with its reasons ("Why priority 93
// now (65 when it came in): Legal threat +25 · Waiting 26 h +20 · …"), and the words in the
// customer's latest message that decided the reading, and whether the team leaves it to a lead.
// Explanations instead of a black box.
class TriagePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePanel)

public:
    explicit TriagePanel(QWidget *parent = nullptr);

    void showCase(const CaseDetails &details);

    static QString readingText(const CaseRow &row);
    static QString leadText(RiskFlags leftToLead); // "" when none of them
    static QString priorityText(const CaseRow &row, const PriorityBreakdown &now);
    static QString cuesText(const MentionReading &reading);
    // "Decided by: Complaint: the message of 7 Dec 09:14 “…”; …" ("" for a case of one message).
    static QString sourcesText(const CaseRow &row, const std::vector<ReadingSource> &sources);

private:
    QLabel *m_reading;
    QLabel *m_priority;
    QLabel *m_cues;
    QLabel *m_lead;
    QLabel *m_sources;
};

} // namespace earshot
