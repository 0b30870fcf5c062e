// SPDX-License-Identifier: Apache-2.0
#include "RotatingLogFile.h"

#include "settings/PrivateFiles.h"

#include <QDir>
#include <QLockFile>

#include <cstdio>
#include <sys/stat.h>

namespace earshot {

using namespace Qt::StringLiterals;

RotatingLogFile::RotatingLogFile(const QString &folder, Limits limits)
    : m_folder(folder)
    , m_path(QDir(folder).filePath(u"earshot.log"_s))
    , m_limits(limits)
{
    PrivateFiles::makeFolder(folder);
}

QString RotatingLogFile::rolledPath(int n) const
{
    return QDir(m_folder).filePath(u"earshot.%1.log"_s.arg(n));
}

bool RotatingLogFile::ensureOpen()
{
    if (m_file.isOpen() && isStillCurrent())
        return true;
    m_file.close();
    m_file.setFileName(m_path);
    // Unbuffered append: each line reaches the file in one write(2), whole, even when another
    // process appends to the same file at the same moment.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    PrivateFiles::restrictFile(m_path); // a file made by an older Earshot, or by hand
    return true;
}

// Whether the open file is still the one at m_path, or another process rolled it away.
bool RotatingLogFile::isStillCurrent() const
{
    struct stat open = {};
    struct stat named = {};
    if (::fstat(m_file.handle(), &open) != 0 || ::stat(QFile::encodeName(m_path), &named) != 0)
        return false;
    return open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

void RotatingLogFile::write(const QByteArray &line)
{
    if (!ensureOpen())
        return;
    m_file.write(line);
    if (m_file.size() >= m_limits.maxBytes)
        rollOver();
}

void RotatingLogFile::rollOver()
{
    QLockFile lock(QDir(m_folder).filePath(u"earshot.log.lock"_s));
    // Another process rolling over at the same moment: it does the job, this one writes on.
    if (!lock.tryLock(200))
        return;
    // Another process may have rolled over just before: then the named file is a new one.
    // rename(2), which replaces its target in one step (QFile::rename refuses to).
    const auto move = [](const QString &from, const QString &to) {
        ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData());
    };
    if (isStillCurrent()) {
        QFile::remove(rolledPath(m_limits.keep));
        for (int n = m_limits.keep - 1; n >= 1; --n)
            move(rolledPath(n), rolledPath(n + 1));
        if (m_limits.keep >= 1)
            move(m_path, rolledPath(1));
        else
            QFile::remove(m_path);
    }
    m_file.close();
    ensureOpen();
}

} // namespace earshot
