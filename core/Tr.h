// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace earshot {

// Translation context for code in core that is not a QObject (Qt Creator's habit).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace earshot
