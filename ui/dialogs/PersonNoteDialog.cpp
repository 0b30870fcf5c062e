// SPDX-License-Identifier: Apache-2.0
#include "dialogs/PersonNoteDialog.h"

#include "PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

PersonNoteDialog::PersonNoteDialog(const QString &personName, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setObjectName(u"personNoteDialog"_s);
    setWindowTitle(tr("Note about %1").arg(outsidePiece(personName)));
    auto *hint = new QLabel(tr("What should a colleague know before answering this person?"), this);
    hint->setWordWrap(true);
    m_edit->setObjectName(u"personNoteEdit"_s);
    m_edit->setPlainText(note);
    m_edit->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(420, 260);
}

QString PersonNoteDialog::note() const
{
    return m_edit->toPlainText();
}

} // namespace earshot
