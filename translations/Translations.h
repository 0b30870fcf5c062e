// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace earshot {

// Installs Earshot's translation for `language` ("de", "de_DE", "en"; empty means the system
// locale) and Qt's own where the system has it. Returns the locale in use.
QLocale installTranslations(QCoreApplication &app, const QString &language);

} // namespace earshot
