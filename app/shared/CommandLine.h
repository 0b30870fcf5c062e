// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot {

// The value of --lang, read before the full parser runs, so --help is already translated.
QString languageArgument(const QStringList &arguments);

} // namespace earshot
