// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// Workspaces hold private messages, and settings name the people who work on them: both are
// kept readable by their owner only (folders 0700, files 0600), whatever the umask.
namespace PrivateFiles {
// Creates the folder (and its parents) if needed and makes it the owner's only: only for
// Earshot's own folders (its data and settings folders), never one a person chose.
void makeFolder(const QString &path);
// Makes an existing file the owner's only; a missing file is left alone.
void restrictFile(const QString &path);
} // namespace PrivateFiles

} // namespace earshot
