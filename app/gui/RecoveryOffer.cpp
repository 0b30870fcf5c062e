// SPDX-License-Identifier: Apache-2.0
#include "RecoveryOffer.h"

#include "store/Workspace.h"
#include "store/WorkspaceRecovery.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace earshot {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Earshot)
};

QString suggestedName(const QString &damaged)
{
    const QFileInfo info(damaged);
    QString candidate =
        info.dir().filePath(info.completeBaseName() + QStringLiteral("-recovered.earshot"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(info.completeBaseName()
                                        + QStringLiteral("-recovered-%1.earshot").arg(n));
    return candidate;
}

} // namespace

QString offerRecovery(const DamagedWorkspaceError &error)
{
    QMessageBox box(QMessageBox::Critical, Tr::tr("The workspace is damaged"), error.message());
    box.setTextFormat(Qt::PlainText);
    QPushButton *recover =
        box.addButton(Tr::tr("Recover into a new file..."), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != recover)
        return {};
    const QString target = QFileDialog::getSaveFileName(
        nullptr, Tr::tr("Save what can be read into"), suggestedName(error.path()),
        Tr::tr("Earshot workspaces (*.earshot)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return {};
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const RecoveryReport report = recoverWorkspace(error.path(), target);
        QApplication::restoreOverrideCursor();
        QString summary = Tr::tr("Recovered %1 rows of %2 tables into %3.")
                              .arg(report.rowsCopied)
                              .arg(report.tablesCopied)
                              .arg(target);
        if (!report.lost.isEmpty())
            summary += u'\n' + Tr::tr("Could not be read: %1").arg(report.lost.join(u"; "));
        QMessageBox done(QMessageBox::Information, Tr::tr("Workspace recovered"), summary);
        done.setTextFormat(Qt::PlainText);
        done.exec();
        return report.problemsInNewFile.isEmpty() ? target : QString();
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox failed(QMessageBox::Critical, Tr::tr("Recovery failed"), e.message());
        failed.setTextFormat(Qt::PlainText);
        failed.exec();
        return {};
    }
}

} // namespace earshot
