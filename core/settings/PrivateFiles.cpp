// SPDX-License-Identifier: Apache-2.0
#include "settings/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace earshot::PrivateFiles {

void makeFolder(const QString &path)
{
    QDir().mkpath(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void restrictFile(const QString &path)
{
    if (QFileInfo(path).isFile())
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace earshot::PrivateFiles
