// SPDX-License-Identifier: Apache-2.0
#include "json/JsonFields.h"

namespace earshot {

QString jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

} // namespace earshot
