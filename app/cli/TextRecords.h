// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <deque>
#include <optional>
#include <utility>

namespace earshot::cli {

// One text to read, or the reason a line could not give one.
struct TextRecord {
    qint64 line = 0; // where it starts in the input, from 1
    QString text;
    QString problem; // empty when `text` is good
};

// Texts from a stream, one record at a time, so a million lines never need a million lines of
// memory: plain lines, JSON Lines with a "text" field, or one column of a CSV file (RFC 4180,
// with quoted fields across lines). A broken record is reported with its line and the reader
// goes on with the next one. Lines end at LF, CR LF or a lone CR (old Mac files). In lines and
// JSON Lines every line is a record, a blank one too (its text is empty), so the output of
// classify has one result per input line, in order.
class TextRecords final {
public:
    // Detect: JSON Lines when the first line that is not blank starts with "{" and most of the
    // first lines that are not blank are JSON objects, else lines (what a person piping either
    // into classify means: a note that happens to start with "{" stays a note).
    enum class Format { Lines, JsonLines, Csv, Detect };

    // For Csv, `column` names the header field to read.
    TextRecords(QTextStream &input, Format format, const QString &column = {});

    // The header problem of a CSV file (no such column), before any record is read.
    QString headerProblem();
    std::optional<TextRecord> next();

private:
    std::optional<QString> nextLine();
    // The next line with its number: looked-ahead lines first.
    std::optional<std::pair<qint64, QString>> nextNumberedLine();
    void detectFormat();
    std::optional<TextRecord> nextCsv();
    // Splits one CSV record that starts at the front of m_pending; consumes its lines.
    // Returns false with `problem` set when its quoting is broken.
    bool splitCsv(QStringList *fields, int *linesUsed, QString *problem);

    QTextStream &m_input;
    Format m_format;
    QString m_column;
    qint64 m_lineNumber = 0;
    // Lines read but not yet consumed: a quoted field may span several, and when its quoting
    // turns out broken, reading goes on from the line after its start.
    std::deque<QString> m_pending;
    qint64 m_pendingFirstLine = 1;
    bool m_headerRead = false;
    int m_columnIndex = -1;
    QString m_headerProblem;
    // Text read from the stream and not yet split into lines.
    QString m_buffer;
    qsizetype m_bufferPos = 0;
    // Lines read to detect the format, given out again as records.
    std::deque<std::pair<qint64, QString>> m_lookahead;
    bool m_detected = false; // the format was detected, not named: errors say how to name it
};

} // namespace earshot::cli
