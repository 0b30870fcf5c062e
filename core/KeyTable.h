// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace earshot {

// One enum's stable keys: how the workspace's SQL text, JSON files and the command line spell its
// values. The table is the only place a key is written; both directions read it, so a key cannot
// be spelled two ways, and a value without a key is caught by the static_asserts beside a table.

template <typename Enum> struct KeyEntry {
    Enum value;
    const char *key;
};

template <typename Enum, std::size_t N> using KeyTable = std::array<KeyEntry<Enum>, N>;

// The key of `value`; empty for a value the table leaves out (Emotion::None, say).
template <typename Enum, std::size_t N>
QLatin1String keyIn(const KeyTable<Enum, N> &table, Enum value)
{
    for (const KeyEntry<Enum> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.key);
    }
    return {};
}

// The value spelled `key`, exactly (keys are lower case; nothing is trimmed or folded); nothing
// for a key the table does not hold.
template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const KeyTable<Enum, N> &table, QStringView key)
{
    for (const KeyEntry<Enum> &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

// Every key of the table, in its order.
template <typename Enum, std::size_t N> QStringList keysIn(const KeyTable<Enum, N> &table)
{
    QStringList keys;
    keys.reserve(qsizetype(N));
    for (const KeyEntry<Enum> &entry : table)
        keys.append(QLatin1String(entry.key));
    return keys;
}

namespace keytable {

constexpr bool sameKey(const char *a, const char *b)
{
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

// For the static_asserts beside each table.

// The table lists the values first, first + 1, ... of the enum, once each, in the enum's order:
// with N as the enum's count of values, every value has a key.
template <typename Enum, std::size_t N>
constexpr bool coversInOrder(const KeyTable<Enum, N> &table, std::size_t first = 0)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (static_cast<std::size_t>(table[i].value) != first + i)
            return false;
    }
    return true;
}

// No key is empty and no two are the same.
template <typename Enum, std::size_t N> constexpr bool keysDistinct(const KeyTable<Enum, N> &table)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].key == nullptr || table[i].key[0] == '\0')
            return false;
        for (std::size_t j = i + 1; j < N; ++j) {
            if (sameKey(table[i].key, table[j].key))
                return false;
        }
    }
    return true;
}

} // namespace keytable

} // namespace earshot
