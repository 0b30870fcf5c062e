// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace earshot {

// The opt-in for a computer without a keychain service: each secret in a file of its own, readable
// by its owner only (0600, in a 0700 folder of the person's data folder, never beside the
// workspace), named by a hash of its key. Plain text on disk: whoever can read the person's files
// can read the token; the command line says so when it writes one.
class SecretFile final {
public:
    explicit SecretFile(QString folder);

    // Each returns the problem in words, or nothing when it worked.
    std::optional<QString> write(const QString &key, const QString &secret) const;
    // The secret, or nothing (with `problem` set when the file exists but cannot be read).
    std::optional<QString> read(const QString &key, QString *problem = nullptr) const;
    // Removing a file that is not there is no problem.
    std::optional<QString> remove(const QString &key) const;

    QString pathOf(const QString &key) const;

private:
    QString m_folder;
};

} // namespace earshot
