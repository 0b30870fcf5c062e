// SPDX-License-Identifier: Apache-2.0
#include "clock/SecretRandom.h"

#include <QRandomGenerator>

#include <vector>

namespace earshot {

QByteArray secretRandomBytes(int count)
{
    std::vector<quint32> words(std::size_t((count + 3) / 4));
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), count);
}

} // namespace earshot
