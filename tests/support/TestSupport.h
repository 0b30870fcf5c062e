// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseStatus.h"
#include "ingest/Mention.h"
#include "listening/Reading.h"
#include "people/PersonBadges.h"
#include "replies/OutboxState.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

// Qt strings readable in GoogleTest failure messages.
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace earshot {

// The vocabulary's enums by their keys in failure messages (found by argument lookup).
inline void PrintTo(CaseStatus value, std::ostream *os)
{
    *os << caseStatusKey(value).toStdString();
}
inline void PrintTo(OutboxState value, std::ostream *os)
{
    *os << outboxStateKey(value).toStdString();
}
inline void PrintTo(Badge value, std::ostream *os)
{
    *os << badgeKey(value).toStdString();
}
inline void PrintTo(Sentiment value, std::ostream *os)
{
    *os << sentimentKey(value).toStdString();
}
inline void PrintTo(Category value, std::ostream *os)
{
    *os << categoryKey(value).toStdString();
}
inline void PrintTo(Emotion value, std::ostream *os)
{
    *os << (value == Emotion::None ? std::string("none") : emotionKey(value).toStdString());
}

} // namespace earshot

namespace earshot::test {

// What a person reads of a widget's text: the isolates around each piece of outside text
// (U+2066-U+2069) take no room and are not seen.
inline QString seen(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
    return text;
}

QString dataFile(const QString &name);

// A folder that exists for one test and is removed afterwards.
class TempFolder {
public:
    TempFolder();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// Writes `content` to `name` in `folder` and gives its path.
QString writeFile(const TempFolder &folder, const QString &name, const QByteArray &content);

// A plausible mention; tests change the fields they care about.
Mention makeMention(const QString &id, const QString &authorId = QStringLiteral("u1"),
                    std::int64_t createdAtMs = 1'700'000'000'000);

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// What earshot-cli runs with in tests: this environment in a C.UTF-8 locale, its settings and
// data folders (and so its log files) in a folder of this test process, not the person's own.
QProcessEnvironment cliEnvironment();
// Runs earshot-cli with `arguments`, feeding `input` on standard input.
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {});
ProcessResult runCli(const QStringList &arguments, const QByteArray &input,
                     const QProcessEnvironment &environment);

} // namespace earshot::test
