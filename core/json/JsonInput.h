// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace earshot {

// Why outside JSON could not be read, and where.
struct JsonInputError {
    enum class Kind { NotJson, NotUtf8, NumberTooLarge };

    Kind kind = Kind::NotJson;
    std::size_t offset = 0; // 0-based byte offset of the first byte at fault
    QString detail;         // NotJson: the parser's words; NumberTooLarge: the number as written

    // In words, without the place: "not valid JSON (…)", "not valid UTF-8", "the number … is too
    // large to read".
    QString reason() const;
    // The same with the place inside one line: "not valid JSON at column 19".
    QString reasonAtColumn() const;
    // "name:line:column: reason" for a file `text` named `name`.
    QString located(std::string_view text, const QString &name) const;
};

// nlohmann::json's noexcept move checks its invariant through a function not marked noexcept:
// it asserts, it never throws.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct JsonInput {
    nlohmann::json value;
    std::optional<JsonInputError> error;

    bool ok() const { return !error; }
};

// Parses JSON that came from outside Earshot. Never throws: the JSON library reports a number
// beyond double range (1e400) with an out_of_range exception, not a parse error, so catching
// parse_error alone let one such field end the whole process. Every reader of outside JSON goes
// through here.
JsonInput parseJsonInput(std::string_view text);

// The 1-based line and column of byte `offset` (0-based) of `text`; columns count bytes.
std::pair<int, int> lineAndColumnOf(std::string_view text, std::size_t offset);

// The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or npos.
std::size_t firstInvalidUtf8(std::string_view text);

} // namespace earshot
