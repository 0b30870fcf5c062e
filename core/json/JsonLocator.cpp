// SPDX-License-Identifier: Apache-2.0
#include "json/JsonLocator.h"

namespace earshot {

namespace {

// A forgiving scanner over text that has already parsed as JSON: it only needs to skip values
// and count lines, never to validate.
class Scanner {
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    {}

    int locate(const JsonPath &path)
    {
        skipSpace();
        return locateValue(path, 0);
    }

private:
    int locateValue(const JsonPath &path, std::size_t depth)
    {
        const int line = m_line;
        if (depth == path.size() || m_pos >= m_text.size())
            return line;
        const char c = m_text[m_pos];
        if (c == '{' && std::holds_alternative<std::string>(path[depth])) {
            const std::string &wanted = std::get<std::string>(path[depth]);
            ++m_pos;
            while (true) {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] == '}')
                    return line;
                const int keyLine = m_line;
                const std::string key = readString();
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                if (key == wanted) {
                    const int found = locateValue(path, depth + 1);
                    return depth + 1 == path.size() ? keyLine : found;
                }
                skipValue();
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',')
                    ++m_pos;
            }
        }
        if (c == '[' && std::holds_alternative<std::size_t>(path[depth])) {
            const std::size_t wanted = std::get<std::size_t>(path[depth]);
            ++m_pos;
            for (std::size_t index = 0;; ++index) {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] == ']')
                    return line;
                if (index == wanted)
                    return locateValue(path, depth + 1);
                skipValue();
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',')
                    ++m_pos;
            }
        }
        return line;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    std::string readString()
    {
        std::string out;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos; // keys with escapes are compared loosely; good enough to find a line
            out.push_back(m_text[m_pos++]);
        }
        ++m_pos; // closing quote
        return out;
    }

    void skipValue()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                readString();
                if (depth == 0)
                    return;
                continue;
            }
            if (c == '\n')
                ++m_line;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;
                if (--depth == 0) {
                    ++m_pos;
                    return;
                }
            } else if (depth == 0 && (c == ',' || c == '\n' || c == ' ')) {
                return;
            }
            ++m_pos;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
};

} // namespace

QString formatJsonPath(const JsonPath &path)
{
    QString out;
    for (const auto &part : path) {
        if (std::holds_alternative<std::size_t>(part)) {
            out += u'[' + QString::number(std::get<std::size_t>(part)) + u']';
        } else {
            if (!out.isEmpty())
                out += u'.';
            out += QString::fromStdString(std::get<std::string>(part));
        }
    }
    return out;
}

int lineOfJsonPath(std::string_view text, const JsonPath &path)
{
    return Scanner(text).locate(path);
}

} // namespace earshot
