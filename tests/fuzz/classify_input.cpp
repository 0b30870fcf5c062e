// SPDX-License-Identifier: Apache-2.0
// The input of `earshot-cli classify`: plain lines, JSON Lines or a CSV column. The first byte
// picks the format, the rest is the input; every record gives a text or a reason.
#include "FuzzInput.h"

#include "TextRecords.h"

#include <QBuffer>

using namespace earshot;
using cli::TextRecords;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const TextRecords::Format formats[] = {
        TextRecords::Format::Detect, TextRecords::Format::JsonLines, TextRecords::Format::Lines,
        TextRecords::Format::Csv};
    const TextRecords::Format format = formats[data[0] % 4];
    QByteArray bytes = fuzz::byteArray(data + 1, size - 1);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QTextStream stream(&buffer);
    TextRecords records(stream, format, QStringLiteral("text"));
    if (format == TextRecords::Format::Csv && !records.headerProblem().isEmpty())
        return 0;
    qint64 lastLine = 0;
    while (const std::optional<cli::TextRecord> record = records.next()) {
        fuzz::require(record->line > lastLine || format == TextRecords::Format::Csv,
                      "records come in line order");
        fuzz::require(record->problem.isEmpty() || record->text.isEmpty(),
                      "a record is a text or a reason");
        lastLine = record->line;
    }
    return 0;
}
