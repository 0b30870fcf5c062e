// SPDX-License-Identifier: Apache-2.0
#include "CliSupport.h"

#include "CliCommands.h"
#include "ConsoleOutput.h"
#include "secrets/SecretStore.h"
#include "json/JsonInput.h"

#include <QCoreApplication>
#include <QFile>

#include <iostream>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int failWith(const QString &message)
{
    err() << message << Qt::endl;
    return Failed;
}

std::optional<std::int64_t> accountIdArgument(const QString &text)
{
    bool isNumber = false;
    const std::int64_t id = text.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return id;
    err() << Tr::tr("\"%1\" is not an account id (see earshot-cli account list).").arg(text)
          << Qt::endl;
    return std::nullopt;
}

QString secretNotKept(const SecretResult &written)
{
    if (written.status == SecretResult::Status::NoKeychain)
        return written.message + u' '
               + Tr::tr("Or add the account with --store-secret-in-file to keep its token in a "
                        "file only you can read (%1), in plain text.")
                     .arg(SecretStore::fileFolder());
    return Tr::tr("The token could not be stored: %1").arg(written.message);
}

std::optional<nlohmann::json> readJsonFile(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        failWith(Tr::tr("Cannot read %1: %2").arg(file, input.errorString()));
        return std::nullopt;
    }
    const std::string text = input.readAll().toStdString();
    JsonInput parsed = parseJsonInput(text);
    if (!parsed.ok()) {
        failWith(parsed.error->located(text, file));
        return std::nullopt;
    }
    return std::move(parsed.value);
}

InputFile::InputFile(const QString &file)
    : m_fromStdin(file == u"-")
    , m_name(m_fromStdin ? Tr::tr("standard input") : file)
{
    if (!m_fromStdin)
        m_file.open(file.toStdString(), std::ios::binary);
}

std::istream &InputFile::stream()
{
    return m_fromStdin ? std::cin : m_file;
}

int InputFile::failToOpen() const
{
    return failWith(Tr::tr("Cannot read %1: no such file or no permission.").arg(m_name));
}

} // namespace earshot::cli
