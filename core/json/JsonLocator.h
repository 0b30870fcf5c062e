// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace earshot {

// A path into a JSON document: object keys and array indexes ("mentions", 57, "author").
using JsonPath = std::vector<std::variant<std::string, std::size_t>>;

// `path + "field"` and `path + 3`: the path one step further in.
inline JsonPath operator+(JsonPath path, const char *key)
{
    path.emplace_back(std::string(key));
    return path;
}

inline JsonPath operator+(JsonPath path, std::size_t index)
{
    path.emplace_back(index);
    return path;
}

// "mentions[57].author"
QString formatJsonPath(const JsonPath &path);

// The 1-based line where the value at `path` starts in `text`; where the path leads nowhere (a
// missing field), the line of the deepest part that exists. The JSON library we parse with keeps
// no positions, and a person fixing a scenario file needs the line.
int lineOfJsonPath(std::string_view text, const JsonPath &path);

} // namespace earshot
