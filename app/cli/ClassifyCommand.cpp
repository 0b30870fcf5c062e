// SPDX-License-Identifier: Apache-2.0
#include "ClassifyCommand.h"

#include "CliCommands.h"
#include "ConsoleOutput.h"
#include "TextRecords.h"
#include "cases/CaseReading.h"
#include "cases/PrioritySettings.h"
#include "learning/LearnedModelStore.h"
#include "listening/MentionReader.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstdio>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The output is written by hand into one buffer of UTF-8: building a JSON tree per text, then
// a std::string, then a QString for a QTextStream cost as much as reading the text itself.
class JsonLine final {
public:
    void clear() { m_out.clear(); }
    const std::string &bytes() const { return m_out; }

    void raw(const char *text) { m_out.append(text); }
    void string(QStringView text)
    {
        m_out.push_back('"');
        const char16_t *s = text.utf16();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = s[i];
            if (u < 0x80) {
                if (u == u'"' || u == u'\\') {
                    m_out.push_back('\\');
                    m_out.push_back(char(u));
                } else if (u < 0x20) {
                    escapeControl(u);
                } else {
                    m_out.push_back(char(u));
                }
            } else if (u < 0x800) {
                m_out.push_back(char(0xc0 | (u >> 6)));
                m_out.push_back(char(0x80 | (u & 0x3f)));
            } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
                const char32_t c = QChar::surrogateToUcs4(u, s[++i]);
                m_out.push_back(char(0xf0 | (c >> 18)));
                m_out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
                m_out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
                m_out.push_back(char(0x80 | (c & 0x3f)));
            } else {
                // A lone surrogate is no character: U+FFFD, as a JSON reader expects.
                const char32_t c = QChar::isSurrogate(u) ? 0xfffd : u;
                m_out.push_back(char(0xe0 | (c >> 12)));
                m_out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
                m_out.push_back(char(0x80 | (c & 0x3f)));
            }
        }
        m_out.push_back('"');
    }
    void strings(const QStringList &list)
    {
        m_out.push_back('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                m_out.push_back(',');
            string(list[i]);
        }
        m_out.push_back(']');
    }
    void integer(qint64 value)
    {
        // By hand: snprintf's format parsing cost more than the rest of a line's numbers.
        char buffer[24];
        char *end = buffer + sizeof buffer;
        char *at = end;
        const bool negative = value < 0;
        quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
        do {
            *--at = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (negative)
            *--at = '-';
        m_out.append(at, std::size_t(end - at));
    }
    // Two decimals are all a reader of the output can use, and they keep lines short.
    void decimal(double value)
    {
        if (!std::isfinite(value))
            value = 0;
        const long long hundredths = std::llround(value * 100.0);
        if (hundredths < 0)
            m_out.push_back('-');
        const long long a = hundredths < 0 ? -hundredths : hundredths;
        integer(a / 100);
        m_out.push_back('.');
        m_out.push_back(char('0' + (a % 100) / 10));
        if (a % 10 != 0)
            m_out.push_back(char('0' + a % 10));
    }
    void boolean(bool value) { m_out.append(value ? "true" : "false"); }

private:
    void escapeControl(char16_t u)
    {
        switch (u) {
        case u'\n':
            m_out.append("\\n");
            return;
        case u'\r':
            m_out.append("\\r");
            return;
        case u'\t':
            m_out.append("\\t");
            return;
        case u'\b':
            m_out.append("\\b");
            return;
        case u'\f':
            m_out.append("\\f");
            return;
        default:
            break;
        }
        static const char hex[] = "0123456789abcdef";
        m_out.append("\\u00");
        m_out.push_back(hex[u >> 4]);
        m_out.push_back(hex[u & 0xf]);
    }

    std::string m_out;
};

void writeReading(JsonLine &json, qint64 line, const QString &text, const MentionReading &reading,
                  const PriorityBreakdown &priority)
{
    json.raw("{\"line\":");
    json.integer(line);
    json.raw(",\"text\":");
    json.string(text);
    json.raw(",\"language\":{\"code\":");
    if (reading.language.code.isEmpty())
        json.raw("null");
    else
        json.string(reading.language.code);
    json.raw(",\"confidence\":");
    json.decimal(reading.language.confidence);
    json.raw(",\"read\":");
    json.boolean(reading.read);
    json.raw("},\"sentiment\":{\"label\":");
    // A language Earshot does not read gets no reading, not a neutral observation.
    if (reading.read)
        json.string(sentimentKey(reading.sentiment.label));
    else
        json.raw("\"not read\"");
    json.raw(",\"score\":");
    json.decimal(reading.sentiment.score);
    json.raw(",\"confidence\":");
    json.decimal(reading.sentiment.confidence);
    json.raw(",\"cues\":");
    json.strings(reading.sentiment.cues);
    json.raw("},\"emotion\":{\"label\":");
    const QString emotion = emotionKey(reading.emotion.emotion);
    if (emotion.isEmpty())
        json.raw("null");
    else
        json.string(emotion);
    json.raw(",\"confidence\":");
    json.decimal(reading.emotion.confidence);
    json.raw(",\"cues\":");
    json.strings(reading.emotion.cues);
    json.raw("},\"category\":{\"label\":");
    if (reading.read)
        json.string(categoryKey(reading.category.category));
    else
        json.raw("\"not read\"");
    json.raw(",\"confidence\":");
    json.decimal(reading.category.confidence);
    json.raw(",\"cues\":");
    json.strings(reading.category.cues);
    json.raw("},\"needs_reply\":{\"value\":");
    json.boolean(reading.needsReply.needsReply);
    json.raw(",\"confidence\":");
    json.decimal(reading.needsReply.confidence);
    json.raw(",\"cues\":");
    json.strings(reading.needsReply.cues);
    json.raw("},\"risks\":{\"flags\":");
    json.strings(riskKeys(reading.risks.flags));
    json.raw(",\"cues\":");
    json.strings(reading.risks.cues);
    json.raw("},\"priority\":{\"score\":");
    json.integer(priority.total);
    json.raw(",\"reasons\":[");
    for (std::size_t i = 0; i < priority.reasons.size(); ++i) {
        const PriorityReason &reason = priority.reasons[i];
        json.raw(i == 0 ? "{\"key\":" : ",{\"key\":");
        json.string(reason.key);
        json.raw(",\"reason\":");
        json.string(reason.title);
        json.raw(",\"points\":");
        json.integer(reason.points);
        json.raw("}");
    }
    json.raw("]}}\n");
}

TextRecords::Format formatFor(const QString &format, const QString &file, const QString &column,
                              bool *ok)
{
    *ok = true;
    if (format == u"lines")
        return TextRecords::Format::Lines;
    if (format == u"jsonl")
        return TextRecords::Format::JsonLines;
    if (format == u"csv" || (format.isEmpty() && (!column.isEmpty() || file.endsWith(u".csv"))))
        return TextRecords::Format::Csv;
    if (format.isEmpty() && (file.endsWith(u".jsonl") || file.endsWith(u".ndjson")))
        return TextRecords::Format::JsonLines;
    if (format.isEmpty())
        return TextRecords::Format::Detect;
    *ok = false;
    return TextRecords::Format::Lines;
}

} // namespace

int classify(const QString &workspace, const QString &file, const QString &format,
             const QString &column)
{
    bool formatOk = false;
    const TextRecords::Format recordFormat = formatFor(format, file, column, &formatOk);
    if (!formatOk) {
        err() << Tr::tr("--format: \"%1\" is not lines, jsonl or csv.").arg(format) << Qt::endl;
        return Usage;
    }
    if (recordFormat == TextRecords::Format::Csv && column.isEmpty()) {
        err() << Tr::tr("A CSV file needs --column NAME: the column that holds the text.")
              << Qt::endl;
        return Usage;
    }

    MentionReader reader;
    PriorityWeights weights;
    if (QFileInfo::exists(workspace)) {
        try {
            Database db = Workspace::openForReading(workspace);
            QString problem;
            weights = loadPriorityWeights(db, &problem);
            reader.setLearnedModels(LearnedModelStore::load(db));
            if (!problem.isEmpty())
                err() << problem << Qt::endl;
        } catch (const StoreError &e) {
            err() << e.message() << Qt::endl;
            return Failed;
        }
    }

    const bool fromStdin = file.isEmpty() || file == u"-";
    const QString name = fromStdin ? Tr::tr("standard input") : file;
    QFile input;
    const bool opened = fromStdin ? input.open(stdin, QIODevice::ReadOnly)
                                  : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << Tr::tr("Cannot read %1: %2").arg(name, input.errorString()) << Qt::endl;
        return Failed;
    }
    QTextStream stream(&input);
    stream.setEncoding(QStringConverter::Utf8);
    TextRecords records(stream, recordFormat, column);
    if (const QString problem = records.headerProblem(); !problem.isEmpty()) {
        err() << Tr::tr("%1: %2").arg(name, problem) << Qt::endl;
        return Usage;
    }
    int rejected = 0;
    // Lines go out in blocks of about 64 KB, straight to the standard output's file.
    out().flush();
    JsonLine json;
    auto flush = [&] {
        std::fwrite(json.bytes().data(), 1, json.bytes().size(), stdout);
        json.clear();
    };
    while (const std::optional<TextRecord> record = records.next()) {
        if (!record->problem.isEmpty()) {
            flush();
            std::fflush(stdout);
            err() << Tr::tr("%1:%2: skipped: %3").arg(name).arg(record->line).arg(record->problem)
                  << Qt::endl;
            ++rejected;
            // One result per input record, always: a skipped one says so in its place.
            json.raw("{\"line\":");
            json.integer(record->line);
            json.raw(",\"skipped\":");
            json.string(record->problem);
            json.raw("}\n");
            continue;
        }
        const MentionReading reading = reader.read(record->text);
        const PriorityBreakdown priority =
            scorePriority(prioritySignalsOf(firstCaseReading(reading, 0), {}), weights);
        writeReading(json, record->line, record->text, reading, priority);
        if (json.bytes().size() >= 64 * 1024)
            flush();
    }
    flush();
    std::fflush(stdout);
    return rejected ? SomeLinesRejected : Ok;
}

} // namespace earshot::cli
