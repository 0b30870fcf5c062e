// SPDX-License-Identifier: Apache-2.0
#include "settings/AppSettings.h"

#include "settings/PrivateFiles.h"

#include <QFileInfo>

namespace earshot {

namespace {

// The settings name the agent a person works as and the workspaces they open: their own, like
// the workspace itself. The folder first, so the file is never readable by others, even while
// QSettings writes it.
std::unique_ptr<QSettings> keptPrivate(std::unique_ptr<QSettings> settings)
{
    PrivateFiles::makeFolder(QFileInfo(settings->fileName()).absolutePath());
    return settings;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(keptPrivate(std::make_unique<QSettings>()))
{}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(keptPrivate(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)))
{}

AppSettings::~AppSettings()
{
    sync();
}

void AppSettings::sync()
{
    m_settings->sync();
    PrivateFiles::restrictFile(m_settings->fileName());
}

} // namespace earshot
