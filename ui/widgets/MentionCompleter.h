// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/Agents.h"

#include <QObject>

#include <vector>

class QCompleter;
class QPlainTextEdit;
class QStandardItemModel;

namespace earshot {

// Completes colleagues after "@" in a text field, as a note names them ("@Mira"): typing "@" and
// the start of a first name or key offers the team; Enter or Tab takes one, Escape closes the
// list. What it inserts is what CaseCommands reads as a mention: the first name, or the agent's
// key where two colleagues share that first name.
class MentionCompleter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionCompleter)

public:
    explicit MentionCompleter(QPlainTextEdit *edit);

    void setColleagues(const std::vector<AgentRow> &agents);
    // Only notes name colleagues: a reply to a customer gets no list.
    void setActive(bool active);
    QCompleter *completer() const { return m_completer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void insert(const QString &word);
    // The word after "@" that ends at the cursor, or a null string when the cursor is not in one.
    QString wordBeingTyped() const;

    QPlainTextEdit *m_edit;
    QStandardItemModel *m_colleagues;
    QCompleter *m_completer;
    bool m_active = false;
};

} // namespace earshot
