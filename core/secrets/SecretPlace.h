// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace earshot {

// Where one account's token is kept (account_connections.secret_place): the OS keychain, or a
// file of the person's own data folder that they chose over it (--store-secret-in-file).
enum class SecretPlace { Keychain, File };
inline constexpr KeyTable<SecretPlace, 2> secretPlaceKeyTable{{
    {SecretPlace::Keychain, "keychain"},
    {SecretPlace::File, "file"},
}};
static_assert(keytable::coversInOrder(secretPlaceKeyTable)
              && keytable::keysDistinct(secretPlaceKeyTable)
              && std::size_t(SecretPlace::File) + 1 == secretPlaceKeyTable.size());

inline QString secretPlaceKey(SecretPlace place)
{
    return keyIn(secretPlaceKeyTable, place);
}
inline std::optional<SecretPlace> secretPlaceFromKey(QStringView key)
{
    return valueIn(secretPlaceKeyTable, key);
}

} // namespace earshot
