// SPDX-License-Identifier: Apache-2.0
#include "TextRecords.h"

#include "json/JsonInput.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A quoted field may hold line breaks, but one that runs on this long is an unclosed quote.
constexpr int maxLinesPerRecord = 200;
// How many lines that are not blank the detection of JSON Lines looks at.
constexpr int detectLines = 20;
constexpr qint64 readChunk = 64 * 1024;

bool isJsonObject(const QString &line)
{
    const std::string utf8 = line.toStdString();
    const JsonInput input = earshot::parseJsonInput(utf8);
    return input.ok() && input.value.is_object();
}

} // namespace

TextRecords::TextRecords(QTextStream &input, Format format, const QString &column)
    : m_input(input)
    , m_format(format)
    , m_column(column)
{}

std::optional<QString> TextRecords::nextLine()
{
    while (true) {
        for (qsizetype i = m_bufferPos; i < m_buffer.size(); ++i) {
            const QChar c = m_buffer.at(i);
            if (c != u'\n' && c != u'\r')
                continue;
            // A CR at the end of what was read may be the first half of CR LF.
            if (c == u'\r' && i + 1 == m_buffer.size() && !m_input.atEnd())
                break;
            QString line = m_buffer.mid(m_bufferPos, i - m_bufferPos);
            const bool crlf = c == u'\r' && i + 1 < m_buffer.size() && m_buffer.at(i + 1) == u'\n';
            m_bufferPos = i + (crlf ? 2 : 1);
            ++m_lineNumber;
            return line;
        }
        if (m_input.atEnd()) {
            if (m_bufferPos >= m_buffer.size())
                return std::nullopt;
            QString line = m_buffer.mid(m_bufferPos);
            m_buffer.clear();
            m_bufferPos = 0;
            ++m_lineNumber;
            return line;
        }
        m_buffer = m_buffer.mid(m_bufferPos) + m_input.read(readChunk);
        m_bufferPos = 0;
    }
}

std::optional<std::pair<qint64, QString>> TextRecords::nextNumberedLine()
{
    if (!m_lookahead.empty()) {
        std::pair<qint64, QString> line = std::move(m_lookahead.front());
        m_lookahead.pop_front();
        return line;
    }
    std::optional<QString> line = nextLine();
    if (!line)
        return std::nullopt;
    return std::pair<qint64, QString>{m_lineNumber, std::move(*line)};
}

void TextRecords::detectFormat()
{
    int looked = 0;
    int objects = 0;
    while (looked < detectLines) {
        const std::optional<QString> line = nextLine();
        if (!line)
            break;
        m_lookahead.emplace_back(m_lineNumber, *line);
        const QString trimmed = line->trimmed();
        if (trimmed.isEmpty())
            continue;
        if (looked++ == 0 && !trimmed.startsWith(u'{'))
            break;
        objects += isJsonObject(trimmed);
    }
    m_format = looked > 0 && 2 * objects > looked ? Format::JsonLines : Format::Lines;
    m_detected = true;
}

QString TextRecords::headerProblem()
{
    if (m_format != Format::Csv || m_headerRead)
        return m_headerProblem;
    m_headerRead = true;
    QStringList header;
    int used = 0;
    QString problem;
    while (m_pending.empty()) {
        const std::optional<QString> line = nextLine();
        if (!line)
            return m_headerProblem = Tr::tr("the file is empty: no header line");
        m_pending.push_back(*line);
        m_pendingFirstLine = m_lineNumber;
    }
    if (!splitCsv(&header, &used, &problem))
        return m_headerProblem = Tr::tr("line 1: header: %1").arg(problem);
    for (int i = 0; i < used; ++i)
        m_pending.pop_front();
    m_pendingFirstLine += used;
    for (QString &name : header)
        name = name.trimmed();
    m_columnIndex = int(header.indexOf(m_column));
    if (m_columnIndex < 0) {
        m_headerProblem = Tr::tr("there is no column \"%1\"; the columns are: %2")
                              .arg(m_column, header.join(u", "));
    }
    return m_headerProblem;
}

bool TextRecords::splitCsv(QStringList *fields, int *linesUsed, QString *problem)
{
    fields->clear();
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a comma or the end may follow
    std::size_t lineIndex = 0;
    while (true) {
        while (lineIndex >= m_pending.size()) {
            if (int(m_pending.size()) >= maxLinesPerRecord) {
                *problem = Tr::tr("a quoted field is not closed");
                *linesUsed = 1;
                return false;
            }
            const std::optional<QString> more = nextLine();
            if (!more) {
                *problem = Tr::tr("a quoted field is not closed before the end of the file");
                *linesUsed = 1;
                return false;
            }
            m_pending.push_back(*more);
        }
        const QString &line = m_pending[lineIndex];
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c != u'"') {
                    field.append(c);
                } else if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == u',') {
                fields->append(field);
                field.clear();
                afterQuote = false;
            } else if (afterQuote) {
                *problem = Tr::tr("text after a closing quote");
                *linesUsed = int(lineIndex) + 1;
                return false;
            } else if (c == u'"') {
                if (!field.isEmpty()) {
                    *problem = Tr::tr("a quote in the middle of an unquoted field");
                    *linesUsed = int(lineIndex) + 1;
                    return false;
                }
                quoted = true;
            } else {
                field.append(c);
            }
        }
        if (!quoted)
            break;
        field.append(u'\n');
        ++lineIndex;
    }
    fields->append(field);
    *linesUsed = int(lineIndex) + 1;
    return true;
}

std::optional<TextRecord> TextRecords::nextCsv()
{
    if (!headerProblem().isEmpty())
        return std::nullopt;
    // After a broken record, the lines after its start are read again as records of their
    // own; blank lines are no records.
    while (!m_pending.empty() && m_pending.front().trimmed().isEmpty()) {
        m_pending.pop_front();
        ++m_pendingFirstLine;
    }
    while (m_pending.empty()) {
        const std::optional<QString> line = nextLine();
        if (!line)
            return std::nullopt;
        if (line->trimmed().isEmpty())
            continue;
        m_pending.push_back(*line);
        m_pendingFirstLine = m_lineNumber;
    }
    TextRecord record;
    record.line = m_pendingFirstLine;
    QStringList fields;
    int used = 0;
    if (!splitCsv(&fields, &used, &record.problem)) {
        // Go on from the line after the broken record's start.
        m_pending.pop_front();
        ++m_pendingFirstLine;
        return record;
    }
    for (int i = 0; i < used; ++i)
        m_pending.pop_front();
    m_pendingFirstLine += used;
    if (m_columnIndex >= fields.size())
        record.problem =
            Tr::tr("%n field(s), no \"%1\"", nullptr, int(fields.size())).arg(m_column);
    else
        record.text = fields.at(m_columnIndex);
    return record;
}

std::optional<TextRecord> TextRecords::next()
{
    if (m_format == Format::Csv)
        return nextCsv();
    if (m_format == Format::Detect)
        detectFormat();
    const std::optional<std::pair<qint64, QString>> line = nextNumberedLine();
    if (!line)
        return std::nullopt;
    TextRecord record;
    record.line = line->first;
    // A blank line is a record with no text: one result per line, in order.
    if (line->second.trimmed().isEmpty())
        return record;
    if (m_format == Format::Lines) {
        record.text = line->second;
        return record;
    }
    const std::string utf8 = line->second.toStdString();
    const JsonInput input = parseJsonInput(utf8);
    const nlohmann::json &json = input.value;
    if (!input.ok())
        record.problem = input.error->reasonAtColumn();
    else if (!json.is_object())
        record.problem = Tr::tr("not a JSON object");
    else if (!json.contains("text") || !json["text"].is_string())
        record.problem = Tr::tr("no \"text\" string");
    else
        record.text = QString::fromStdString(json["text"].get<std::string>());
    if (!record.problem.isEmpty() && m_detected)
        record.problem = Tr::tr("%1 (read as JSON Lines; --format lines reads every line as plain "
                                "text)")
                             .arg(record.problem);
    return record;
}

} // namespace earshot::cli
