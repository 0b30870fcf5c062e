// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <istream>
#include <optional>

namespace earshot {
struct SecretResult;
}

namespace earshot::cli {

// Says what went wrong on standard error and returns the Failed exit code.
int failWith(const QString &message);

// The account id an argument names (`earshot-cli account list` shows them); nothing, with the
// reason on standard error, when it is not a positive number (the caller exits with Usage).
std::optional<std::int64_t> accountIdArgument(const QString &text);

// Why an account's token could not be kept, in words; where no keychain runs, with the way out
// (--store-secret-in-file).
QString secretNotKept(const SecretResult &written);

// The JSON object of a settings file (guidelines, priority weights); nothing, with the reason on
// standard error, when the file cannot be read or is not JSON.
std::optional<nlohmann::json> readJsonFile(const QString &file);

// What a streaming command (import, learn) reads: the named file, or standard input for "-".
class InputFile final {
public:
    explicit InputFile(const QString &file);

    bool isOpen() const { return m_fromStdin || m_file.is_open(); }
    std::istream &stream();
    // For messages: the file's name, or "standard input".
    const QString &name() const { return m_name; }
    // Prints why the file could not be opened and returns the Failed exit code.
    int failToOpen() const;

private:
    bool m_fromStdin;
    std::ifstream m_file;
    QString m_name;
};

} // namespace earshot::cli
