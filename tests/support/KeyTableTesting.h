// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>

#include <gtest/gtest.h>

#include <initializer_list>

namespace earshot {

// Every value of `table` (the static_asserts beside a table hold it to every value of its enum)
// goes key -> value -> key through the functions callers use, and the keys in `refused` (other
// case, spaces, empty, made up) give nothing: keys come from files and older workspaces.
template <typename Enum, std::size_t N, typename KeyOf, typename FromKey>
void expectKeysRoundTrip(const KeyTable<Enum, N> &table, KeyOf keyOf, FromKey fromKey,
                         std::initializer_list<const char *> refused)
{
    for (const KeyEntry<Enum> &entry : table) {
        const QString key = keyOf(entry.value);
        EXPECT_EQ(key, QString::fromLatin1(entry.key));
        const auto back = fromKey(key);
        ASSERT_TRUE(back.has_value()) << entry.key;
        EXPECT_EQ(int(*back), int(entry.value)) << entry.key;
        EXPECT_EQ(keyOf(*back), key);
    }
    for (const char *key : refused)
        EXPECT_FALSE(fromKey(QString::fromUtf8(key)).has_value()) << '"' << key << '"';
}

} // namespace earshot
