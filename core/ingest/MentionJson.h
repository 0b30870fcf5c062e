// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>
#include <string_view>

namespace earshot {

// Reads one normalized mention from a JSON value. On failure returns nothing and sets *error to
// the field and the reason ("author.handle: is missing"). Unknown fields are ignored.
std::optional<Mention> mentionFromJson(const nlohmann::json &object, QString *error);
// Parses one line of JSON Lines; *error names the column for syntax errors.
std::optional<Mention> mentionFromJsonLine(std::string_view line, QString *error);
nlohmann::json mentionToJson(const Mention &mention);

// RFC 3339 ("2026-11-23T09:15:00Z", "...+01:00", fractional seconds) to UTC milliseconds.
std::optional<std::int64_t> parseRfc3339(const QString &text);
QString formatRfc3339(std::int64_t utcMs);

} // namespace earshot
