// SPDX-License-Identifier: Apache-2.0
// The reader behind `earshot-cli classify`: a CSV column (RFC 4180, quoted fields across lines),
// JSON Lines and plain lines, one record at a time, each with the line it starts on, and every
// broken record reported at its line while reading goes on.
#include "TestSupport.h"

#include "TextRecords.h"

#include <QTextStream>

using namespace earshot;
using namespace earshot::cli;

namespace {

struct Read {
    qint64 line;
    QString text;
    QString problem;
    bool operator==(const Read &other) const
    {
        return line == other.line && text == other.text && problem == other.problem;
    }
};

void PrintTo(const Read &read, std::ostream *os)
{
    *os << "line " << read.line << ": \"" << read.text.toStdString() << "\""
        << (read.problem.isEmpty() ? "" : " problem: " + read.problem.toStdString());
}

Read good(qint64 line, const QString &text)
{
    return {line, text, {}};
}

Read bad(qint64 line, const QString &problem)
{
    return {line, {}, problem};
}

// Everything a reader gives, in order, from `input`.
std::vector<Read> readAll(const QString &input, TextRecords::Format format,
                          const QString &column = {}, QString *headerProblem = nullptr)
{
    QString text = input;
    QTextStream stream(&text);
    TextRecords records(stream, format, column);
    if (headerProblem)
        *headerProblem = records.headerProblem();
    std::vector<Read> all;
    while (const std::optional<TextRecord> record = records.next())
        all.push_back({record->line, record->text, record->problem});
    return all;
}

std::vector<Read> csv(const QString &input, const QString &column = QStringLiteral("body"))
{
    return readAll(input, TextRecords::Format::Csv, column);
}

} // namespace

TEST(TextRecordsCsv, TheNamedColumnOfEveryRecordWithTheLineItStartsOn)
{
    EXPECT_EQ(csv(QStringLiteral("id, body ,lang\n"
                                 "1,hello,en\n"
                                 "\n"
                                 "2,,de\n"
                                 "3,\"with, commas\",en\n")),
              (std::vector<Read>{good(2, QStringLiteral("hello")), good(4, QString()),
                                 good(5, QStringLiteral("with, commas"))}));
}

TEST(TextRecordsCsv, QuotesAreDoubledInsideAQuotedField)
{
    EXPECT_EQ(csv(QStringLiteral("body\n"
                                 "\"she said \"\"refund\"\" twice\"\n"
                                 "\"\"\"\"\n"
                                 "\"\"\n")),
              (std::vector<Read>{good(2, QStringLiteral("she said \"refund\" twice")),
                                 good(3, QStringLiteral("\"")), good(4, QString())}));
}

TEST(TextRecordsCsv, AQuotedFieldKeepsItsLineBreaksAndTheNextRecordCountsOn)
{
    EXPECT_EQ(csv(QStringLiteral("id,body\n"
                                 "1,\"first line\n"
                                 "\n"
                                 "third, with \"\"quotes\"\"\"\n"
                                 "2,after\n")),
              (std::vector<Read>{good(2, QStringLiteral("first line\n\nthird, with \"quotes\"")),
                                 good(5, QStringLiteral("after"))}));
}

TEST(TextRecordsCsv, WindowsLineEndingsAreLineEndings)
{
    EXPECT_EQ(
        csv(QStringLiteral("id,body\r\n1,\"two\r\nlines\"\r\n2,one\r\n")),
        (std::vector<Read>{good(2, QStringLiteral("two\nlines")), good(4, QStringLiteral("one"))}));
}

TEST(TextRecordsCsv, BrokenRecordsAreReportedAtTheirLineAndReadingGoesOn)
{
    const std::vector<Read> read = csv(QStringLiteral("id,body\n"
                                                      "1,ok\n"
                                                      "2,bro\"ken\n"
                                                      "3,\"closed\"then text\n"
                                                      "4\n"
                                                      "5,fine\n"));
    EXPECT_EQ(read, (std::vector<Read>{
                        good(2, QStringLiteral("ok")),
                        bad(3, QStringLiteral("a quote in the middle of an unquoted field")),
                        bad(4, QStringLiteral("text after a closing quote")),
                        bad(5, QStringLiteral("1 field(s), no \"body\"")),
                        good(6, QStringLiteral("fine")),
                    }));
}

// An unclosed quote swallows no records: the lines after its start are read again as records of
// their own, at their own line numbers.
TEST(TextRecordsCsv, AnUnclosedQuoteIsReportedAndTheLinesAfterItAreReadAgain)
{
    EXPECT_EQ(csv(QStringLiteral("id,body\n"
                                 "1,\"never closed\n"
                                 "2,second\n"
                                 "3,third\n")),
              (std::vector<Read>{
                  bad(2, QStringLiteral("a quoted field is not closed before the end of the file")),
                  good(3, QStringLiteral("second")), good(4, QStringLiteral("third"))}));

    // One that runs on for hundreds of lines is given up after 200 of them.
    QString input = QStringLiteral("id,body\n1,\"runs on\n");
    for (int i = 0; i < 300; ++i)
        input += QStringLiteral("%1,line\n").arg(i + 2);
    const std::vector<Read> read = csv(input);
    ASSERT_EQ(read.size(), 301u);
    EXPECT_EQ(read[0], bad(2, QStringLiteral("a quoted field is not closed")));
    EXPECT_EQ(read[1], good(3, QStringLiteral("line")));
    EXPECT_EQ(read[300], good(302, QStringLiteral("line")));
}

TEST(TextRecordsCsv, AHeaderWithoutTheColumnIsReportedBeforeAnyRecord)
{
    QString problem;
    EXPECT_TRUE(readAll(QStringLiteral("id,text\n1,hello\n"), TextRecords::Format::Csv,
                        QStringLiteral("body"), &problem)
                    .empty());
    EXPECT_EQ(problem, QStringLiteral("there is no column \"body\"; the columns are: id, text"));

    EXPECT_TRUE(
        readAll(QString(), TextRecords::Format::Csv, QStringLiteral("body"), &problem).empty());
    EXPECT_EQ(problem, QStringLiteral("the file is empty: no header line"));

    EXPECT_TRUE(readAll(QStringLiteral("id,\"body\n1,x\n"), TextRecords::Format::Csv,
                        QStringLiteral("body"), &problem)
                    .empty());
    EXPECT_EQ(problem,
              QStringLiteral("line 1: header: a quoted field is not closed before the end of the "
                             "file"));

    // A good header has no problem, asked before reading or not.
    EXPECT_EQ(readAll(QStringLiteral("body\nx\n"), TextRecords::Format::Csv, QStringLiteral("body"),
                      &problem),
              std::vector<Read>{good(2, QStringLiteral("x"))});
    EXPECT_TRUE(problem.isEmpty());
}

// One result per input line, always: a blank line is a record with no text, so the output of
// classify lines up with its input.
TEST(TextRecordsLines, EveryLineIsARecordABlankOneEmpty)
{
    EXPECT_EQ(
        readAll(QStringLiteral("  first, \"as is\"\n\n   \nsecond\n"), TextRecords::Format::Lines),
        (std::vector<Read>{good(1, QStringLiteral("  first, \"as is\"")), good(2, QString()),
                           good(3, QString()), good(4, QStringLiteral("second"))}));
    // The last line needs no line break; a final line break starts no record.
    EXPECT_EQ(readAll(QStringLiteral("a\nb"), TextRecords::Format::Lines),
              (std::vector<Read>{good(1, QStringLiteral("a")), good(2, QStringLiteral("b"))}));
}

// Old Mac files end lines with a lone CR; Windows files with CR LF: both are line ends.
TEST(TextRecordsLines, CrOnlyAndCrLfEndLines)
{
    EXPECT_EQ(readAll(QStringLiteral("one\rtwo\r\rthree\r\nfour\r"), TextRecords::Format::Lines),
              (std::vector<Read>{good(1, QStringLiteral("one")), good(2, QStringLiteral("two")),
                                 good(3, QString()), good(4, QStringLiteral("three")),
                                 good(5, QStringLiteral("four"))}));
    EXPECT_EQ(readAll(QStringLiteral("{\"text\": \"a\"}\r{\"text\": \"b\"}\r"),
                      TextRecords::Format::Detect),
              (std::vector<Read>{good(1, QStringLiteral("a")), good(2, QStringLiteral("b"))}));
}

TEST(TextRecordsJsonLines, TheTextFieldOfEachObjectAndWhyALineHasNone)
{
    const std::vector<Read> read = readAll(QStringLiteral("{\"text\": \"caf\\u00e9 \\\"ok\\\"\"}\n"
                                                          "\n"
                                                          "[1, 2]\n"
                                                          "{\"body\": \"x\"}\n"
                                                          "{\"text\": 7}\n"
                                                          "{\"text\": \"cut\n"
                                                          "{\"text\": \"last\", \"id\": 1}\n"),
                                           TextRecords::Format::JsonLines);
    ASSERT_EQ(read.size(), 7u);
    EXPECT_EQ(read[0], good(1, QStringLiteral("café \"ok\"")));
    EXPECT_EQ(read[1], good(2, QString())); // blank: a record with no text
    EXPECT_EQ(read[2], bad(3, QStringLiteral("not a JSON object")));
    EXPECT_EQ(read[3], bad(4, QStringLiteral("no \"text\" string")));
    EXPECT_EQ(read[4], bad(5, QStringLiteral("no \"text\" string")));
    EXPECT_EQ(read[5].line, 6);
    EXPECT_TRUE(read[5].text.isEmpty());
    EXPECT_TRUE(read[5].problem.contains(QStringLiteral("column")))
        << read[5].problem.toStdString();
    EXPECT_EQ(read[6], good(7, QStringLiteral("last")));
}

// What a person piping either into classify means: JSON Lines when the first line that is not
// blank starts with "{", else lines.
TEST(TextRecordsDetect, TheFirstLineThatIsNotBlankDecides)
{
    EXPECT_EQ(readAll(QStringLiteral("\n  {\"text\": \"a\"}\n{\"text\": \"b\"}\n"),
                      TextRecords::Format::Detect),
              (std::vector<Read>{good(1, QString()), good(2, QStringLiteral("a")),
                                 good(3, QStringLiteral("b"))}));
    EXPECT_EQ(
        readAll(QStringLiteral("plain words\n{\"text\": \"b\"}\n"), TextRecords::Format::Detect),
        (std::vector<Read>{good(1, QStringLiteral("plain words")),
                           good(2, QStringLiteral("{\"text\": \"b\"}"))}));
}

// A note whose first line happens to start with "{" is plain text when the lines after it are
// not JSON; a JSON Lines file with one broken record is still JSON Lines, and the problem says
// how to read it as plain text.
TEST(TextRecordsDetect, AFirstBraceAloneDoesNotMakeJsonLines)
{
    EXPECT_EQ(readAll(QStringLiteral("{draft} notes for the call\nthe router is down\n\nagain\n"),
                      TextRecords::Format::Detect),
              (std::vector<Read>{good(1, QStringLiteral("{draft} notes for the call")),
                                 good(2, QStringLiteral("the router is down")), good(3, QString()),
                                 good(4, QStringLiteral("again"))}));
    EXPECT_EQ(readAll(QStringLiteral("{\"text\": \"a\"}\nthen plain\nand plain\n"),
                      TextRecords::Format::Detect)
                  .size(),
              3u);
    EXPECT_EQ(readAll(QStringLiteral("{\"text\": \"a\"}\nthen plain\nand plain\n"),
                      TextRecords::Format::Detect)[1],
              good(2, QStringLiteral("then plain")));

    const std::vector<Read> json =
        readAll(QStringLiteral("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{broken\n"),
                TextRecords::Format::Detect);
    ASSERT_EQ(json.size(), 3u);
    EXPECT_EQ(json[1], good(2, QStringLiteral("b")));
    EXPECT_TRUE(json[2].problem.contains(QStringLiteral("--format lines")))
        << json[2].problem.toStdString();
    // Named, the format is taken at its word: no hint.
    const std::vector<Read> named =
        readAll(QStringLiteral("{broken\n"), TextRecords::Format::JsonLines);
    ASSERT_EQ(named.size(), 1u);
    EXPECT_FALSE(named[0].problem.contains(QStringLiteral("--format lines")));
}
