// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QString>
#include <QStringList>

#include <ostream>

// Readable failures for the listening suite (it links no test support library).
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral(" | ")).toStdString() << ']';
}
QT_END_NAMESPACE

namespace earshot {
inline void PrintTo(Sentiment value, std::ostream *os)
{
    *os << sentimentKey(value).toStdString();
}
inline void PrintTo(Emotion value, std::ostream *os)
{
    const QString key = emotionKey(value);
    *os << (key.isEmpty() ? std::string("none") : key.toStdString());
}
} // namespace earshot
