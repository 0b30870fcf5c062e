// SPDX-License-Identifier: Apache-2.0
#include "settings/AppSettings.h"

namespace earshot {

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

} // namespace earshot
