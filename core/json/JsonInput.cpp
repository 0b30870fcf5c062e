// SPDX-License-Identifier: Apache-2.0
#include "json/JsonInput.h"

#include "Tr.h"

namespace earshot {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

// The library's words for a syntax error, without its prefix and without the text it last read
// (outside text, possibly long): "[json.exception.parse_error.101] parse error at line 1, column
// 19: syntax error while parsing object key - invalid literal; last read: '…'; expected string
// literal" becomes "invalid literal; expected string literal".
QString syntaxDetail(const std::string &what)
{
    std::string_view text(what);
    if (const auto dash = text.find(" - "); dash != std::string_view::npos)
        text.remove_prefix(dash + 3);
    else if (const auto colon = text.find(": "); colon != std::string_view::npos)
        text.remove_prefix(colon + 2);
    std::string detail(text);
    const auto lastRead = detail.find("; last read: '");
    if (lastRead != std::string::npos) {
        const auto expected = detail.rfind("'; expected ");
        detail.erase(lastRead, expected != std::string::npos && expected >= lastRead
                                   ? expected + 1 - lastRead
                                   : std::string::npos);
    }
    return QString::fromUtf8(detail.data(), qsizetype(detail.size())).left(200);
}

// The library's DOM builder with errors recorded instead of thrown: the one path by which outside
// text becomes a json value.
class RecordingSax {
public:
    explicit RecordingSax(json &root)
        : m_dom(root, false)
    {}

    bool null() { return m_dom.null(); }
    bool boolean(bool value) { return m_dom.boolean(value); }
    bool number_integer(json::number_integer_t value) { return m_dom.number_integer(value); }
    bool number_unsigned(json::number_unsigned_t value) { return m_dom.number_unsigned(value); }
    bool number_float(json::number_float_t value, const json::string_t &text)
    {
        return m_dom.number_float(value, text);
    }
    bool string(json::string_t &value) { return m_dom.string(value); }
    bool binary(json::binary_t &value) { return m_dom.binary(value); }
    bool start_object(std::size_t size) { return m_dom.start_object(size); }
    bool key(json::string_t &value) { return m_dom.key(value); }
    bool end_object() { return m_dom.end_object(); }
    bool start_array(std::size_t size) { return m_dom.start_array(size); }
    bool end_array() { return m_dom.end_array(); }

    // `position` counts the bytes read, up to and including the one at fault.
    template <typename Exception>
    bool parse_error(std::size_t position, const std::string &lastToken, const Exception &e)
    {
        JsonInputError error;
        constexpr int numberOverflow = 406; // json.exception.out_of_range.406
        if (e.id == numberOverflow) {
            // A number beyond double range; it has been read whole, so it starts
            // lastToken.size() bytes back.
            error.kind = JsonInputError::Kind::NumberTooLarge;
            error.offset = position >= lastToken.size() ? position - lastToken.size() : 0;
            error.detail = QString::fromStdString(lastToken).left(40);
        } else {
            error.offset = position > 0 ? position - 1 : 0;
            error.detail = syntaxDetail(e.what());
        }
        m_error = error;
        return false;
    }

    const std::optional<JsonInputError> &error() const { return m_error; }

private:
    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    std::optional<JsonInputError> m_error;
};

} // namespace

QString JsonInputError::reason() const
{
    switch (kind) {
    case Kind::NotUtf8:
        return Tr::tr("not valid UTF-8");
    case Kind::NumberTooLarge:
        return Tr::tr("the number %1 is too large to read").arg(detail);
    case Kind::NotJson:
        break;
    }
    return detail.isEmpty() ? Tr::tr("not valid JSON") : Tr::tr("not valid JSON (%1)").arg(detail);
}

QString JsonInputError::reasonAtColumn() const
{
    const qint64 column = qint64(offset) + 1;
    switch (kind) {
    case Kind::NotUtf8:
        return Tr::tr("not valid UTF-8 at column %1").arg(column);
    case Kind::NumberTooLarge:
        return Tr::tr("the number %1 at column %2 is too large to read").arg(detail).arg(column);
    case Kind::NotJson:
        break;
    }
    return Tr::tr("not valid JSON at column %1").arg(column);
}

QString JsonInputError::located(std::string_view text, const QString &name) const
{
    const auto [line, column] = lineAndColumnOf(text, offset);
    return u"%1:%2:%3: %4"_s.arg(name).arg(line).arg(column).arg(reason());
}

JsonInput parseJsonInput(std::string_view text)
{
    JsonInput input;
    if (const std::size_t bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        input.error = JsonInputError{JsonInputError::Kind::NotUtf8, bad, {}};
        input.value = json(json::value_t::discarded);
        return input;
    }
    RecordingSax sax(input.value);
    bool parsed = false;
    try {
        parsed = json::sax_parse(text.begin(), text.end(), &sax);
    } catch (const json::exception &e) {
        // Not expected (the builder above throws nothing), but outside text must never end the
        // process: whatever the library raises is this text's fault.
        input.error = JsonInputError{JsonInputError::Kind::NotJson, 0, syntaxDetail(e.what())};
    }
    if (!input.error && sax.error())
        input.error = sax.error();
    if (!input.error && !parsed)
        input.error = JsonInputError{JsonInputError::Kind::NotJson, 0, {}};
    if (input.error)
        input.value = json(json::value_t::discarded);
    return input;
}

std::pair<int, int> lineAndColumnOf(std::string_view text, std::size_t offset)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::size_t firstInvalidUtf8(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The continuation bytes a lead byte needs, and the range its first one must fall in
        // (Unicode's table of well-formed UTF-8 byte sequences).
        int needed = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            needed = 1;
        } else if (lead == 0xE0) {
            needed = 2;
            low = 0xA0;
        } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
            needed = 2;
        } else if (lead == 0xED) {
            needed = 2;
            high = 0x9F;
        } else if (lead == 0xF0) {
            needed = 3;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            needed = 3;
        } else if (lead == 0xF4) {
            needed = 3;
            high = 0x8F;
        } else {
            return i;
        }
        if (size - i <= std::size_t(needed))
            return i;
        for (int k = 1; k <= needed; ++k) {
            const unsigned char next = bytes[i + std::size_t(k)];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max)
                return i;
        }
        i += std::size_t(needed) + 1;
    }
    return std::string_view::npos;
}

} // namespace earshot
