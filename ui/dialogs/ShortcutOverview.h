// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace earshot {

class ShortcutRegistry;

// The `?` overview: every command with the keys it answers to now, by group. Read-only; Esc
// closes it. The keys are changed in ShortcutsDialog.
class ShortcutOverview final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutOverview)

public:
    explicit ShortcutOverview(const ShortcutRegistry &registry, QWidget *parent = nullptr);
};

} // namespace earshot
