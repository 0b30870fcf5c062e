// SPDX-License-Identifier: Apache-2.0
// One line of `earshot-cli import` (docs/import-format.md): any bytes give a mention or a reason.
#include "FuzzInput.h"

#include "ingest/MentionJson.h"

#include <nlohmann/json.hpp>

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<Mention> mention = mentionFromJsonLine(fuzz::bytes(data, size), &error);
    fuzz::require(mention || !error.isEmpty(), "a refused line has a reason");
    if (mention) {
        // What was read can be written back (connectors and tests do).
        fuzz::require(!mentionToJson(*mention).dump().empty(), "a mention writes as JSON");
    }
    return 0;
}
