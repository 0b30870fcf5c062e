// SPDX-License-Identifier: Apache-2.0
#include "dialogs/ShortcutOverview.h"

#include "shortcuts/ShortcutRegistry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace earshot {

ShortcutOverview::ShortcutOverview(const ShortcutRegistry &registry, QWidget *parent)
    : QDialog(parent)
{
    auto *list = new QTreeWidget(this);
    setWindowTitle(tr("Keyboard shortcuts"));
    list->setObjectName(QStringLiteral("shortcutOverview"));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Command"), tr("Keys")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const ShortcutCommand::Group group : ShortcutCatalog::groups) {
        auto *heading = new QTreeWidgetItem(list, {ShortcutCatalog::groupTitle(group)});
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const ShortcutCommand &command : registry.commands()) {
            if (command.group == group)
                new QTreeWidgetItem(heading, {command.title, registry.keyText(command.id)});
        }
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 560);
}

} // namespace earshot
