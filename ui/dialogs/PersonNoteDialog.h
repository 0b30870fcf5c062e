// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QString>

class QPlainTextEdit;

namespace earshot {

// Writes the note about a person: what the next agent should know before answering them
// ("prefers German", "our partner's CTO"). Emptying it removes the note.
class PersonNoteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonNoteDialog)

public:
    PersonNoteDialog(const QString &personName, const QString &note, QWidget *parent = nullptr);

    QString note() const;

private:
    QPlainTextEdit *m_edit;
};

} // namespace earshot
