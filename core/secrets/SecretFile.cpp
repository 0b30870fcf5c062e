// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretFile.h"

#include "Tr.h"
#include "settings/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace earshot {

using namespace Qt::StringLiterals;

SecretFile::SecretFile(QString folder)
    : m_folder(std::move(folder))
{}

QString SecretFile::pathOf(const QString &key) const
{
    // The key names the workspace, network and handle: the file's name does not.
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_folder).filePath(u"secret-"_s + QString::fromLatin1(hash.toHex().left(32)));
}

std::optional<QString> SecretFile::write(const QString &key, const QString &secret) const
{
    if (m_folder.isEmpty())
        return Tr::tr("No folder for secret files is set.");
    PrivateFiles::makeFolder(m_folder);
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    // The owner's only before a byte of the secret is in it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8());
    if (!file.commit())
        return Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    PrivateFiles::restrictFile(file.fileName());
    return std::nullopt;
}

std::optional<QString> SecretFile::read(const QString &key, QString *problem) const
{
    if (m_folder.isEmpty())
        return std::nullopt;
    QFile file(pathOf(key));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

std::optional<QString> SecretFile::remove(const QString &key) const
{
    if (m_folder.isEmpty())
        return std::nullopt;
    QFile file(pathOf(key));
    if (file.exists() && !file.remove())
        return Tr::tr("Cannot remove %1: %2").arg(file.fileName(), file.errorString());
    return std::nullopt;
}

} // namespace earshot
