// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace earshot {

// The string at `key` of a JSON object from outside (a network's answer, a stored payload), or
// an empty string when it is not an object, lacks the key or holds another type there. Read
// field by field with the type checked: json::value() throws when a key holds another type.
QString jsonString(const nlohmann::json &object, const char *key);

} // namespace earshot
