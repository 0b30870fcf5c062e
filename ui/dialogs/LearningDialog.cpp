// SPDX-License-Identifier: Apache-2.0
#include "dialogs/LearningDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

LearningDialog::LearningDialog(const QStringList &summary, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"learningDialog"_s);
    setWindowTitle(tr("What Earshot learned"));
    auto *intro = new QLabel(
        tr("When agents correct a case's sentiment or category, Earshot keeps the message and "
           "the correction, trains a small model of this workspace's own in the background, and "
           "blends it with its built-in reading only where that does better on corrections held "
           "back to check it."),
        this);
    intro->setWordWrap(true);
    auto *lines = new QLabel(summary.join(u"\n\n"_s), this);
    lines->setObjectName(u"learningSummary"_s);
    lines->setTextFormat(Qt::PlainText);
    lines->setWordWrap(true);
    lines->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *forget =
        buttons->addButton(tr("Forget what was learned..."), QDialogButtonBox::DestructiveRole);
    forget->setObjectName(u"forgetLearning"_s);
    connect(forget, &QPushButton::clicked, this, &LearningDialog::askToForget);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(lines);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 320);
}

void LearningDialog::askToForget()
{
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("Forget what was learned"),
        tr("Every correction kept for learning and every model trained from them will be gone. "
           "The cases keep their corrections and their history."),
        QMessageBox::Cancel, this);
    question->setObjectName(u"forgetLearningQuestion"_s);
    QPushButton *confirm = question->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button != confirm)
            return;
        Q_EMIT forgetRequested();
        accept();
    });
    question->open();
}

} // namespace earshot
